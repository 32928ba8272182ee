package org.hortus.app.ui.users;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import org.hortus.app.security.Role;
import org.hortus.app.security.SecurityFixture;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserAccount;
import org.hortus.app.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users page's model without a screen: same-thread FX, a background queue run by hand. */
class UsersViewModelTest {

  private static final Session ADA = new Session("ada", Role.ADMINISTRATOR);

  @TempDir Path folder;
  private SecurityFixture f;
  private final Queue<Runnable> background = new ArrayDeque<>();
  private UsersViewModel model;

  @BeforeEach
  void setUp() throws Exception {
    f = new SecurityFixture(folder);
    f.auth.ensureAdministrator("ada", "admin password 1".toCharArray(), T0);
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0);
    UserTexts texts = new UserTexts(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
    model = new UsersViewModel(f.users, ADA, texts, Runnable::run, background::add, () -> T0);
    model.refresh();
    drain();
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theFormSaysWhatIsWrongAsYouTypeWithTheServicesRules() {
    assertEquals(2, model.users.size());
    assertFalse(model.canCreate.get());
    model.newName.set("Tess");
    assertTrue(model.newNameError.get().startsWith("Use 1 to 64 lower-case letters"), model.newNameError.get());
    model.newName.set("tom");
    assertEquals("The name tom is taken.", model.newNameError.get());
    model.newName.set("tess");
    assertEquals("", model.newNameError.get());
    model.newPassword.set("short");
    assertEquals("Use 12 to 1024 characters (5 now).", model.newPasswordError.get());
    model.newPassword.set("TESSTESSTESS");
    model.newName.set("tesstesstess");
    assertEquals("The password must not be the user name.", model.newPasswordError.get());
    model.newName.set("tess");
    model.newPassword.set("tess greenhouse 1");
    model.newRepeat.set("tess greenhouse 2");
    assertEquals("The two passwords differ.", model.newRepeatError.get());
    assertFalse(model.canCreate.get());
    model.newRepeat.set("tess greenhouse 1");
    assertTrue(model.canCreate.get());
  }

  @Test
  void creatingIsBusyUntilTheBackgroundWorkIsDoneThenShowsTheNewAccount() throws Exception {
    model.newName.set("tess");
    model.newRole.set(Role.TECHNICIAN);
    model.newPassword.set("tess greenhouse 1");
    model.newRepeat.set("tess greenhouse 1");
    model.create();
    assertTrue(model.busy.get());
    assertFalse(model.canCreate.get(), "no second click while hashing");
    drain();
    assertFalse(model.busy.get());
    assertEquals("User tess created as Technician.", model.status.get());
    assertEquals("", model.newName.get(), "the form is cleared");
    UserAccount tess = model.users.stream().filter(u -> u.username().equals("tess")).findFirst().orElseThrow();
    assertEquals(Role.TECHNICIAN, tess.role());
    assertEquals("tess", f.auth.login("tess", "tess greenhouse 1".toCharArray(), T0).username());
  }

  @Test
  void theServicesRefusalIsShownInWordsAndTheSelectionStays() throws Exception {
    model.selected.set(model.users.getFirst()); // ada
    model.disable();
    drain();
    assertTrue(model.statusIsError.get());
    assertEquals(
        "ada is the last enabled administrator: add another administrator first.",
        model.status.get());
    assertEquals("ada", model.selected.get().username());
    assertFalse(model.selected.get().disabled());
  }

  @Test
  void actsOnTheSelectedAccountReachTheServiceAndTheTable() throws Exception {
    model.selected.set(model.users.get(1)); // tom
    model.selectedRole.set(Role.AGRONOMIST);
    model.changeRole();
    drain();
    assertEquals(Role.AGRONOMIST, model.selected.get().role());
    model.disable();
    drain();
    assertTrue(model.selected.get().disabled());
    assertEquals("tom is disabled.", model.status.get());
    model.enable();
    drain();
    assertFalse(model.selected.get().disabled());
    model.resetPassword.set("a new tomato pass");
    model.resetRepeat.set("a new tomato pass");
    model.resetPassword();
    drain();
    assertEquals("", model.resetPassword.get());
    assertEquals(Role.AGRONOMIST, f.auth.login("tom", "a new tomato pass".toCharArray(), T0).role());
  }

  private void drain() {
    while (!background.isEmpty()) {
      background.poll().run();
    }
  }
}
