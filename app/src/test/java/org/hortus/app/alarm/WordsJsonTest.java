package org.hortus.app.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.app.store.Database;
import org.hortus.model.alarm.AlarmBoard;
import org.hortus.model.alarm.AlarmCondition;
import org.hortus.model.alarm.AlarmDefinition;
import org.hortus.model.alarm.AlarmInput;
import org.hortus.model.alarm.AlarmPhrase;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.alarm.AlarmTransition;
import org.hortus.model.control.Because;
import org.hortus.model.control.ClimateReason;
import org.hortus.model.control.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alarm messages keep their words through the database, so history shows in any language. */
class WordsJsonTest {

  private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

  @TempDir Path folder;

  private static Because sample(Phrase phrase) {
    List<Object> args = new ArrayList<>();
    for (Phrase.Arg kind : phrase.args()) {
      args.add(
          switch (kind) {
            case F0, F1, F2 -> -1234.5678;
            case COUNT -> 42L;
            case TEXT -> "a \"quoted\" \\ line\nand 张伟";
            case TIME -> LocalTime.of(14, 5, 30);
            case INSTANT -> T0;
            case PHRASE -> Because.of(ClimateReason.STORM, Double.NaN, 17.0);
          });
    }
    return new Because(phrase, args);
  }

  @Test
  void everyPhraseReadsBackAsWritten() {
    for (Phrase phrase : WordsJson.phrases().values()) {
      Because words = sample(phrase);
      assertEquals(Optional.of(words), WordsJson.read(WordsJson.write(words)), phrase.key());
    }
  }

  @Test
  void wordsItDoesNotKnowReadAsNothing() {
    assertEquals(Optional.empty(), WordsJson.read(null));
    assertEquals(Optional.empty(), WordsJson.read("[\"alarm.no-such-phrase\"]"));
    assertEquals(Optional.empty(), WordsJson.read("[\"alarm.above\",[\"alarm.text\""));
    assertEquals(Optional.empty(), WordsJson.read("[\"alarm.acknowledged\"]"));
  }

  @Test
  void theHistoryKeepsTheWordsOfEachMessageAndOldRowsTheirEnglish() throws Exception {
    AlarmBoard board =
        new AlarmBoard(
            List.of(
                AlarmDefinition.builder("GH-01.air.high", "air", Because.of(ParkAlarmPhrase.AIR_HIGH, "GH-01"))
                    .unit("°C")
                    .priority(AlarmPriority.HIGH)
                    .condition(new AlarmCondition.HighLimit(35, 1))
                    .onDelay(Duration.ofMinutes(2))
                    .build()));
    List<AlarmTransition> emitted = new ArrayList<>();
    emitted.addAll(board.evaluate(T0, java.util.Map.of("air", AlarmInput.good(36.24))));
    emitted.addAll(board.evaluate(T0.plusSeconds(121), java.util.Map.of("air", AlarmInput.good(36.24))));
    emitted.addAll(board.acknowledge("GH-01.air.high", T0.plusSeconds(130), "tom", "seen"));
    AlarmTransition old =
        new AlarmTransition(
            "GH-02.door", "door", T0.plusSeconds(140), AlarmState.NORMAL, AlarmState.UNACKNOWLEDGED,
            AlarmPriority.MEDIUM, true, 1, "GH-02 door open", AlarmTransition.Cause.CONDITION,
            Optional.empty(), Optional.empty(), false);
    emitted.add(old);
    assertEquals(3, emitted.size(), emitted.toString());
    try (Database database = Database.open(Database.fileUrl(folder.resolve("hortus")))) {
      AlarmStore store = new AlarmStore(database);
      store.store(emitted);
      List<AlarmTransition> read = store.between(T0, T0.plusSeconds(3600));
      assertEquals(emitted, read);
      assertEquals(
          "GH-01 air temperature high 36.2 °C above 35.0 °C for 2 min", read.getFirst().message());
      assertEquals(AlarmPhrase.MESSAGE_FOR, read.getFirst().words().phrase());
      assertEquals(Because.of(AlarmPhrase.ACKNOWLEDGED, "tom"), read.get(1).words());
      assertEquals(Because.of(AlarmPhrase.TEXT, "GH-02 door open"), read.get(2).words());
      assertTrue(read.stream().allMatch(t -> t.words().english().equals(t.message())));
    }
  }
}
