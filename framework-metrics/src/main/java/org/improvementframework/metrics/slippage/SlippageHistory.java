package org.improvementframework.metrics.slippage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.ImprovementPlan;

/**
 * The slippage between each report of a plan and the next, in date order: the series a board
 * reads as "how much slipped each month".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlippageHistory {

  private final List<Slippage> steps;

  private SlippageHistory(List<Slippage> steps) {
    this.steps = steps;
  }

  /**
   * Finds the slippage between each consecutive pair of reports.
   *
   * @param reports the reports, in date order; not null, no null elements
   * @param policy whose severity ranks RAG ratings; not null
   * @return the history, one step fewer than reports; not null
   * @throws IllegalArgumentException if the reports are not in strictly increasing date order
   */
  public static SlippageHistory of(List<ImprovementPlan> reports, RagPolicy policy) {
    List<Slippage> steps = new ArrayList<>();
    for (int i = 1; i < reports.size(); i++) {
      ImprovementPlan a = reports.get(i - 1);
      ImprovementPlan b = reports.get(i);
      if (!a.asAt().isBefore(b.asAt())) {
        throw new IllegalArgumentException(
            "reports must be in date order, but report "
                + i
                + " (as at "
                + b.asAt()
                + ") does not follow report "
                + (i - 1)
                + " (as at "
                + a.asAt()
                + ")");
      }
      steps.add(Slippage.between(a, b, policy));
    }
    return new SlippageHistory(Collections.unmodifiableList(steps));
  }

  /**
   * Gets the steps, one per consecutive pair of reports.
   *
   * @return the steps; not null, unmodifiable
   */
  public List<Slippage> steps() {
    return steps;
  }

  /**
   * Gets the series of one kind of change: how many in each step.
   *
   * @param kind the kind; not null
   * @return the counts, one per step; not null
   */
  public List<Integer> series(ChangeKind kind) {
    List<Integer> out = new ArrayList<>(steps.size());
    for (Slippage s : steps) {
      out.add(s.count(kind));
    }
    return out;
  }

  /**
   * Gets every kind's series.
   *
   * @return the series by kind, in kind order; not null
   */
  public Map<ChangeKind, List<Integer>> allSeries() {
    Map<ChangeKind, List<Integer>> out = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) {
      out.put(k, series(k));
    }
    return out;
  }
}
