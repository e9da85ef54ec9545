package org.improvementframework.history;

import java.nio.file.Path;
import java.time.YearMonth;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.model.ImprovementPlan;

/**
 * A separate JVM that records months of the example plan into a folder store: every other month
 * from a first month, so that two of them together record every month.
 */
public final class RecordingProcess {

  private RecordingProcess() {}

  /**
   * Records the months.
   *
   * @param args the folder, the first month (such as 2015-01), how many months to record
   */
  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    YearMonth first = YearMonth.parse(args[1]);
    int count = Integer.parseInt(args[2]);
    ImprovementPlan base = ExamplePlans.plymouth2015();
    try (PlanHistory history = PlanHistory.inFolder(folder)) {
      for (int i = 0; i < count; i++) {
        YearMonth month = first.plusMonths(2L * i);
        history.record(base.withAsAt(month.atEndOfMonth()).withTitle("Plan " + month));
      }
    }
  }
}
