package org.hortus.app.ui.devices;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;

/**
 * A table row whose content is replaced in place on each refresh, so that selection and scroll
 * position survive it; cells follow {@link #valueProperty}. FX thread only.
 *
 * @param <T> the row record
 */
public final class LiveRow<T> {

  private final String key;
  private final ReadOnlyObjectWrapper<T> value;

  private LiveRow(String key, T value) {
    this.key = key;
    this.value = new ReadOnlyObjectWrapper<>(value);
  }

  public String key() {
    return key;
  }

  public T value() {
    return value.get();
  }

  public ReadOnlyObjectProperty<T> valueProperty() {
    return value.getReadOnlyProperty();
  }

  /**
   * Shows {@code fresh} in {@code rows}: values replaced in place when the keys are the same and in
   * the same order, else the rows rebuilt.
   */
  static <T> void show(List<T> fresh, Function<T, String> key, ObservableList<LiveRow<T>> rows) {
    boolean sameKeys = rows.size() == fresh.size();
    for (int i = 0; sameKeys && i < fresh.size(); i++) {
      sameKeys = rows.get(i).key.equals(key.apply(fresh.get(i)));
    }
    if (sameKeys) {
      for (int i = 0; i < fresh.size(); i++) {
        rows.get(i).value.set(fresh.get(i));
      }
    } else {
      rows.setAll(fresh.stream().map(row -> new LiveRow<>(key.apply(row), row)).toList());
    }
  }

  /** A text column showing {@code text} of each row's value. */
  static <T> TableColumn<LiveRow<T>, String> column(
      String title, String id, double width, Function<T, String> text) {
    TableColumn<LiveRow<T>, String> column = new TableColumn<>(title);
    column.setId(id);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> cell.getValue().valueProperty().map(text));
    return column;
  }
}
