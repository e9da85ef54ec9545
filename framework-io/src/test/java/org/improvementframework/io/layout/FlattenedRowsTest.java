package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.ReadResult;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.junit.jupiter.api.Test;

/** A plan copied out of a PDF, one table cell per line, read back through {@link PlanTables}. */
class FlattenedRowsTest {

  private static final String RESOURCE = "pdf-flattened-plan.txt";

  private static String text() throws IOException {
    try (InputStream in = FlattenedRowsTest.class.getResourceAsStream(RESOURCE)) {
      return new String(
          Objects.requireNonNull(in, RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ReadResult<ImprovementPlan> read(String text) {
    return PlanTables.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        LayoutOptions.defaults().withSource("plan.txt"));
  }

  @Test
  void read_pdfCopy_rebuildsAreasActionsAndMilestones() throws IOException {
    ImprovementPlan plan = read(text()).value();

    assertThat(plan.title()).isEqualTo("Northmoor Children's Services Improvement Plan");
    assertThat(plan.asAt()).hasToString("2016-06-30");
    assertThat(plan.areas()).extracting(Area::number).containsExactly(1, 2);
    assertThat(plan.areas().get(0).title()).isEqualTo("Timely visits to children in care");
    assertThat(plan.areas().get(1).title()).isEqualTo("Planning for permanence");
    assertThat(plan.areas().get(0).leads()).containsExactly("Kit Lowe", "Sam Ortiz");
    assertThat(plan.areas().get(1).leads())
        .containsExactly("Dee Farrow", "Head of Learning", "Al Reyes");

    List<Action> actions = new ArrayList<>();
    plan.areas().forEach(a -> actions.addAll(a.actions()));
    assertThat(actions)
        .extracting(a -> a.ref().toString())
        .containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(actions)
        .extracting(Action::description)
        .containsExactly(
            "Introduce a visit rota for every social work team",
            "Audit the timeliness of visits",
            "Train team managers in permanence planning",
            "Review every plan older than six months");
    assertThat(actions)
        .extracting(a -> a.reportedRag().orElse(null))
        .containsExactly(Rag.GREEN, Rag.AMBER, Rag.RED, null);

    List<Milestone> milestones = new ArrayList<>();
    actions.forEach(a -> milestones.addAll(a.milestones()));
    assertThat(milestones).hasSize(4);
    assertThat(milestones)
        .extracting(m -> m.target().text())
        .containsExactly("30/06/2016", "Sep-16", "Oct-16", "TBC");
    assertThat(milestones)
        .extracting(m -> m.status().progress())
        .containsExactly(
            Progress.COMPLETE, Progress.IN_PROGRESS, Progress.NOT_STARTED, Progress.NOT_STARTED);
    assertThat(milestones.get(1).status().text())
        .isEqualTo("In progress, first audit sample drawn");
  }

  @Test
  void read_pdfCopy_dropsNoWord() throws IOException {
    String text = text();
    ReadResult<ImprovementPlan> result = read(text);

    assertThat(Words.dropped(text, result, List.of())).isEmpty();
    assertThat(result.warnings())
        .anySatisfy(w -> assertThat(w.problem()).contains("one table cell per line"))
        .anySatisfy(w -> assertThat(w.text()).isEqualTo("Page 1 of 2"))
        .anySatisfy(w -> assertThat(w.text()).isEqualTo("permanence"));
  }

  @Test
  void isFlattened_onlyForLinesHoldingBareReferences() {
    assertThat(FlattenedRows.isFlattened("Plan\n1.1\nDo it\n1.2\nDo more\n")).isTrue();
    assertThat(FlattenedRows.isFlattened("Ref,Action\n1.1,Do it\n1.2,Do more\n")).isFalse();
    assertThat(FlattenedRows.isFlattened("Ref\tAction\n1.1\n1.2\n")).isFalse();
    assertThat(FlattenedRows.isFlattened("Plan\n1.1\nDo it\n")).isFalse();
  }

  /**
   * However many actions, and whichever of them have their text wrapped over two lines, each
   * action comes back with its number, its whole text and its date.
   */
  @Test
  void read_flattenedActions_comeBackWhateverTheWrapping() {
    qt().withExamples(40)
        .forAll(integers().between(2, 6), integers().between(0, 63))
        .checkAssert(
            (count, wrapped) -> {
              StringBuilder sb = new StringBuilder("Plan of Eastfold - May 2017\n");
              sb.append("AREA FOR IMPROVEMENT 1: Early help\n");
              for (int i = 1; i <= count; i++) {
                sb.append("1.").append(i).append('\n');
                sb.append("Hold review meeting number ").append(i);
                sb.append((wrapped >> (i - 1) & 1) == 1 ? "\nwith partners\n" : "\n");
                sb.append("Jo Marsh\n").append(i).append("/05/2017\nIn progress\n");
              }
              ImprovementPlan plan = read(sb.toString()).value();
              List<Action> actions = plan.areas().get(0).actions();
              assertThat(actions).hasSize(count);
              for (int i = 1; i <= count; i++) {
                Action a = actions.get(i - 1);
                assertThat(a.ref()).hasToString("1." + i);
                assertThat(a.description())
                    .isEqualTo(
                        "Hold review meeting number "
                            + i
                            + ((wrapped >> (i - 1) & 1) == 1 ? " with partners" : ""));
                assertThat(a.milestones().get(0).target().text()).isEqualTo(i + "/05/2017");
              }
            });
  }
}
