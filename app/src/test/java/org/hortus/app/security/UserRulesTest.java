package org.hortus.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.hortus.app.security.UserRules.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules a form checks as you type are the ones the service enforces. */
class UserRulesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      textBlock =
          """
          tess,          -
          t,             -
          tess.o-k_2,    -
          Tess,          USERNAME_FORMAT
          2tess,         USERNAME_FORMAT
          tess smith,    USERNAME_FORMAT
          '',            USERNAME_FORMAT
          """)
  void userNames(String name, String expected) {
    Optional<Violation> violation = expectation(expected);
    assertEquals(violation, UserRules.usernameViolation(name));
    if (violation.isPresent()) {
      UserRuleException e =
          assertThrows(UserRuleException.class, () -> UserRules.checkUsername(name));
      assertEquals(violation.get(), e.violation());
    } else {
      assertEquals(name, UserRules.checkUsername(name));
    }
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(
      textBlock =
          """
          tess,         greenhouse 12, -
          tess,         greenhouse1,   PASSWORD_LENGTH
          tesstesstess, TessTessTess,  PASSWORD_IS_USERNAME
          tesstesstess, tesstesstesS1, -
          """)
  void passwords(String name, String password, String expected) {
    Optional<Violation> violation = expectation(expected);
    assertEquals(violation, UserRules.passwordViolation(name, password.toCharArray()));
    if (violation.isPresent()) {
      UserRuleException e =
          assertThrows(
              UserRuleException.class,
              () -> UserRules.checkPassword(name, password.toCharArray()));
      assertEquals(violation.get(), e.violation());
    }
  }

  private static Optional<Violation> expectation(String text) {
    return text.equals("-") ? Optional.empty() : Optional.of(Violation.valueOf(text));
  }
}
