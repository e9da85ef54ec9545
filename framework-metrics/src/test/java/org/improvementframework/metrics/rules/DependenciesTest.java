package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The dependencies held as numbers are every action's references, in plan order and in the order
 * written: same action, kinds, numbers and text, and the index finds them as the plan does.
 */
class DependenciesTest {

  @Test
  void property_numbers_areWhatEachDependencyNames() {
    qt().withExamples(300)
        .forAll(
            TestPlans.plans().mix(SourceDSL.longs().all().map(DependencyCyclesTest::dense)),
            TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              PlanContext c =
                  PlanContext.of(plan, asOf, MilestoneClassifier.defaults(), RagPolicy.defaults());
              Dependencies d = c.dependencies();
              List<Action> actions = plan.actions().toList();
              int i = 0;
              for (int p = 0; p < actions.size(); p++) {
                Action a = actions.get(p);
                for (Reference r : a.dependencies()) {
                  assertThat(d.from(i)).isEqualTo(p);
                  assertThat(d.fromRef(i)).isEqualTo(a.ref());
                  assertThat(d.fromArea(i)).isEqualTo(a.ref().area().number());
                  assertThat(d.area(i)).isEqualTo(r.area().number());
                  assertThat(d.text(i)).isEqualTo("action " + a.ref() + " depends on " + kind(r));
                  assertThat(c.index().contains(d, i)).isEqualTo(plan.contains(r));
                  if (r instanceof AreaRef) {
                    assertThat(d.kind(i)).isEqualTo(Dependencies.AREA);
                  } else if (r instanceof ActionRef ar) {
                    assertThat(d.kind(i)).isEqualTo(Dependencies.ACTION);
                    assertThat(d.action(i)).isEqualTo(ar.number());
                  } else {
                    MilestoneRef m = (MilestoneRef) r;
                    assertThat(d.kind(i)).isEqualTo(Dependencies.MILESTONE);
                    assertThat(d.action(i)).isEqualTo(m.action().number());
                    assertThat(d.milestone(i)).isEqualTo(m.number());
                  }
                  i++;
                }
              }
              assertThat(d.size()).isEqualTo(i);
            });
  }

  private static String kind(Reference r) {
    String kind = r instanceof AreaRef ? "area" : r instanceof ActionRef ? "action" : "milestone";
    return kind + " " + r;
  }
}
