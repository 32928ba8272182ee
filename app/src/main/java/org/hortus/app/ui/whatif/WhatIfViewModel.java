package org.hortus.app.ui.whatif;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hortus.app.sim.WhatIfComparison;
import org.hortus.app.ui.Messages;
import org.hortus.model.park.Greenhouse;

/**
 * The what-if form's state: greenhouse, recipe and period as typed, each field's problem in words
 * as soon as it is typed, and whether a run may start. Needs no FX toolkit (properties only); used
 * on the FX thread.
 */
final class WhatIfViewModel {

  /** Dates are typed and shown in the editor as ISO dates, the same in every language. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final Messages messages;
  private final ObjectProperty<Greenhouse> greenhouse = new SimpleObjectProperty<>();
  private final ObjectProperty<RecipeChoice> recipe = new SimpleObjectProperty<>();
  private final StringProperty fromText = new SimpleStringProperty("");
  private final StringProperty daysText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper fromProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper daysProblem = new ReadOnlyStringWrapper("");
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final BooleanBinding canRun;

  WhatIfViewModel(Messages messages) {
    this.messages = messages;
    fromText.subscribe(text -> fromProblem.set(fromProblem(messages, text).orElse("")));
    daysText.subscribe(text -> daysProblem.set(daysProblem(messages, text).orElse("")));
    canRun = Bindings.createBooleanBinding(
        () -> greenhouse.get() != null && recipe.get() != null && fromProblem.get().isEmpty()
            && daysProblem.get().isEmpty() && !running.get(),
        greenhouse, recipe, fromProblem, daysProblem, running);
  }

  /** What is wrong with a typed first day, in words; empty when it is a day the run can start. */
  static Optional<String> fromProblem(Messages messages, String text) {
    Optional<LocalDate> day = parseDate(text);
    if (day.isEmpty()) {
      return Optional.of(messages.text("whatif.from.invalid", DATE.format(LocalDate.of(2026, 3, 1))));
    }
    if (day.get().isBefore(EARLIEST) || day.get().isAfter(LATEST)) {
      return Optional.of(messages.text("whatif.from.range", messages.date(EARLIEST), messages.date(LATEST)));
    }
    return Optional.empty();
  }

  /** What is wrong with typed days, in words; empty for a whole number from 1 to the maximum. */
  static Optional<String> daysProblem(Messages messages, String text) {
    OptionalInt days = parseDays(text);
    if (days.isEmpty() || days.getAsInt() < 1 || days.getAsInt() > WhatIfComparison.MAX_DAYS) {
      return Optional.of(messages.text("whatif.days.invalid", String.valueOf(WhatIfComparison.MAX_DAYS)));
    }
    return Optional.empty();
  }

  static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text == null ? "" : text.strip(), DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static OptionalInt parseDays(String text) {
    String digits = text == null ? "" : text.strip();
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(digits));
  }

  /** The first day, when the typed one is valid. */
  Optional<LocalDate> from() {
    return fromProblem.get().isEmpty() ? parseDate(fromText.get()) : Optional.empty();
  }

  /** The days, when the typed number is valid. */
  OptionalInt days() {
    return daysProblem.get().isEmpty() ? parseDays(daysText.get()) : OptionalInt.empty();
  }

  /** The period in words, e.g. "1 Mar 2026 to 7 Mar 2026 (7 days)", when both fields are valid. */
  Optional<String> periodText() {
    if (from().isEmpty() || days().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(periodTextOf(from().get(), days().getAsInt()));
  }

  /** A period in words: first and last day and the number of days. */
  String periodTextOf(LocalDate first, int days) {
    return messages.text("whatif.period", messages.date(first), messages.date(first.plusDays(days - 1L)), days);
  }

  ObjectProperty<Greenhouse> greenhouse() {
    return greenhouse;
  }

  ObjectProperty<RecipeChoice> recipe() {
    return recipe;
  }

  StringProperty fromText() {
    return fromText;
  }

  StringProperty daysText() {
    return daysText;
  }

  ReadOnlyStringProperty fromProblem() {
    return fromProblem.getReadOnlyProperty();
  }

  ReadOnlyStringProperty daysProblem() {
    return daysProblem.getReadOnlyProperty();
  }

  BooleanProperty running() {
    return running;
  }

  /** Whether everything is chosen and valid and no run is going. */
  BooleanBinding canRun() {
    return canRun;
  }
}
