package org.hortus.app.audit;

/**
 * One stored row of the audit chain.
 *
 * @param seq its place in the chain, from 1 without gaps
 * @param record what was done
 * @param prevHash the previous row's hash; 64 zeros for row 1
 * @param hash SHA-256 (lower-case hex) of this row's canonical encoding, see {@link AuditHash}
 */
public record AuditEntry(long seq, AuditRecord record, String prevHash, String hash) {

  /** True when {@link #hash} is the hash of this row's content. */
  public boolean hashMatchesContent() {
    return AuditHash.of(seq, record, prevHash).equals(hash);
  }
}
