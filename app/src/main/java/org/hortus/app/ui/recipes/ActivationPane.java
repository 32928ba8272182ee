package org.hortus.app.ui.recipes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hortus.app.ui.Messages;

/**
 * Activation for a greenhouse: the greenhouse ({@code #recipes-greenhouse}, also the one the diff
 * compares against), the stored version to activate ({@code #recipes-activate-version}) now or from
 * a date ({@code #recipes-activate-now}, {@code #recipes-activate-from}, {@code
 * #recipes-activate-date}), and a roll-back to an earlier version ({@code #recipes-rollback-version},
 * {@code #recipes-rollback}). Each act asks for confirmation in a bar ({@code #recipes-confirm} with
 * {@code #recipes-confirm-yes} and {@code #recipes-confirm-no}) before it runs.
 */
final class ActivationPane {

  /** What the user asks for once confirmed. */
  interface Acts {
    void activate(String greenhouseId, int version, Optional<LocalDate> from);

    void rollback(String greenhouseId, int version);
  }

  private final Messages messages;
  private final VBox root = new VBox(8);
  private final ComboBox<String> greenhouse = new ComboBox<>();
  private final ComboBox<Integer> activateVersion = new ComboBox<>();
  private final ComboBox<Integer> rollbackVersion = new ComboBox<>();
  private final RadioButton now;
  private final RadioButton from;
  private final DatePicker fromDate = new DatePicker();
  private final Button activate;
  private final Button rollback;
  private final HBox confirmBar = new HBox(8);
  private final Label confirmText = new Label();
  private Runnable pending;
  private String recipeId = "";

  ActivationPane(Messages messages, List<String> greenhouses, Function<String, String> describe,
      LocalDate today, boolean mayActivate, Acts acts) {
    this.messages = messages;
    greenhouse.setId("recipes-greenhouse");
    greenhouse.getItems().setAll(greenhouses);
    greenhouse.setConverter(converter(describe));
    activateVersion.setId("recipes-activate-version");
    activateVersion.setConverter(versionText());
    rollbackVersion.setId("recipes-rollback-version");
    rollbackVersion.setConverter(versionText());
    ToggleGroup when = new ToggleGroup();
    now = new RadioButton(messages.text("recipes.activate.now"));
    now.setId("recipes-activate-now");
    now.setToggleGroup(when);
    now.setSelected(true);
    from = new RadioButton(messages.text("recipes.activate.from"));
    from.setId("recipes-activate-from");
    from.setToggleGroup(when);
    fromDate.setId("recipes-activate-date");
    fromDate.setValue(today.plusDays(1));
    fromDate.disableProperty().bind(from.selectedProperty().not());
    activate = new Button(messages.text("recipes.activate"));
    activate.setId("recipes-activate");
    activate.disableProperty().bind(Bindings.createBooleanBinding(() -> !mayActivate
        || greenhouse.getValue() == null || activateVersion.getValue() == null
        || from.isSelected() && fromDate.getValue() == null,
        greenhouse.valueProperty(), activateVersion.valueProperty(), from.selectedProperty(), fromDate.valueProperty()));
    activate.setOnAction(e -> {
      String house = greenhouse.getValue();
      int version = activateVersion.getValue();
      Optional<LocalDate> date = from.isSelected() ? Optional.of(fromDate.getValue()) : Optional.empty();
      ask(date.map(d -> messages.text("recipes.confirm.activateFrom", recipeId, version, house, messages.date(d)))
              .orElse(messages.text("recipes.confirm.activateNow", recipeId, version, house)),
          () -> acts.activate(house, version, date));
    });
    rollback = new Button(messages.text("recipes.rollback"));
    rollback.setId("recipes-rollback");
    rollback.disableProperty().bind(Bindings.createBooleanBinding(() -> !mayActivate
        || greenhouse.getValue() == null || rollbackVersion.getValue() == null,
        greenhouse.valueProperty(), rollbackVersion.valueProperty()));
    rollback.setOnAction(e -> {
      String house = greenhouse.getValue();
      int version = rollbackVersion.getValue();
      ask(messages.text("recipes.confirm.rollback", house, recipeId, version), () -> acts.rollback(house, version));
    });

    Button yes = new Button(messages.text("recipes.confirm.yes"));
    yes.setId("recipes-confirm-yes");
    yes.setDefaultButton(true);
    yes.setOnAction(e -> {
      Runnable act = pending;
      hideConfirm();
      if (act != null) {
        act.run();
      }
    });
    Button no = new Button(messages.text("recipes.confirm.no"));
    no.setId("recipes-confirm-no");
    no.setOnAction(e -> hideConfirm());
    confirmText.setId("recipes-confirm-text");
    confirmText.setWrapText(true);
    confirmBar.setId("recipes-confirm");
    confirmBar.getStyleClass().add("recipes-confirm");
    confirmBar.setAlignment(Pos.CENTER_LEFT);
    confirmBar.getChildren().addAll(confirmText, yes, no);
    hideConfirm();

    Label title = new Label(messages.text("recipes.activate.title"));
    title.getStyleClass().add("recipes-section-title");
    root.getChildren().addAll(title,
        row(new Label(messages.text("recipes.activate.greenhouse")), greenhouse),
        row(new Label(messages.text("recipes.activate.version")), activateVersion, now, from, fromDate, activate),
        row(new Label(messages.text("recipes.rollback.version")), rollbackVersion, rollback),
        confirmBar);
  }

  Node root() {
    return root;
  }

  ComboBox<String> greenhouse() {
    return greenhouse;
  }

  /** The recipe whose versions can be activated, its versions, and the one to offer first. */
  void showVersions(String recipeId, List<Integer> versions, int offered) {
    this.recipeId = recipeId;
    activateVersion.getItems().setAll(versions);
    activateVersion.setValue(versions.contains(offered) ? offered : null);
  }

  /** The versions the chosen greenhouse can roll back to (earlier than the one it runs). */
  void showRollbackVersions(List<Integer> earlier) {
    rollbackVersion.getItems().setAll(earlier);
    rollbackVersion.setValue(earlier.isEmpty() ? null : earlier.getLast());
  }

  /** Redraws the greenhouse names (what each runs may have changed). */
  void refreshGreenhouses() {
    String chosen = greenhouse.getValue();
    List<String> items = List.copyOf(greenhouse.getItems());
    greenhouse.getItems().setAll(items);
    greenhouse.setValue(chosen);
  }

  private void ask(String question, Runnable act) {
    pending = act;
    confirmText.setText(question);
    confirmBar.setVisible(true);
    confirmBar.setManaged(true);
  }

  private void hideConfirm() {
    pending = null;
    confirmBar.setVisible(false);
    confirmBar.setManaged(false);
  }

  private static HBox row(Node... nodes) {
    HBox row = new HBox(8, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private StringConverter<Integer> versionText() {
    return converter(v -> messages.text("recipes.version", v));
  }

  private static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return null;
      }
    };
  }
}
