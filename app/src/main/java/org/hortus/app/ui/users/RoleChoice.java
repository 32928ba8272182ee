package org.hortus.app.ui.users;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.hortus.app.security.Role;

/** A choice of role, named from the bundle. */
final class RoleChoice {

  private RoleChoice() {}

  static ComboBox<Role> create(String id, UserTexts texts) {
    ComboBox<Role> roles = new ComboBox<>();
    roles.setId(id);
    roles.getItems().setAll(Role.values());
    roles.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Role role) {
            return texts.role(role);
          }

          @Override
          public Role fromString(String text) {
            return roles.getItems().stream()
                .filter(r -> texts.role(r).equals(text))
                .findFirst()
                .orElse(null);
          }
        });
    return roles;
  }
}
