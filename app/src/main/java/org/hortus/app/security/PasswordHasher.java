package org.hortus.app.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 from the JDK: a 16-byte random salt per hash and a
 * 256-bit derived key. The encoded form keeps algorithm, iterations, salt and hash, so the
 * iteration count can rise later and old hashes still verify:
 *
 * <pre>pbkdf2-sha256$600000$&lt;salt, base64&gt;$&lt;hash, base64&gt;</pre>
 *
 * <p>600,000 iterations follows the OWASP Password Storage Cheat Sheet for PBKDF2-HMAC-SHA256; one
 * hash takes about half a second here. Stateless apart from its random source; thread-safe.
 */
public final class PasswordHasher {

  /** The production iteration count. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final String ALGORITHM = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  /** The production hasher: {@value #DEFAULT_ITERATIONS} iterations. */
  public PasswordHasher() {
    this(DEFAULT_ITERATIONS);
  }

  /** A hasher with another iteration count: higher for the future, lower only in tests. */
  public PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive, was " + iterations);
    }
    this.iterations = iterations;
  }

  public int iterations() {
    return iterations;
  }

  /** Hashes {@code password} with a fresh salt; returns the encoded form. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        ALGORITHM,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(derive(password, salt, iterations)));
  }

  /**
   * True when {@code password} matches {@code encoded}, hashed with the iterations stored in it.
   * The comparison takes the same time wherever the hashes differ. A malformed {@code encoded}
   * never matches.
   */
  public boolean matches(char[] password, String encoded) {
    String[] parts = encoded.split("\\$");
    if (password.length == 0 || parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (storedIterations < 1 || expected.length != KEY_BITS / 8) {
        return false;
      }
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** True when {@code encoded} was made with fewer iterations (or another format) than now. */
  public boolean needsRehash(String encoded) {
    String[] parts = encoded.split("\\$");
    try {
      return parts.length != 4
          || !parts[0].equals(ALGORITHM)
          || Integer.parseInt(parts[1]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /**
   * An encoded hash that no password matches but that takes as long to check as a real one: the
   * stand-in for an unknown user, so the time a login takes does not tell which names exist.
   */
  public String unmatchable() {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        ALGORITHM,
        Integer.toString(iterations),
        base64.encodeToString(new byte[SALT_BYTES]),
        base64.encodeToString(new byte[KEY_BITS / 8]));
  }

  /** The iteration count stored in an encoded hash. */
  public static int iterationsOf(String encoded) {
    return Integer.parseInt(encoded.split("\\$")[1]);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    KeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
    } finally {
      ((PBEKeySpec) spec).clearPassword();
    }
  }
}
