package org.hortus.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hortus.app.audit.AuditedChange.Audited;
import org.hortus.app.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

  @TempDir Path folder;
  private Database db;
  private AuditLog audit;

  @BeforeEach
  void open() {
    db = Database.open(Database.fileUrl(folder.resolve("hortus")));
    audit = new AuditLog(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static AuditRecord record(int i) {
    return new AuditRecord(
        T0.plusSeconds(i), "ada", "test.act", "thing:" + i, "null", "{\"n\":" + i + "}");
  }

  @Test
  void rowsAreNumberedFromOneAndEachCarriesThePreviousHash() throws SQLException {
    AuditEntry first = audit.append(record(1));
    AuditEntry second = audit.append(record(2));
    assertEquals(1, first.seq());
    assertEquals(AuditHash.GENESIS, first.prevHash());
    assertEquals("0".repeat(64), AuditHash.GENESIS);
    assertEquals(2, second.seq());
    assertEquals(first.hash(), second.prevHash());
    assertEquals(List.of(first, second), audit.latest(10));
    assertEquals(T0.plusSeconds(1).toEpochMilli(), first.record().at().toEpochMilli());
    assertTrue(first.hashMatchesContent());
  }

  @Test
  void theHashCoversEveryFieldAndItsBoundaries() {
    AuditRecord base = new AuditRecord(T0, "ada", "a.b", "s", "null", "{}");
    String hash = AuditHash.of(1, base, AuditHash.GENESIS);
    List<String> others =
        List.of(
            AuditHash.of(2, base, AuditHash.GENESIS),
            AuditHash.of(
                1,
                new AuditRecord(T0.plusMillis(1), "ada", "a.b", "s", "null", "{}"),
                AuditHash.GENESIS),
            AuditHash.of(
                1, new AuditRecord(T0, "adb", "a.b", "s", "null", "{}"), AuditHash.GENESIS),
            AuditHash.of(
                1, new AuditRecord(T0, "ada", "a.c", "s", "null", "{}"), AuditHash.GENESIS),
            AuditHash.of(
                1, new AuditRecord(T0, "ada", "a.b", "t", "null", "{}"), AuditHash.GENESIS),
            AuditHash.of(1, new AuditRecord(T0, "ada", "a.b", "s", "{}", "{}"), AuditHash.GENESIS),
            AuditHash.of(
                1, new AuditRecord(T0, "ada", "a.b", "s", "null", "{ }"), AuditHash.GENESIS),
            AuditHash.of(1, base, "1".repeat(64)),
            AuditHash.of(
                1, new AuditRecord(T0, "adaa", ".b", "s", "null", "{}"), AuditHash.GENESIS));
    for (String other : others) {
      assertNotEquals(hash, other);
    }
    assertEquals(64, hash.length());
  }

  @Test
  void aFailingChangeLeavesNeitherItsRowsNorAnAuditRow() throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE thing (id INT PRIMARY KEY)");
    }
    assertThrows(
        SQLException.class,
        () ->
            audit.commit(
                c -> {
                  try (PreparedStatement insert =
                      c.prepareStatement("INSERT INTO thing VALUES (1)")) {
                    insert.executeUpdate();
                  }
                  throw new SQLException("the change fails after its first write");
                }));
    audit.commit(c -> Audited.unchanged(null));
    assertEquals(0, count("SELECT COUNT(*) FROM thing"));
    assertEquals(0, count("SELECT COUNT(*) FROM audit"));

    audit.commit(
        c -> {
          try (PreparedStatement insert = c.prepareStatement("INSERT INTO thing VALUES (2)")) {
            insert.executeUpdate();
          }
          return Audited.of(null, record(2));
        });
    assertEquals(1, count("SELECT COUNT(*) FROM thing"));
    assertEquals(1, count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void twoConsolesAppendingAtOnceKeepOneUnbrokenChain() throws Exception {
    // Two AuditLog instances stand for two consoles: their in-process locks do not see each
    // other, so only the seq primary key and the retry keep the chain whole.
    AuditLog console1 = new AuditLog(db);
    AuditLog console2 = new AuditLog(db);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> appends = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        AuditLog console = i % 2 == 0 ? console1 : console2;
        int n = i;
        appends.add(pool.submit(() -> console.append(record(n))));
      }
      for (Future<?> append : appends) {
        append.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(200, count("SELECT COUNT(*) FROM audit"));
    assertEquals(200, count("SELECT MAX(seq) FROM audit"));
    AuditVerification verdict = new AuditVerifier(db).verify();
    assertTrue(verdict.intact(), verdict.message());
    assertEquals(200, verdict.rowsChecked());
  }

  private long count(String query) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
