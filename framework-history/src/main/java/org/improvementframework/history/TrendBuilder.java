package org.improvementframework.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.improvementframework.metrics.MonthlyReport;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.StateCounts;
import org.improvementframework.metrics.rag.RagJudgement;
import org.improvementframework.metrics.rules.Finding;
import org.improvementframework.metrics.rules.Severity;
import org.improvementframework.metrics.slippage.Change;
import org.improvementframework.metrics.slippage.ChangeKind;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Rag;

/**
 * Folds reports, one at a time in date order, into a trend. Only the previous report is kept, so
 * a store can stream a long history through it.
 */
final class TrendBuilder {

  private final ReportOptions options;
  private ImprovementPlan previous;
  private final List<TrendPoint> plan = new ArrayList<>();
  private final Map<AreaRef, List<TrendPoint>> areas = new TreeMap<>();
  private final Map<String, List<TrendPoint>> leads = new TreeMap<>();
  private final Map<MilestoneRef, List<DeadlineMove>> moves = new TreeMap<>();

  TrendBuilder(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  void add(ImprovementPlan report) {
    Objects.requireNonNull(report, "report");
    if (previous != null && !previous.asAt().isBefore(report.asAt())) {
      throw new IllegalArgumentException(
          "reports must have distinct dates in increasing order,"
              + " but "
              + report.asAt()
              + " follows "
              + previous.asAt());
    }
    MonthlyReport r = MonthlyReport.of(report, report.asAt(), options);
    Map<AreaRef, Colours> byArea = new LinkedHashMap<>();
    for (Area area : report.areas()) {
      Colours c = new Colours();
      for (Action action : area.actions()) {
        action.reportedRag().ifPresent(rag -> c.reported.merge(rag, 1L, Long::sum));
        RagJudgement j = r.rag().actions().get(action.ref());
        if (j != null) {
          c.derived.merge(j.rag(), 1L, Long::sum);
        }
      }
      byArea.put(area.ref(), c);
    }
    Colours whole = new Colours();
    for (Finding f : r.findings()) {
      whole.findings.merge(f.severity(), 1L, Long::sum);
      f.ref()
          .map(ref -> byArea.get(ref.area()))
          .ifPresent(c -> c.findings.merge(f.severity(), 1L, Long::sum));
    }
    Map<String, Colours> byLead = new TreeMap<>();
    for (Area area : report.areas()) {
      Colours c = byArea.get(area.ref());
      whole.addColours(c);
      for (String lead : area.leads()) {
        byLead.computeIfAbsent(lead, k -> new Colours()).addAll(c);
      }
    }
    plan.add(whole.point(report, r.states()));
    byArea.forEach(
        (ref, c) ->
            areas
                .computeIfAbsent(ref, k -> new ArrayList<>())
                .add(c.point(report, r.progress().byArea().get(ref))));
    byLead.forEach(
        (lead, c) ->
            leads
                .computeIfAbsent(lead, k -> new ArrayList<>())
                .add(c.point(report, r.progress().byLead().get(lead))));
    if (previous != null) {
      addMoves(Slippage.between(previous, report, options.ragPolicy()), report);
    }
    previous = report;
  }

  private void addMoves(Slippage slippage, ImprovementPlan report) {
    for (Change c : slippage.changes()) {
      if ((c.kind() == ChangeKind.DEADLINE_LATER || c.kind() == ChangeKind.DEADLINE_EARLIER)
          && c.ref() instanceof MilestoneRef ref) {
        moves
            .computeIfAbsent(ref, k -> new ArrayList<>())
            .add(new DeadlineMove(report.asAt(), c.before(), c.after(), c.days()));
      }
    }
  }

  Trend build() {
    Map<MilestoneRef, DeadlineHistory> deadlines = new LinkedHashMap<>();
    moves.forEach((ref, list) -> deadlines.put(ref, new DeadlineHistory(ref, list)));
    return new Trend(plan, areas, leads, deadlines);
  }

  /** The counts by colour and severity of one scope on one date, being added up. */
  private static final class Colours {
    final Map<Rag, Long> reported = new EnumMap<>(Rag.class);
    final Map<Rag, Long> derived = new EnumMap<>(Rag.class);
    final Map<Severity, Long> findings = new EnumMap<>(Severity.class);

    void addColours(Colours other) {
      other.reported.forEach((k, v) -> reported.merge(k, v, Long::sum));
      other.derived.forEach((k, v) -> derived.merge(k, v, Long::sum));
    }

    void addAll(Colours other) {
      addColours(other);
      other.findings.forEach((k, v) -> findings.merge(k, v, Long::sum));
    }

    TrendPoint point(ImprovementPlan report, StateCounts counts) {
      return new TrendPoint(
          report.asAt(), counts == null ? StateCounts.zero() : counts, reported, derived, findings);
    }
  }
}
