package org.hortus.app.ui.recipes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The typed texts of one object of the draft (the recipe, a stage or a period), by field name.
 * Texts stay as typed until the draft is written: a wrong entry is shown at its field, not lost.
 */
class FormFields {

  private final List<FieldSpec> specs;
  private final Map<String, StringProperty> texts = new LinkedHashMap<>();

  FormFields(List<FieldSpec> specs) {
    this.specs = specs;
    for (FieldSpec spec : specs) {
      texts.put(spec.name(), new SimpleStringProperty(this, spec.name(), ""));
    }
  }

  List<FieldSpec> specs() {
    return specs;
  }

  /** The text of field {@code name}; a field it does not have is a programming error. */
  StringProperty text(String name) {
    StringProperty text = texts.get(name);
    if (text == null) {
      throw new IllegalArgumentException("no field " + name);
    }
    return text;
  }

  String value(String name) {
    return text(name).get().strip();
  }

  /** Every property a change of which changes the draft. */
  List<Observable> observables() {
    return List.copyOf(texts.values());
  }

  /** Copies every text of {@code other}, which has the same fields. */
  void copyFrom(FormFields other) {
    texts.forEach((name, text) -> text.set(other.text(name).get()));
  }
}
