package org.improvementframework.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates and migrates the history schema with versioned SQL scripts shipped in the jar, recording
 * each in {@code plan_history_schema}. Migrators are serialised by a transaction-scoped advisory
 * lock, so two applications starting at once do not both migrate.
 */
final class SchemaMigrations {

  /** The scripts, in version order; the version is the position plus one. */
  static final List<String> SCRIPTS = List.of("V1__plan_history.sql");

  private SchemaMigrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  /** Reads the schema's version: 0 if the schema table is absent. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT to_regclass('plan_history_schema') IS NOT NULL")) {
      r.next();
      if (!r.getBoolean(1)) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM plan_history_schema")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Brings the schema to the latest version, in one transaction; returns the version before. */
  static int migrate(Connection c, String location) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(hashtext('plan_history_schema'))");
        s.execute(
            "CREATE TABLE IF NOT EXISTS plan_history_schema (version integer PRIMARY KEY,"
                + " script text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
      }
      int before = version(c);
      if (before > latest()) {
        throw new StoreVersionException(
            location,
            before,
            latest(),
            "the schema was migrated by"
                + " a newer version of framework-history; upgrade to use it");
      }
      for (int v = before + 1; v <= latest(); v++) {
        String script = SCRIPTS.get(v - 1);
        try (Statement s = c.createStatement()) {
          for (String sql : statements(script)) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement("INSERT INTO plan_history_schema (version, script) VALUES (?, ?)")) {
          p.setInt(1, v);
          p.setString(2, script);
          p.executeUpdate();
        }
      }
      c.commit();
      return before;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** Gets the statements of a script: split at semicolons ending a line, comments dropped. */
  static List<String> statements(String script) {
    String text =
        text(script)
            .lines()
            .filter(l -> !l.strip().startsWith("--"))
            .reduce("", (a, b) -> a + b + "\n");
    return List.of(text.split(";\\s*\n")).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Gets the text of a script shipped in the jar. */
  static String text(String script) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("postgresql/" + script)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + script + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
