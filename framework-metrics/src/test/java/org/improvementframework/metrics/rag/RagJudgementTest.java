package org.improvementframework.metrics.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.improvementframework.metrics.ActionFacts;
import org.improvementframework.metrics.MilestoneClassifier;
import org.improvementframework.metrics.TestPlans;
import org.improvementframework.model.Action;
import org.improvementframework.model.Rag;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class RagJudgementTest {

  @Test
  void property_defaultPolicy_writtenReasonIsTheJudgementOfItsText() {
    RagPolicy policy = RagPolicy.defaults();
    QuickTheory.qt()
        .withExamples(200)
        .forAll(TestPlans.plans(), TestPlans.dates())
        .checkAssert(
            (plan, asOf) -> {
              List<RagJudgement> judged = new ArrayList<>();
              List<RagJudgement> eager = new ArrayList<>();
              for (Action a : (Iterable<Action>) plan.actions()::iterator) {
                ActionFacts f = ActionFacts.of(a, MilestoneClassifier.defaults(), asOf);
                RagJudgement j = policy.judge(f);
                judged.add(j);
                // The first matching rule's reason, written at once.
                eager.add(new RagJudgement(j.rag(), j.rule(), reasonNow(policy, f)));
              }
              // Each reason read only now, after every action was judged.
              for (int i = 0; i < judged.size(); i++) {
                assertThat(judged.get(i)).isEqualTo(eager.get(i)).hasSameHashCodeAs(eager.get(i));
                assertThat(eager.get(i)).isEqualTo(judged.get(i));
                assertThat(judged.get(i)).hasToString(eager.get(i).toString());
              }
            });
  }

  private static String reasonNow(RagPolicy policy, ActionFacts f) {
    for (RagRule rule : policy.rules()) {
      var j = rule.judge(f);
      if (j.isPresent()) {
        return j.get().reason();
      }
    }
    return policy.judge(f).reason();
  }

  @Test
  void ruleOf_writesTheReasonOnceWhenFirstAsked() {
    AtomicInteger writes = new AtomicInteger();
    RagRule rule =
        RagRule.of("any", f -> true, Rag.AMBER, f -> "asked " + writes.incrementAndGet());
    RagJudgement j = rule.judge(facts()).orElseThrow();
    assertThat(writes).hasValue(0);
    assertThat(j.rag()).isEqualTo(Rag.AMBER);
    assertThat(j.reason()).isEqualTo("asked 1");
    assertThat(j).hasToString("RagJudgement[rag=AMBER, rule=any, reason=asked 1]");
    assertThat(writes).hasValue(1);
  }

  @Test
  void reason_aRuleWritingNull_isRefusedWhenAsked() {
    RagRule rule = RagRule.of("null", f -> true, Rag.RED, f -> null);
    RagJudgement j = rule.judge(facts()).orElseThrow();
    assertThatThrownBy(j::reason).isInstanceOf(NullPointerException.class).hasMessage("reason");
  }

  @Test
  void equality_byParts() {
    RagJudgement j = new RagJudgement(Rag.RED, "r", "why");
    assertThat(j)
        .isEqualTo(new RagJudgement(Rag.RED, "r", "why"))
        .hasSameHashCodeAs(new RagJudgement(Rag.RED, "r", "why"))
        .isNotEqualTo(new RagJudgement(Rag.AMBER, "r", "why"))
        .isNotEqualTo(new RagJudgement(Rag.RED, "s", "why"))
        .isNotEqualTo(new RagJudgement(Rag.RED, "r", "other"));
    assertThatThrownBy(() -> new RagJudgement(Rag.RED, "r", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }

  private static ActionFacts facts() {
    Action a = TestPlans.plan(1).actions().findFirst().orElseThrow();
    return ActionFacts.of(a, MilestoneClassifier.defaults(), LocalDate.of(2015, 3, 31));
  }
}
