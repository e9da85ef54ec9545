package org.improvementframework.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

class BuildPlanInCodeTest {

  @Test
  void plan_roundTripsThroughJson() {
    ImprovementPlan plan = BuildPlanInCode.plan();

    assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    assertThat(plan.areas()).hasSize(2);
    assertThat(plan.milestones()).hasSize(5);
  }

  @Test
  void summary_asAtReportingDate_namesTheOverdueMilestoneAndTheKindRag() {
    ImprovementPlan plan = BuildPlanInCode.plan();

    List<String> lines = BuildPlanInCode.summary(plan, plan.asAt());

    // 1.1.1 complete; 1.1.2 due 28 February, 31 days late; 1.2.1 due in April (within 30
    // days); 2.1.1 TBC; 2.1.2 due in June.
    assertThat(lines)
        .containsExactly(
            "Children's Services Improvement Plan as of 2015-03-31: "
                + "complete=1 overdue=1 due=1 notDue=1 undated=1",
            "overdue 1.1.2 by 31 days: Ten posts filled",
            "action 1.2 reported GREEN but 1 milestone is due within the window but not started "
                + "(AMBER)");
  }

  @Test
  void summary_beforeAnythingIsDue_hasNothingOverdue() {
    List<String> lines = BuildPlanInCode.summary(BuildPlanInCode.plan(), LocalDate.of(2014, 12, 1));

    assertThat(lines).noneMatch(l -> l.startsWith("overdue "));
  }

  @Test
  void main_printsTheJsonThenTheSummary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      BuildPlanInCode.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .startsWith(PlanJson.write(BuildPlanInCode.plan()))
        .endsWith("(AMBER)" + System.lineSeparator());
  }
}
