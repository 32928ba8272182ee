package org.hortus.app.ui.recipes;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hortus.app.ui.Messages;

/**
 * Says a recipe reader's problem in the console's language. The reader ({@code RecipeReader},
 * {@code RecipeRules}) words its rules in English for files and logs; each rule it can report is
 * matched here to a message key, with its numbers in the locale's form. A rule not known here is
 * shown as {@code recipes.rule.other} with the reader's words, so nothing is hidden.
 */
final class RecipeProblemTexts {

  private record Rule(Pattern pattern, String key, Function<Matcher, Object[]> args) {}

  private final Messages messages;
  private final List<Rule> rules;

  RecipeProblemTexts(Messages messages) {
    this.messages = messages;
    this.rules = List.of(
        rule("must be within (\\S+)…(\\S+?)(?: (.+))?, was (.+)", "recipes.rule.range",
            m -> new Object[] {num(m.group(1)), num(m.group(2)), unit(m.group(3)), num(m.group(4))}),
        rule("must be a number, was .*", "recipes.rule.number", m -> new Object[0]),
        rule("must be a whole number, was .*", "recipes.rule.wholeNumber", m -> new Object[0]),
        rule("must not be empty", "recipes.rule.required", m -> new Object[0]),
        rule("missing required field \"(.+)\"", "recipes.rule.missing", m -> new Object[] {label(m.group(1))}),
        rule("must be a clock time .*", "recipes.rule.start", m -> new Object[0]),
        rule("must have at least 1 item", "recipes.rule.atLeastOne", m -> new Object[0]),
        rule("ventilation temperature (\\S+) °C must not be below heating temperature (\\S+) °C",
            "recipes.rule.ventilationBelowHeating", m -> new Object[] {num(m.group(1)), num(m.group(2))}),
        rule("reduced target (\\S+) ppm must not be above the target (\\S+) ppm",
            "recipes.rule.reducedAboveTarget", m -> new Object[] {num(m.group(1)), num(m.group(2))}),
        rule("VPD band maximum (\\S+) kPa must not be below its minimum (\\S+) kPa",
            "recipes.rule.vpdBand", m -> new Object[] {num(m.group(1)), num(m.group(2))}),
        rule("maximum interval (\\d+) min must not be below the minimum (\\d+) min",
            "recipes.rule.intervals", m -> new Object[] {num(m.group(1)), num(m.group(2))}),
        rule("give exactly one of .*", "recipes.rule.humidityForm", m -> new Object[0]),
        rule("stage ends on day (\\d+), not after it starts on day (\\d+)",
            "recipes.rule.untilDay", m -> new Object[] {num(m.group(1)), num(m.group(2))}),
        rule("stages must be in order of fromDay: day (\\d+) does not come after day (\\d+) of stages\\[(\\d+)\\]",
            "recipes.rule.stageOrder", m -> new Object[] {num(m.group(1)), num(m.group(2)), ordinal(m.group(3))}),
        rule("stage overlaps stages\\[(\\d+)\\], which runs until day (\\d+)",
            "recipes.rule.stageOverlap", m -> new Object[] {ordinal(m.group(1)), num(m.group(2))}),
        rule("days (\\d+)–(\\d+) have no stage", "recipes.rule.stageGap",
            m -> new Object[] {num(m.group(1)), num(m.group(2))}),
        rule("starts at the same time as periods\\[(\\d+)\\] on a nominal day", "recipes.rule.sameStart",
            m -> new Object[] {ordinal(m.group(1))}),
        rule("ramp of (\\d+) min is longer than the period \\((\\d+) min .*", "recipes.rule.rampTooLong",
            m -> new Object[] {num(m.group(1)), num(m.group(2))}));
  }

  private static Rule rule(String regex, String key, Function<Matcher, Object[]> args) {
    return new Rule(Pattern.compile(regex), key, args);
  }

  /** The reader's {@code rule} in the console's language. */
  String text(String rule) {
    for (Rule known : rules) {
      Matcher matcher = known.pattern().matcher(rule);
      if (matcher.matches()) {
        return messages.text(known.key(), known.args().apply(matcher));
      }
    }
    return messages.text("recipes.rule.other", rule);
  }

  /** A field's own check before the reader's: an empty required field, a number mistyped. */
  String localText(String key) {
    return messages.text(key);
  }

  private String num(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      return messages.number(value.doubleValue(), Math.max(0, value.stripTrailingZeros().scale()));
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /** Units stay symbols, except the two the reader writes as words. */
  private String unit(String unit) {
    if (unit == null) {
      return "";
    }
    return " " + switch (unit) {
      case "days" -> messages.text("recipes.unit.days");
      case "min" -> messages.text("recipes.unit.minutes");
      default -> unit;
    };
  }

  private String ordinal(String zeroBased) {
    return messages.number(Integer.parseInt(zeroBased) + 1, 0);
  }

  private String label(String field) {
    String key = "recipes.field." + field;
    return messages.has(key) ? messages.text(key) : field;
  }
}
