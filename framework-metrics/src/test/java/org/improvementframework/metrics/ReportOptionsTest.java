package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.rules.PlanRule;
import org.improvementframework.metrics.rules.PlanRules;
import org.improvementframework.model.Rag;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

  @Test
  void defaults_areThirtyDaysDefaultPolicyAndBuiltInRules() {
    ReportOptions o = ReportOptions.defaults();
    assertThat(o.classifier().dueWindowDays()).isEqualTo(30);
    assertThat(o.ragPolicy()).isSameAs(RagPolicy.defaults());
    assertThat(o.rules()).isEqualTo(PlanRules.defaults());
  }

  @Test
  void withers_returnCopiesAndLeaveTheOriginal() {
    PlanRule none = c -> List.of();
    RagPolicy blue = RagPolicy.standard(Rag.BLUE, 7);
    ReportOptions o =
        ReportOptions.defaults()
            .withClassifier(MilestoneClassifier.withDueWindow(14))
            .withRagPolicy(blue)
            .withRule(none);
    assertThat(o.classifier().dueWindowDays()).isEqualTo(14);
    assertThat(o.ragPolicy()).isSameAs(blue);
    assertThat(o.rules()).hasSize(PlanRules.defaults().size() + 1).last().isSameAs(none);
    assertThat(o.withRules(List.of()).rules()).isEmpty();
    assertThat(ReportOptions.defaults().classifier().dueWindowDays()).isEqualTo(30);
  }

  @Test
  void withers_rejectNullNamingTheParameter() {
    assertThatThrownBy(() -> ReportOptions.defaults().withRule(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> ReportOptions.defaults().withRagPolicy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }
}
