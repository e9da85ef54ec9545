package org.improvementframework.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A history kept in a PostgreSQL database through plain JDBC: one row per plan and reporting date
 * in {@code plan_history_record}, the canonical JSON in a {@code jsonb} column beside its SHA-256
 * hash. One database holds many histories, told apart by name.
 *
 * <pre>{@code
 * DataSource ds = ...;   // the application's pool; the JDBC driver is the application's
 * try (PlanHistory history = PlanHistory.of(JdbcHistoryStore.open(ds, "plymouth"))) {
 *   history.record(plan);
 * }
 * }</pre>
 *
 * <p>{@link #open} creates or migrates the schema with the versioned SQL scripts shipped in this
 * jar ({@link #schemaScript(int)}), in the connection's current schema, and records each version
 * in {@code plan_history_schema}; {@link #openWithoutMigrating} only checks the version, for a role
 * that may not create tables. A schema migrated by a newer version of the library is refused with
 * a {@link StoreVersionException}.
 *
 * <p>Each recording is one transaction, all or nothing: a database that goes away part way leaves
 * no row. Two recordings of one date are serialised by the primary key: the second waits for the
 * first, then does nothing if it recorded the same plan and is told ({@link
 * RecordConflictException}) if not.
 *
 * <p>This class is immutable and thread-safe; it takes a connection from the data source for each
 * operation and gives it back.
 */
public final class JdbcHistoryStore implements HistoryStore {

  private final DataSource dataSource;
  private final String history;
  private final String location;

  private JdbcHistoryStore(DataSource dataSource, String history, String location) {
    this.dataSource = dataSource;
    this.history = history;
    this.location = location;
  }

  /**
   * Opens a history in a database, creating or migrating the schema first.
   *
   * @param dataSource where connections come from; not null
   * @param history the history's name, such as the plan's organisation; not null, not blank
   * @return the store; not null
   * @throws HistoryStoreException if the database cannot be reached or the schema created
   * @throws StoreVersionException if the schema is of a newer version
   */
  public static JdbcHistoryStore open(DataSource dataSource, String history) {
    JdbcHistoryStore store = create(dataSource, history);
    try (Connection c = dataSource.getConnection()) {
      SchemaMigrations.migrate(c, store.location);
    } catch (SQLException e) {
      throw store.failure("cannot create or migrate the schema", e);
    }
    return store;
  }

  /**
   * Opens a history in a database whose schema is already at this library's version, for a role
   * that may read and write rows but not create tables.
   *
   * @param dataSource where connections come from; not null
   * @param history the history's name; not null, not blank
   * @return the store; not null
   * @throws HistoryStoreException if the database cannot be reached
   * @throws StoreVersionException if the schema is missing, older or newer
   */
  public static JdbcHistoryStore openWithoutMigrating(DataSource dataSource, String history) {
    JdbcHistoryStore store = create(dataSource, history);
    int version;
    try (Connection c = dataSource.getConnection()) {
      version = SchemaMigrations.version(c);
    } catch (SQLException e) {
      throw store.failure("cannot read the schema version", e);
    }
    if (version != SchemaMigrations.latest()) {
      throw new StoreVersionException(
          store.location,
          version,
          SchemaMigrations.latest(),
          version > SchemaMigrations.latest()
              ? "the schema was migrated by a newer version of framework-history; upgrade to use it"
              : "migrate it with JdbcHistoryStore.open as a role that may create tables, or run"
                  + " the scripts of JdbcHistoryStore.schemaScript");
    }
    return store;
  }

  private static JdbcHistoryStore create(DataSource dataSource, String history) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(history, "history");
    if (history.isBlank()) {
      throw new IllegalArgumentException("history name must not be blank");
    }
    return new JdbcHistoryStore(dataSource, history, "database history '" + history + "'");
  }

  /**
   * Gets the latest schema version this library creates and reads.
   *
   * @return the version, 1 or more
   */
  public static int schemaVersion() {
    return SchemaMigrations.latest();
  }

  /**
   * Gets the SQL script that brings the schema to a version, for teams that run migrations with
   * their own tool.
   *
   * @param version the version, from 1 to {@link #schemaVersion()}
   * @return the script's text; not null
   * @throws IllegalArgumentException if there is no such version
   */
  public static String schemaScript(int version) {
    if (version < 1 || version > SchemaMigrations.latest()) {
      throw new IllegalArgumentException(
          "schema version must be from 1 to " + SchemaMigrations.latest() + ", but was " + version);
    }
    return SchemaMigrations.text(SchemaMigrations.SCRIPTS.get(version - 1));
  }

  @Override
  public RecordOutcome record(LocalDate asAt, String sha256, String canonicalJson) {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(canonicalJson, "canonicalJson");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        RecordOutcome outcome = insert(c, asAt, sha256, canonicalJson);
        c.commit();
        return outcome;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("cannot record the plan as at " + asAt + "; nothing was recorded", e);
    }
  }

  private RecordOutcome insert(Connection c, LocalDate asAt, String sha256, String json)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO plan_history_record"
                + " (history, as_at, sha256, plan) VALUES (?, ?, ?, ?::jsonb)"
                + " ON CONFLICT (history, as_at) DO NOTHING")) {
      p.setString(1, history);
      p.setObject(2, asAt);
      p.setString(3, sha256);
      p.setString(4, json);
      if (p.executeUpdate() == 1) {
        return RecordOutcome.RECORDED;
      }
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT sha256 FROM plan_history_record WHERE history = ? AND as_at = ?")) {
      p.setString(1, history);
      p.setObject(2, asAt);
      try (ResultSet r = p.executeQuery()) {
        if (r.next() && r.getString(1).equals(sha256)) {
          return RecordOutcome.UNCHANGED;
        }
      }
    }
    throw new RecordConflictException(location, asAt);
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // The connection is gone; the server rolls back an unfinished transaction by itself.
      cause.addSuppressed(e);
    }
  }

  @Override
  public List<RecordSummary> index() {
    List<RecordSummary> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT as_at, sha256 FROM plan_history_record"
                    + " WHERE history = ? ORDER BY as_at")) {
      p.setString(1, history);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          LocalDate asAt = r.getObject(1, LocalDate.class);
          out.add(new RecordSummary(asAt, r.getString(2), source(asAt)));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot list the records", e);
    }
    return List.copyOf(out);
  }

  @Override
  public Optional<StoredRecord> read(LocalDate asAt) {
    Objects.requireNonNull(asAt, "asAt");
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT sha256, plan::text"
                    + " FROM plan_history_record WHERE history = ? AND as_at = ?")) {
      p.setString(1, history);
      p.setObject(2, asAt);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredRecord(
                new RecordSummary(asAt, r.getString(1), source(asAt)), r.getString(2)));
      }
    } catch (SQLException e) {
      throw failure("cannot read the record as at " + asAt, e);
    }
  }

  private String source(LocalDate asAt) {
    return "plan_history_record row (history '" + history + "', as_at " + asAt + ")";
  }

  @Override
  public String location() {
    return location;
  }

  /** Holds nothing open: the data source belongs to the caller. */
  @Override
  public void close() {
    // Nothing to release.
  }

  private HistoryStoreException failure(String problem, SQLException e) {
    // SQLState and the driver's words say why (connection refused, permission denied).
    return new HistoryStoreException(
        location, problem + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
  }
}
