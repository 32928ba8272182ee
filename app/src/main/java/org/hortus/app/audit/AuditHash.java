package org.hortus.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit row: SHA-256, lower-case hex, over a canonical encoding of its fields.
 *
 * <p>The encoding is the UTF-8 text {@code hortus-audit-v1} followed, for each field in the order
 * seq, at (epoch milliseconds), actor, action, subject, before_json, after_json, prev_hash, by
 * {@code \n}, the field's length in UTF-8 bytes (decimal), {@code :} and its UTF-8 bytes. Length
 * prefixes keep field boundaries unambiguous: moving text from one field to the next changes the
 * hash.
 */
public final class AuditHash {

  /** The prev_hash of row 1. */
  public static final String GENESIS = "0".repeat(64);

  private static final byte[] VERSION = "hortus-audit-v1".getBytes(StandardCharsets.UTF_8);

  private AuditHash() {}

  /** The hash of row {@code seq} holding {@code record} and chained to {@code prevHash}. */
  public static String of(long seq, AuditRecord record, String prevHash) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    sha256.update(VERSION);
    field(sha256, Long.toString(seq));
    field(sha256, Long.toString(record.at().toEpochMilli()));
    field(sha256, record.actor());
    field(sha256, record.action());
    field(sha256, record.subject());
    field(sha256, record.beforeJson());
    field(sha256, record.afterJson());
    field(sha256, prevHash);
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static void field(MessageDigest sha256, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha256.update(("\n" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
    sha256.update(bytes);
  }
}
