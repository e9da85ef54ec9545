package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads the curated 2015 plan shipped in framework-io's resources and checks it against the
 * counts made by hand while transcribing it (docs/curated-plan.md).
 */
class CuratedPlanTest {

  private static final String RESOURCE = "/org/improvementframework/io/plans/plymouth-2015.json";
  private static final String TEXT = resourceText();
  private static final ImprovementPlan PLAN = PlanJson.read(TEXT);

  private static String resourceText() {
    try (InputStream in = CuratedPlanTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void read_curatedPlan_keepsTheHeaderAsTranscribed() {
    assertThat(PLAN.title()).isEqualTo("Children's Services Improvement Monitoring Framework");
    assertThat(PLAN.organisation()).contains("Plymouth City Council");
    assertThat(PLAN.asAt()).isEqualTo(LocalDate.of(2015, 3, 31));
    assertThat(PLAN.period()).isEmpty();
  }

  @Test
  void read_curatedPlan_hasAreasOneToSeventeenInOrder() {
    assertThat(PLAN.areas())
        .extracting(Area::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
  }

  @Test
  void read_curatedPlan_hasTheHandCountedTotals() {
    // Counted by hand from the seed text: 48 action rows, 110 milestones after splitting the
    // unnumbered milestone lists into their separate sentences.
    assertThat(PLAN.actions().count()).isEqualTo(48);
    assertThat(PLAN.milestones().count()).isEqualTo(110);
  }

  // Hand counts per area (area, actions, milestones), from docs/curated-plan.md.
  @ParameterizedTest(name = "area {0}: {1} actions, {2} milestones")
  @CsvSource({
    "1, 4, 10", "2, 3, 5", "3, 3, 3", "4, 2, 5", "5, 2, 5", "6, 5, 21", "7, 1, 1",
    "8, 2, 5", "9, 4, 6", "10, 2, 2", "11, 4, 4", "12, 3, 6", "13, 1, 4", "14, 1, 2",
    "15, 5, 21", "16, 2, 4", "17, 4, 6"
  })
  void read_curatedPlan_areaHasHandCountedActionsAndMilestones(
      int number, int actions, int milestones) {
    Area area = PLAN.areas().get(number - 1);
    assertThat(area.number()).isEqualTo(number);
    assertThat(area.actions()).hasSize(actions);
    assertThat(area.actions().stream().mapToInt(a -> a.milestones().size()).sum())
        .isEqualTo(milestones);
  }

  @Test
  void read_curatedPlan_hasTheHandCountedTargetKinds() {
    Map<TargetKind, Long> kinds =
        PLAN.milestones()
            .collect(Collectors.groupingBy(m -> m.target().kind(), Collectors.counting()));
    assertThat(kinds)
        .containsOnly(
            Map.entry(TargetKind.MONTH, 94L),
            Map.entry(TargetKind.DAY, 8L),
            Map.entry(TargetKind.UNRECOGNISED, 2L),
            Map.entry(TargetKind.NONE, 2L),
            Map.entry(TargetKind.RECURRING, 1L),
            Map.entry(TargetKind.FINANCIAL_YEAR, 1L),
            Map.entry(TargetKind.LIST, 1L),
            Map.entry(TargetKind.OPEN_START, 1L));
  }

  @Test
  void read_curatedPlan_hasTheHandCountedProgress() {
    Map<Progress, Long> progress =
        PLAN.milestones()
            .collect(Collectors.groupingBy(m -> m.status().progress(), Collectors.counting()));
    assertThat(progress)
        .containsOnly(
            Map.entry(Progress.IN_PROGRESS, 57L),
            Map.entry(Progress.NOT_REPORTED, 34L),
            Map.entry(Progress.COMPLETE, 11L),
            Map.entry(Progress.ONGOING, 5L),
            Map.entry(Progress.NOT_STARTED, 3L));
  }

  @Test
  void read_curatedPlan_hasTheHandCountedRags() {
    // 37 amber (Greek, Cyrillic and '4' look-alikes included), 8 green, 3 with an empty RAG cell.
    Map<String, Long> rags =
        PLAN.actions()
            .collect(
                Collectors.groupingBy(
                    a -> a.reportedRag().map(Rag::name).orElse("none"), Collectors.counting()));
    assertThat(rags)
        .containsOnly(Map.entry("AMBER", 37L), Map.entry("GREEN", 8L), Map.entry("none", 3L));
  }

  @Test
  void read_curatedPlan_everyDependencyNamesSomethingInThePlan() {
    assertThat(PLAN.actions().flatMap(a -> a.dependencies().stream()))
        .isNotEmpty()
        .allSatisfy(ref -> assertThat(PLAN.contains(ref)).as("dependency %s", ref).isTrue());
  }

  @Test
  void read_curatedPlan_keepsTheRepairedTargetTextBesideItsReading() {
    Map<String, Milestone> byRef =
        PLAN.milestones().collect(Collectors.toMap(m -> m.ref().toString(), Function.identity()));
    assertThat(byRef.get("1.1.1").target().text()).isEqualTo("March 15");
    assertThat(byRef.get("1.2.2").target().text()).isEqualTo("Feb 15, therafter monthly");
    assertThat(byRef.get("1.2.2").target().kind()).isEqualTo(TargetKind.RECURRING);
    assertThat(byRef.get("10.2.1").target().periods()).hasSize(3);
    assertThat(byRef.get("17.4.3").target().kind()).isEqualTo(TargetKind.OPEN_START);
  }

  @Test
  void read_curatedPlan_area6HasNoLeadAndArea16HasTwo() {
    assertThat(PLAN.areas().get(5).leads()).isEmpty();
    assertThat(PLAN.areas().get(15).leads()).containsExactly("Anne Osborne", "Joy Howick");
  }

  @Test
  void read_curatedPlan_everyAreaAndAmberLookAlikeIsNoted() {
    // Every area carries at least one note on how it was transcribed.
    assertThat(PLAN.areas()).allSatisfy(a -> assertThat(a.notes()).isNotEmpty());
    long lookAlikeNotes =
        PLAN.actions()
            .filter(a -> a.notes().stream().anyMatch(n -> n.startsWith("Repair: RAG cell")))
            .count();
    // 15 Greek alphas, 2 Cyrillic As and 2 '4's were read as A.
    assertThat(lookAlikeNotes).isEqualTo(19);
  }

  @Test
  void readThenWrite_curatedPlan_isByteIdentical() {
    assertThat(PlanJson.write(PLAN)).isEqualTo(TEXT);
  }

  private static Action action(String ref) {
    return PLAN.actions().filter(a -> a.ref().toString().equals(ref)).findFirst().orElseThrow();
  }

  @Test
  void read_curatedPlan_unmatchedStatusTextIsKeptInANote() {
    Action a = action("6.4");
    assertThat(a.milestones())
        .allSatisfy(m -> assertThat(m.status().progress()).isEqualTo(Progress.NOT_REPORTED));
    assertThat(a.notes())
        .anyMatch(
            n ->
                n.contains(
                    "'Complete Complete Complete In progress In progress In progress In progress"
                        + " In progress'"));
  }
}
