package org.improvementframework.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementframework.history.Trend;
import org.improvementframework.io.AtomicFiles;
import org.improvementframework.metrics.MilestoneClassifier;

/** What `report --lead` and `dashboard --lead` do, kept out of their shared command classes. */
final class LeadCommands {

  private LeadCommands() {}

  static int report(
      Main main, PlanInput in, LocalDate asOf, String lead, String history, int dueWindow)
      throws Exception {
    return HistoryStores.run(
        main.err,
        () -> {
          LeadView view =
              view(main, in, asOf, lead, history, MilestoneClassifier.withDueWindow(dueWindow));
          if (view == null) {
            return Main.UNREADABLE;
          }
          view.writeText(main.out);
          return Main.OK;
        });
  }

  static int page(Main main, PlanInput in, LocalDate asOf, String lead, String history, Path out)
      throws Exception {
    return HistoryStores.run(
        main.err,
        () -> {
          LeadView view = view(main, in, asOf, lead, history, MilestoneClassifier.defaults());
          if (view == null) {
            return Main.UNREADABLE;
          }
          byte[] html = view.html().getBytes(StandardCharsets.UTF_8);
          try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            AtomicFiles.write(out, o -> o.write(html));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
          }
          main.err.println("wrote " + out);
          main.err.flush();
          return Main.OK;
        });
  }

  private static LeadView view(
      Main main,
      PlanInput in,
      LocalDate asOf,
      String lead,
      String history,
      MilestoneClassifier classifier) {
    Optional<Trend> trend =
        history == null ? Optional.empty() : Optional.of(HistoryStores.trend(history, main.err));
    try {
      return LeadView.of(in.plan(), lead, asOf, classifier, trend);
    } catch (IllegalArgumentException e) {
      main.err.println("error: " + e.getMessage());
      main.err.flush();
      return null;
    }
  }
}
