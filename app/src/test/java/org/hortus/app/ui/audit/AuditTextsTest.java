package org.hortus.app.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditVerification;
import org.hortus.app.audit.AuditVerification.Problem;
import org.hortus.app.ui.Messages;
import org.junit.jupiter.api.Test;

/** Labels, change summaries and verdicts, in English and in Chinese. */
class AuditTextsTest {

  private final AuditTexts english = new AuditTexts(new Messages(Locale.ENGLISH), ZoneOffset.UTC);
  private final AuditTexts chinese = new AuditTexts(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC);

  @Test
  void knownActionsHaveLabelsAndUnknownOnesShowAsStored() {
    assertEquals("User added", english.action("user.add"));
    assertEquals("已添加用户", chinese.action("user.add"));
    assertEquals("Schedule saved", english.action("schedule.save"));
    assertEquals("greenhouse.repaint", english.action("greenhouse.repaint")); // unknown: shown as stored
    assertEquals("Users (all)", english.kind("user."));
    assertEquals("device (all)", english.kind("device."));
    assertEquals("All kinds", english.kind(AuditTexts.ALL));
  }

  @Test
  void aChangeIsSummarisedByTheFieldsThatDiffer() {
    assertEquals("role: viewer \u2192 technician",
        english.change(record("{\"username\":\"vic\",\"role\":\"VIEWER\",\"disabled\":false}",
            "{\"username\":\"vic\",\"role\":\"TECHNICIAN\",\"disabled\":false}")));
    assertEquals("new: user: tess, role: technician, disabled: no",
        english.change(record("null", "{\"username\":\"tess\",\"role\":\"TECHNICIAN\",\"disabled\":false,\"lockedUntil\":null}")));
    assertEquals("locked until: 2026-03-01T08:15:00Z \u2192 \u2014; password: \u2014 \u2192 reset",
        english.change(record("{\"lockedUntil\":\"2026-03-01T08:15:00Z\"}", "{\"lockedUntil\":null,\"password\":\"reset\"}")));
    assertEquals("角色：只读用户 \u2192 技术员",
        chinese.change(record("{\"role\":\"VIEWER\"}", "{\"role\":\"TECHNICIAN\"}")));
    assertEquals("not json \u2192 {}", english.change(record("not json", "{}")));
  }

  @Test
  void theVerdictNamesTheRowAndTheProblem() {
    assertEquals("Chain intact: 1,234 rows verified",
        english.verdict(new AuditVerification(true, 1234, OptionalLong.empty(), "", Optional.empty())));
    assertEquals("Chain BROKEN at row 5: the row was altered (its content does not match its hash)",
        english.verdict(new AuditVerification(false, 4, OptionalLong.of(5), "", Optional.of(Problem.ALTERED))));
    assertEquals("审计链已损坏，位于第 5 条记录：该记录已被篡改（内容与其哈希值不符）",
        chinese.verdict(new AuditVerification(false, 4, OptionalLong.of(5), "", Optional.of(Problem.ALTERED))));
  }

  private static AuditRecord record(String before, String after) {
    return new AuditRecord(Instant.EPOCH, "ada", "user.role", "user:vic", before, after);
  }
}
