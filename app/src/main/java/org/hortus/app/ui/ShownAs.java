package org.hortus.app.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choice boxes and combo boxes that show their items in words and are never typed into. */
public final class ShownAs {

  private ShownAs() {}

  /** A converter that shows each item as {@code text} gives it (empty for none); read-only. */
  public static <T> StringConverter<T> words(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T item) {
        return item == null ? "" : text.apply(item);
      }

      @Override
      public T fromString(String string) {
        throw new UnsupportedOperationException("not editable");
      }
    };
  }
}
