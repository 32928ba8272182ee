package org.hortus.app.ui.recipes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A period of the draft: its fields, its humidity form and whether it uses lamps. */
final class PeriodForm extends FormFields {

  private final ObjectProperty<HumidityForm> humidity =
      new SimpleObjectProperty<>(this, "humidityForm", HumidityForm.MAX_RELATIVE_HUMIDITY);
  private final BooleanProperty lamps = new SimpleBooleanProperty(this, "lamps", false);

  PeriodForm() {
    super(FieldSpec.PERIOD);
  }

  ObjectProperty<HumidityForm> humidityForm() {
    return humidity;
  }

  BooleanProperty lamps() {
    return lamps;
  }

  /** Whether field {@code name} is part of the period as its form and lamps stand. */
  boolean uses(String name) {
    if (name.startsWith("humidity.")) {
      return humidity.get().fields().contains(name);
    }
    if (name.startsWith("light.")) {
      return lamps.get();
    }
    return true;
  }

  PeriodForm copy(String name) {
    PeriodForm copy = new PeriodForm();
    copy.copyFrom(this);
    copy.humidity.set(humidity.get());
    copy.lamps.set(lamps.get());
    copy.text("name").set(name);
    return copy;
  }

  @Override
  List<Observable> observables() {
    List<Observable> all = new ArrayList<>(super.observables());
    all.add(humidity);
    all.add(lamps);
    return all;
  }
}
