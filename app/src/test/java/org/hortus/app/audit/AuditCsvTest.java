package org.hortus.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void fieldsAreQuotedOnlyWhenRfc4180AsksForIt() {
    assertEquals("plain", AuditCsv.field("plain"));
    assertEquals("温室 GH-01", AuditCsv.field("温室 GH-01"));
    assertEquals("\"a,b\"", AuditCsv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", AuditCsv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", AuditCsv.field("two\nlines"));
    assertEquals("\"cr\rhere\"", AuditCsv.field("cr\rhere"));
  }

  @Test
  void aRowHasItsTimeInUtcAndEndsWithCrlf() throws Exception {
    AuditRecord record =
        new AuditRecord(
            Instant.parse("2026-03-01T08:00:00.250Z"),
            "ada",
            "user.role",
            "user:tom",
            "{\"role\":\"VIEWER\"}",
            "{\"role\":\"TECHNICIAN\"}");
    StringWriter out = new StringWriter();
    AuditCsv.row(out, new AuditEntry(3, record, "a".repeat(64), "b".repeat(64)));
    assertEquals(
        "3,2026-03-01T08:00:00.250Z,ada,user.role,user:tom,\"{\"\"role\"\":\"\"VIEWER\"\"}\","
            + "\"{\"\"role\"\":\"\"TECHNICIAN\"\"}\","
            + "a".repeat(64)
            + ","
            + "b".repeat(64)
            + "\r\n",
        out.toString());
  }
}
