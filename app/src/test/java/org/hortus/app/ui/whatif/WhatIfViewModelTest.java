package org.hortus.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The what-if form's checks as the user types, without an FX toolkit. */
class WhatIfViewModelTest {

  private final Messages english = new Messages(Locale.ENGLISH);

  @ParameterizedTest
  @CsvSource(textBlock = """
      '2026-03-01', ''
      ' 2026-03-01 ', ''
      '2026-13-01', 'Enter the first day as YYYY-MM-DD, for example 2026-03-01.'
      '1/3/2026',   'Enter the first day as YYYY-MM-DD, for example 2026-03-01.'
      '',           'Enter the first day as YYYY-MM-DD, for example 2026-03-01.'
      '1949-12-31', 'Choose a first day from Jan 1, 1950 to Dec 31, 2100.'
      '2101-01-01', 'Choose a first day from Jan 1, 1950 to Dec 31, 2100.'
      """)
  void theFirstDayIsCheckedAsTyped(String typed, String problem) {
    WhatIfViewModel model = new WhatIfViewModel(english);
    model.fromText().set(typed);
    assertEquals(problem, model.fromProblem().get());
    assertEquals(problem.isEmpty(), model.from().isPresent());
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      '1',    ''
      '366',  ''
      ' 7 ',  ''
      '0',    'Enter whole days from 1 to 366.'
      '367',  'Enter whole days from 1 to 366.'
      '-3',   'Enter whole days from 1 to 366.'
      '2.5',  'Enter whole days from 1 to 366.'
      'ten',  'Enter whole days from 1 to 366.'
      '99999999999', 'Enter whole days from 1 to 366.'
      """)
  void theDaysAreCheckedAsTyped(String typed, String problem) {
    WhatIfViewModel model = new WhatIfViewModel(english);
    model.daysText().set(typed);
    assertEquals(problem, model.daysProblem().get());
  }

  @Test
  void runIsPossibleOnlyWithEverythingChosenAndValidAndNothingRunning() throws Exception {
    WhatIfViewModel model = new WhatIfViewModel(english);
    model.fromText().set("2026-03-01");
    model.daysText().set("7");
    assertFalse(model.canRun().get(), "no greenhouse or recipe yet");
    model.greenhouse().set(ShippedFiles.demoPark().greenhouses().getFirst());
    model.recipe().set(new RecipeChoice.Shipped(ShippedFiles.sampleRecipes().get("tomato-truss")));
    assertTrue(model.canRun().get());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), model.from());
    assertEquals(OptionalInt.of(7), model.days());
    assertEquals(Optional.of("Mar 1, 2026 to Mar 7, 2026 (7 days)"), model.periodText());
    model.daysText().set("1");
    assertEquals(Optional.of("Mar 1, 2026 to Mar 1, 2026 (1 day)"), model.periodText());
    model.daysText().set("x");
    assertFalse(model.canRun().get());
    assertEquals(Optional.empty(), model.periodText());
    model.daysText().set("3");
    model.running().set(true);
    assertFalse(model.canRun().get(), "a second run while one goes");
  }

  @Test
  void theProblemsAreSaidInChineseInChinese() {
    WhatIfViewModel model = new WhatIfViewModel(new Messages(Locale.SIMPLIFIED_CHINESE));
    model.fromText().set("2026-02-30");
    model.daysText().set("0");
    assertEquals("请按“年-月-日”格式输入第一天，例如 2026-03-01。", model.fromProblem().get());
    assertEquals("请输入 1 至 366 之间的整数天数。", model.daysProblem().get());
  }
}
