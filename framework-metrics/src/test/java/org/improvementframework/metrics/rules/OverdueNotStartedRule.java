package org.improvementframework.metrics.rules;

import java.util.ArrayList;
import java.util.List;
import org.improvementframework.metrics.DatedMilestone;
import org.improvementframework.model.Progress;

/**
 * A council's own rule, the one docs/metrics.md shows: a milestone past its deadline that has
 * not even started is worth a board's question, whatever the resolution says.
 */
final class OverdueNotStartedRule implements PlanRule {

  @Override
  public List<Finding> check(PlanContext context) {
    List<Finding> out = new ArrayList<>();
    context
        .plan()
        .actions()
        .forEach(
            action -> {
              for (DatedMilestone d : context.facts(action).overdue()) {
                Progress p = d.milestone().status().progress();
                if (p == Progress.NOT_STARTED || p == Progress.NOT_REPORTED) {
                  out.add(
                      Finding.of(
                          "overdue-not-started",
                          Severity.WARNING,
                          d.milestone().ref(),
                          "milestone "
                              + d.milestone().ref()
                              + " is "
                              + d.daysOverdue()
                              + " days overdue and has not started"));
                }
              }
            });
    return out;
  }
}
