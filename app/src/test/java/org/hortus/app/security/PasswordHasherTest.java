package org.hortus.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher fast = new PasswordHasher(SecurityFixture.TEST_ITERATIONS);

  @Test
  void productionDefaultStoresAtLeast600000IterationsAndRoundTrips() {
    PasswordHasher production = new PasswordHasher();
    String encoded = production.hash("correct horse battery".toCharArray());

    String[] parts = encoded.split("\\$");
    assertEquals(4, parts.length, encoded);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 600_000, encoded);
    assertEquals(600_000, PasswordHasher.iterationsOf(encoded));
    assertTrue(production.matches("correct horse battery".toCharArray(), encoded));
    assertFalse(production.needsRehash(encoded));
  }

  @Test
  void aWrongPasswordIsRefused() {
    String encoded = fast.hash("correct horse battery".toCharArray());
    assertFalse(fast.matches("correct horse batterz".toCharArray(), encoded));
    assertFalse(fast.matches("".toCharArray(), encoded));
  }

  @Test
  void theSamePasswordGetsADifferentSaltAndHashEachTime() {
    String first = fast.hash("same password here".toCharArray());
    String second = fast.hash("same password here".toCharArray());
    assertNotEquals(first.split("\\$")[2], second.split("\\$")[2], "salt");
    assertNotEquals(first.split("\\$")[3], second.split("\\$")[3], "hash");
    assertEquals(16, java.util.Base64.getDecoder().decode(first.split("\\$")[2]).length);
    assertEquals(32, java.util.Base64.getDecoder().decode(first.split("\\$")[3]).length);
  }

  @Test
  void aHashKeepsVerifyingWhenIterationsRiseAndAsksToBeRehashed() {
    String old = fast.hash("long enough password".toCharArray());
    PasswordHasher stronger = new PasswordHasher(SecurityFixture.TEST_ITERATIONS * 2);
    assertTrue(stronger.matches("long enough password".toCharArray(), old));
    assertTrue(stronger.needsRehash(old));
    assertFalse(fast.needsRehash(old));
  }

  @Test
  void malformedOrForeignHashesNeverMatch() {
    char[] password = "long enough password".toCharArray();
    assertFalse(fast.matches(password, ""));
    assertFalse(fast.matches(password, "bcrypt$10$abc$def"));
    assertFalse(fast.matches(password, "pbkdf2-sha256$notanumber$AAAA$AAAA"));
    assertFalse(fast.matches(password, "pbkdf2-sha256$1000$!!!$AAAA"));
    assertFalse(fast.matches(password, fast.unmatchable()));
  }
}
