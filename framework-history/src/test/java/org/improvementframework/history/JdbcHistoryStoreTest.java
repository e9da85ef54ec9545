package org.improvementframework.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store against a real PostgreSQL server, started from a Maven artifact. */
class JdbcHistoryStoreTest {

  private static EmbeddedPostgres server;
  private static DataSource db;
  private static final AtomicInteger NAMES = new AtomicInteger();

  @TempDir Path temp;

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedPostgres.start();
    db = server.getPostgresDatabase();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static String name() {
    return "history-" + NAMES.incrementAndGet();
  }

  private static List<ImprovementPlan> plymouthYear() {
    return Histories.evolve(ExamplePlans.plymouth2015(), 2015, 12);
  }

  @Test
  void recordThenLoad_returnsEqualPlans() {
    qt().withExamples(10)
        .forAll(Histories.histories())
        .checkAssert(
            plans -> {
              try (PlanHistory h = PlanHistory.of(JdbcHistoryStore.open(db, name()))) {
                plans.forEach(p -> assertThat(h.record(p)).isEqualTo(RecordOutcome.RECORDED));
                plans.forEach(p -> assertThat(h.record(p)).isEqualTo(RecordOutcome.UNCHANGED));
                assertThat(h.plans()).containsExactlyElementsOf(plans);
              }
            });
  }

  @Test
  void folderAndPostgres_giveIdenticalAnswers() {
    AtomicInteger folders = new AtomicInteger();
    qt().withExamples(10)
        .forAll(Histories.histories())
        .checkAssert(
            plans -> {
              try (PlanHistory pg = PlanHistory.of(JdbcHistoryStore.open(db, name()));
                  PlanHistory folder =
                      PlanHistory.inFolder(temp.resolve("f" + folders.incrementAndGet()))) {
                for (ImprovementPlan p : plans) {
                  assertThat(pg.record(p)).isEqualTo(folder.record(p));
                }
                assertThat(pg.dates()).isEqualTo(folder.dates());
                assertThat(pg.store().index())
                    .extracting(RecordSummary::sha256)
                    .isEqualTo(folder.store().index().stream().map(RecordSummary::sha256).toList());
                assertThat(pg.plans()).isEqualTo(folder.plans());
                assertThat(pg.trend(ReportOptions.defaults()))
                    .isEqualTo(folder.trend(ReportOptions.defaults()));
                LocalDate first = plans.get(0).asAt();
                LocalDate last = plans.get(plans.size() - 1).asAt();
                assertThat(pg.slippage(first, last).changes())
                    .isEqualTo(folder.slippage(first, last).changes());
              }
            });
  }

  @Test
  void concurrentRecordingsOfOneDate_areSerialisedAndTheLosersTold() throws Exception {
    String name = name();
    ImprovementPlan base = ExamplePlans.plymouth2015();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    int won = 0;
    int told = 0;
    try {
      List<Future<RecordOutcome>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        ImprovementPlan p = base.withTitle("Version " + i);
        results.add(pool.submit(() -> PlanHistory.of(JdbcHistoryStore.open(db, name)).record(p)));
      }
      for (Future<RecordOutcome> f : results) {
        try {
          assertThat(f.get()).isEqualTo(RecordOutcome.RECORDED);
          won++;
        } catch (ExecutionException e) {
          assertThat(e.getCause())
              .isInstanceOf(RecordConflictException.class)
              .hasMessageContaining("already has a different plan recorded as at " + base.asAt());
          told++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(won).isEqualTo(1);
    assertThat(told).isEqualTo(7);
    assertThat(PlanHistory.of(JdbcHistoryStore.open(db, name)).plans()).hasSize(1);
  }

  @Test
  void schemaOfANewerVersion_isRefusedClearly() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE newer");
    }
    DataSource newer = server.getDatabase("postgres", "newer");
    JdbcHistoryStore.open(newer, "x");
    assertThat(JdbcHistoryStore.openWithoutMigrating(newer, "x").index()).isEmpty();
    try (Connection c = newer.getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO plan_history_schema (version, script) VALUES (2, 'V2__future.sql')");
    }
    assertThatThrownBy(() -> JdbcHistoryStore.open(newer, "x"))
        .isInstanceOf(StoreVersionException.class)
        .hasMessageContaining("format version 2")
        .hasMessageContaining("reads version 1")
        .hasMessageContaining("upgrade");
    assertThatThrownBy(() -> JdbcHistoryStore.openWithoutMigrating(newer, "x"))
        .isInstanceOf(StoreVersionException.class);
  }

  @Test
  void schemaNotYetCreated_isRefusedWithoutMigrating() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE empty");
    }
    DataSource empty = server.getDatabase("postgres", "empty");
    assertThatThrownBy(() -> JdbcHistoryStore.openWithoutMigrating(empty, "x"))
        .isInstanceOf(StoreVersionException.class)
        .hasMessageContaining("format version 0")
        .hasMessageContaining("migrate it");
  }

  @Test
  void serverStoppedMidRecording_leavesNothingHalfWritten() throws Exception {
    Path data = temp.resolve("pgdata");
    EmbeddedPostgres own =
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
    int port = own.getPort();
    List<ImprovementPlan> year = plymouthYear();
    String name = name();
    PlanHistory h = PlanHistory.of(JdbcHistoryStore.open(own.getPostgresDatabase(), name));
    h.record(year.get(0));
    Connection blocker = own.getPostgresDatabase().getConnection();
    Statement s = blocker.createStatement();
    // Holds the table so that the recording is caught inside its transaction, mid-insert.
    blocker.setAutoCommit(false);
    s.execute("LOCK TABLE plan_history_record IN EXCLUSIVE MODE");
    CompletableFuture<RecordOutcome> recording =
        CompletableFuture.supplyAsync(() -> h.record(year.get(1)));
    try (Connection watcher = own.getPostgresDatabase().getConnection();
        Statement w = watcher.createStatement()) {
      // Its own connection: pg_stat_activity is a snapshot fixed for the rest of a transaction.
      awaitWaitingOnLock(w, recording);
    }
    own.close();
    try {
      blocker.close();
    } catch (SQLException expected) {
      // The server stopping cut the blocker's connection too.
    }
    assertThatThrownBy(() -> recording.get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(HistoryStoreException.class)
        .hasMessageContaining("nothing was recorded");
    try (EmbeddedPostgres again =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start()) {
      PlanHistory after = PlanHistory.of(JdbcHistoryStore.open(again.getPostgresDatabase(), name));
      assertThat(after.dates()).containsExactly(year.get(0).asAt());
      assertThat(after.plans()).containsExactly(year.get(0));
      assertThat(after.record(year.get(1))).isEqualTo(RecordOutcome.RECORDED);
    }
  }

  /**
   * Polls until the recording waits on the lock. No deadline, so a loaded machine only waits
   * longer; a recording that ends first never took the path under test, and fails the test.
   */
  private static void awaitWaitingOnLock(Statement s, CompletableFuture<?> recording)
      throws Exception {
    while (!recording.isDone()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE"
                  + " 'INSERT INTO plan_history_record%'")) {
        r.next();
        if (r.getInt(1) > 0) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the recording ended before it reached the insert");
  }
}
