package org.improvementframework.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.improvementframework.history.DamagedRecordException;
import org.improvementframework.history.FolderHistoryStore;
import org.improvementframework.history.HistoryStore;
import org.improvementframework.history.JdbcHistoryStore;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.history.RecordConflictException;
import org.improvementframework.history.StoreVersionException;
import org.improvementframework.history.Trend;
import org.improvementframework.metrics.ReportOptions;
import picocli.CommandLine.Option;

/** The options that name a history store: a folder, or a JDBC URL and a history name. */
final class HistoryStores {

  /** The environment variable that holds the database password, kept off the command line. */
  static final String PASSWORD_VARIABLE = "IMPROVEMENT_HISTORY_PASSWORD";

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR|JDBC-URL",
      description =
          "The history: a folder (created by the first `record`), or a JDBC URL such "
              + "as jdbc:postgresql://localhost/council?user=plans (password from $"
              + PASSWORD_VARIABLE
              + ").")
  String store;

  @Option(
      names = "--history-name",
      paramLabel = "NAME",
      defaultValue = "plan",
      description = "In a database, which history (one database holds many). Default: plan.")
  String name;

  PlanHistory open() {
    return open(store, name);
  }

  /** Opens a history given as a folder or a JDBC URL, as --store and --history take it. */
  static PlanHistory open(String store, String name) {
    return PlanHistory.of(openStore(store, name));
  }

  /** Reads the trend of a history, skipping damaged records with a warning. */
  static Trend trend(String store, PrintWriter err) {
    try (PlanHistory h = open(store, "plan")) {
      return h.skippingDamaged(e -> err.println("warning: skipped " + e.getMessage()))
          .trend(ReportOptions.defaults());
    }
  }

  private static HistoryStore openStore(String store, String name) {
    if (!store.startsWith("jdbc:")) {
      return FolderHistoryStore.open(Path.of(store));
    }
    Properties props = new Properties();
    String password = System.getenv(PASSWORD_VARIABLE);
    if (password != null) {
      props.setProperty("password", password);
    }
    return JdbcHistoryStore.open(new UrlDataSource(store, props), name);
  }

  /**
   * Runs a history command, turning the history's refusals into a message and exit code 2: they
   * are the user's data or store, not bugs.
   */
  static int run(PrintWriter err, Callable<Integer> command) throws Exception {
    try {
      return command.call();
    } catch (RecordConflictException | DamagedRecordException | StoreVersionException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return Main.UNREADABLE;
    }
  }

  /** A data source over DriverManager, enough for one command's few connections. */
  private static final class UrlDataSource extends AbstractDataSource {
    private final String url;
    private final Properties props;

    UrlDataSource(String url, Properties props) {
      this.url = url;
      this.props = props;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, props);
    }
  }
}
