package org.hortus.app.ui.recipes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A growth stage of the draft: its fields and its periods. */
final class StageForm extends FormFields {

  private final ObservableList<PeriodForm> periods = FXCollections.observableArrayList(
      period -> period.observables().toArray(Observable[]::new));

  StageForm() {
    super(FieldSpec.STAGE);
  }

  /** The periods; the list reports a change of any period's field too. */
  ObservableList<PeriodForm> periods() {
    return periods;
  }

  /** A copy with copies of its periods, named as given. */
  StageForm copy(String name) {
    StageForm copy = new StageForm();
    copy.copyFrom(this);
    copy.text("name").set(name);
    List<PeriodForm> copies = new ArrayList<>();
    periods.forEach(p -> copies.add(p.copy(p.text("name").get())));
    copy.periods.setAll(copies);
    return copy;
  }

  @Override
  List<Observable> observables() {
    List<Observable> all = new ArrayList<>(super.observables());
    all.add(periods);
    return all;
  }
}
