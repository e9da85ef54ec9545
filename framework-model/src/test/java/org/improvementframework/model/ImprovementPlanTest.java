package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImprovementPlanTest {

  private static final LocalDate AS_AT = LocalDate.of(2015, 3, 31);

  static Milestone milestone(String ref) {
    return Milestone.builder().ref(MilestoneRef.parse(ref)).description("Step " + ref).build();
  }

  static Action action(String ref, Milestone... milestones) {
    return Action.builder()
        .ref(ActionRef.parse(ref))
        .description("Action " + ref)
        .addMilestones(milestones)
        .build();
  }

  static Area area(int number, Action... actions) {
    return Area.builder()
        .ref(AreaRef.of(number))
        .title("Area " + number)
        .addActions(actions)
        .build();
  }

  static ImprovementPlan plan(Area... areas) {
    return ImprovementPlan.builder().title("Improvement plan").asAt(AS_AT).addAreas(areas).build();
  }

  @Test
  void build_anyGeneratedParts_succeedsExactlyWhenValidElseThrowsIllegalArgument() {
    qt().withExamples(Examples.orUsual(1500))
        .forAll(PlanParts.mixedPlans())
        .checkAssert(
            parts -> {
              Throwable thrown = catchThrowable(() -> PlanParts.build(parts));
              if (PlanParts.isValid(parts)) {
                assertThat(thrown).isNull();
              } else {
                assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
                assertThat(thrown.getMessage()).isNotBlank();
              }
            });
  }

  @Test
  void build_sameParts_givesEqualPlansWithEqualHashes() {
    qt().withExamples(Examples.orUsual(300))
        .forAll(PlanParts.validPlans())
        .checkAssert(
            parts -> {
              ImprovementPlan a = PlanParts.build(parts);
              ImprovementPlan b = PlanParts.build(parts);
              assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
              assertThat(a.withTitle(a.title() + " (copy)")).isNotEqualTo(b);
            });
  }

  @Test
  void build_validParts_everyReferenceIsUniqueAndWithinItsParent() {
    qt().withExamples(Examples.orUsual(300))
        .forAll(PlanParts.validPlans())
        .checkAssert(
            parts -> {
              ImprovementPlan plan = PlanParts.build(parts);
              List<Reference> refs =
                  plan.areas().stream().map(a -> (Reference) a.ref()).collect(Collectors.toList());
              plan.actions().forEach(a -> refs.add(a.ref()));
              plan.milestones().forEach(m -> refs.add(m.ref()));
              assertThat(refs).doesNotHaveDuplicates();
              plan.milestones().forEach(m -> assertThat(plan.milestone(m.ref())).contains(m));
              plan.actions().forEach(a -> assertThat(plan.contains(a.ref())).isTrue());
            });
  }

  @Test
  void build_areasOutOfOrder_isRejectedNamingBothNumbers() {
    assertThatThrownBy(() -> plan(area(3), area(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("areas must be in increasing number order, but area 2 follows area 3");
  }

  @Test
  void build_areaTwice_isRejected() {
    assertThatThrownBy(() -> plan(area(2), area(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 2 follows area 2");
  }

  @Test
  void build_blankTitle_isRejectedNamingField() {
    assertThatThrownBy(() -> ImprovementPlan.builder().title(" ").asAt(AS_AT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan title must not be blank, but was ' '");
  }

  @Test
  void build_blankOrganisationOrNote_isRejectedNamingField() {
    assertThatThrownBy(
            () -> ImprovementPlan.builder().title("P").organisation("").asAt(AS_AT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan organisation");
    assertThatThrownBy(
            () -> ImprovementPlan.builder().title("P").asAt(AS_AT).addNotes("a", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan notes[1]");
  }

  @Test
  void build_nulls_areRejectedNamingTheField() {
    assertThatThrownBy(() -> ImprovementPlan.builder().title(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(() -> ImprovementPlan.builder().asAt(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asAt");
    assertThatThrownBy(() -> ImprovementPlan.builder().addAreas((Area) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("areas");
    assertThatThrownBy(() -> ImprovementPlan.builder().addNotes((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("notes");
  }

  @Test
  void build_missingRequired_isRejectedNamingIt() {
    assertThatThrownBy(() -> ImprovementPlan.builder().title("P").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asAt");
  }

  @Test
  void builder_isStrict_settingTwiceIsRejected() {
    assertThatThrownBy(() -> ImprovementPlan.builder().title("P").title("Q"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void navigation_findsAreasActionsAndMilestonesByReference() {
    Milestone m = milestone("2.1.3");
    ImprovementPlan plan = plan(area(1), area(2, action("2.1", milestone("2.1.1"), m)));

    assertThat(plan.milestone(MilestoneRef.parse("2.1.3"))).contains(m);
    assertThat(plan.action(ActionRef.parse("2.1")).map(Action::description)).contains("Action 2.1");
    assertThat(plan.area(AreaRef.of(1)).map(Area::title)).contains("Area 1");
    assertThat(plan.milestone(MilestoneRef.parse("2.1.4"))).isEmpty();
    assertThat(plan.contains(Reference.parse("2.1.1"))).isTrue();
    assertThat(plan.contains(Reference.parse("3"))).isFalse();
    assertThat(plan.actions()).hasSize(1);
    assertThat(plan.milestones())
        .extracting(x -> x.ref().toString())
        .containsExactly("2.1.1", "2.1.3");
  }

  @Test
  void navigation_null_throwsNullPointerNamingRef() {
    ImprovementPlan plan = plan(area(1));

    assertThatThrownBy(() -> plan.area(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
    assertThatThrownBy(() -> plan.action(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
    assertThatThrownBy(() -> plan.milestone(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
    assertThatThrownBy(() -> plan.contains(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
  }

  @Test
  void with_changesOneAttributeAndChecksLikeABuild() {
    ImprovementPlan plan = plan(area(1), area(2));

    assertThat(plan.withAsAt(LocalDate.of(2015, 4, 30)).asAt())
        .isEqualTo(LocalDate.of(2015, 4, 30));
    assertThat(plan.withAsAt(LocalDate.of(2015, 4, 30)).areas()).isEqualTo(plan.areas());
    assertThat(plan.asAt()).isEqualTo(AS_AT);
    assertThatThrownBy(() -> plan.withAreas(area(2), area(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area 1 follows area 2");
    assertThatThrownBy(() -> plan.withTitle(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan title");
  }

  @Test
  void lists_areUnmodifiable() {
    ImprovementPlan plan = plan(area(1));

    assertThatThrownBy(() -> plan.areas().add(area(2)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equality_isStructural() {
    ImprovementPlan a = plan(area(1, action("1.1", milestone("1.1.1"))));
    ImprovementPlan b = plan(area(1, action("1.1", milestone("1.1.1"))));

    assertThat(a)
        .isEqualTo(b)
        .hasSameHashCodeAs(b)
        .isNotEqualTo(plan(area(1, action("1.1", milestone("1.1.2")))))
        .isNotEqualTo(b.withOrganisation("Plymouth City Council"));
  }
}
