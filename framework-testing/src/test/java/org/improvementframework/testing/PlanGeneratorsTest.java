package org.improvementframework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetContext;
import org.improvementframework.model.TargetKind;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanGeneratorsTest {

  @Test
  void plans_sameSeed_givesEqualPlans() {
    ImprovementPlan a = PlanGenerators.plans().generate(SeededRandomness.of(20150331L));
    ImprovementPlan b = PlanGenerators.plans().generate(SeededRandomness.of(20150331L));
    assertThat(a).isEqualTo(b);
    assertThat(PlanGenerators.plans().samples(5).limit(20).collect(Collectors.toList()))
        .isEqualTo(PlanGenerators.plans().samples(5).limit(20).collect(Collectors.toList()));
  }

  @Test
  void plans_differentSeeds_giveDifferentPlans() {
    List<ImprovementPlan> plans =
        List.of(1L, 2L, 3L, 4L).stream()
            .map(seed -> PlanGenerators.plans().generate(SeededRandomness.of(seed)))
            .collect(Collectors.toList());
    assertThat(plans).doesNotHaveDuplicates();
  }

  /**
   * The model checks its invariants when a plan is built, so a plan that exists keeps them;
   * this test checks them again from outside, and that a plan rebuilt from its parts is equal.
   */
  @Test
  void plans_tenThousandSamples_keepInvariantsShapeAndPlanRules() {
    PlanShape shape = PlanShape.defaults();
    List<String> problems = new ArrayList<>();
    int[] seen = new int[1];
    // Plain checks, collected, rather than an assertion per element: 10^4 plans stay fast.
    PlanGenerators.plans()
        .samples(7)
        .limit(10_000)
        .forEach(
            plan -> {
              seen[0]++;
              String p = "plan " + seen[0] + ": ";
              if (!within(plan.areas().size(), shape.minAreas(), shape.maxAreas())
                  || plan.asAt().isBefore(shape.earliestAsAt())
                  || plan.asAt().isAfter(shape.latestAsAt())) {
                problems.add(p + "out of shape");
              }
              int previous = 0;
              for (Area area : plan.areas()) {
                if (area.number() != previous + 1
                    || area.title().isBlank()
                    || !within(
                        area.actions().size(),
                        shape.minActionsPerArea(),
                        shape.maxActionsPerArea())) {
                  problems.add(p + "area " + area.ref());
                }
                previous = area.number();
                for (int i = 0; i < area.actions().size(); i++) {
                  Action action = area.actions().get(i);
                  if (!action.ref().equals(area.ref().action(i + 1))
                      || !within(
                          action.milestones().size(),
                          shape.minMilestonesPerAction(),
                          shape.maxMilestonesPerAction())) {
                    problems.add(p + "action " + action.ref());
                  }
                  for (int j = 0; j < action.milestones().size(); j++) {
                    Milestone m = action.milestones().get(j);
                    if (!m.ref().equals(action.ref().milestone(j + 1))
                        || m.description().isBlank()) {
                      problems.add(p + "milestone " + m.ref());
                    }
                  }
                }
              }
              if (!KnownRules.broken(plan).isEmpty()) {
                problems.add(p + "breaks " + KnownRules.broken(plan));
              }
            });
    assertThat(seen[0]).isEqualTo(10_000);
    assertThat(problems).isEmpty();
  }

  private static boolean within(int n, int min, int max) {
    return n >= min && n <= max;
  }

  @Test
  void plans_rebuiltFromParts_areEqual() {
    PlanGenerators.plans()
        .samples(8)
        .limit(200)
        .forEach(plan -> assertThat(Contracts.copy(plan)).isEqualTo(plan).isNotSameAs(plan));
  }

  @Test
  void plans_targetsLieNearThePlanPeriod() {
    PlanGenerators.plans()
        .samples(9)
        .limit(500)
        .forEach(
            plan -> {
              LocalDate earliest = plan.asAt().minusMonths(19);
              LocalDate latest = plan.asAt().plusYears(3);
              plan.milestones()
                  .flatMap(m -> m.target().periods().stream())
                  .forEach(
                      p -> {
                        assertThat(p.start()).isAfter(earliest.minusYears(1));
                        assertThat(p.end()).isBefore(latest);
                      });
              plan.period().ifPresent(p -> assertThat(p.contains(plan.asAt())).isTrue());
            });
  }

  @Test
  void plans_lookLikeCouncilsPlans_mostlyAmberAFewOverdue() {
    Map<Rag, Integer> rags = new EnumMap<>(Rag.class);
    int[] milestones = new int[1];
    int[] overdue = new int[1];
    int[] past = new int[1];
    PlanGenerators.plans()
        .samples(10)
        .limit(1000)
        .forEach(
            plan -> {
              plan.actions()
                  .forEach(a -> a.reportedRag().ifPresent(r -> rags.merge(r, 1, Integer::sum)));
              plan.milestones()
                  .forEach(
                      m -> {
                        milestones[0]++;
                        if (m.target()
                            .deadline(plan.asAt())
                            .map(d -> d.isBefore(plan.asAt()))
                            .orElse(false)) {
                          past[0]++;
                          overdue[0] += KnownRules.isOverdue(m, plan) ? 1 : 0;
                        }
                      });
              assertThat(plan.areas())
                  .allSatisfy(
                      a ->
                          assertThat(a.leads())
                              .allMatch(lead -> lead.matches("[A-Z][a-z]+ [A-Z][a-z]+")));
            });
    int rated = rags.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(rags.get(Rag.AMBER)).isGreaterThan(rated / 2);
    assertThat(rags.get(Rag.AMBER)).isGreaterThan(rags.get(Rag.GREEN));
    assertThat(rags.get(Rag.GREEN)).isGreaterThan(rags.get(Rag.RED));
    assertThat(overdue[0]).isPositive().isLessThan(past[0] / 4);
    assertThat(past[0]).isGreaterThan(milestones[0] / 10);
  }

  @Test
  void plans_exactShape_hasExactlyThatManyMilestones() {
    ImprovementPlan plan =
        PlanGenerators.plans(PlanShape.exactly(3, 4, 5)).generate(SeededRandomness.of(1));
    assertThat(plan.areas()).hasSize(3);
    assertThat(plan.actions().count()).isEqualTo(12);
    assertThat(plan.milestones().count()).isEqualTo(60);
  }

  @Test
  void plans_largeShape_hasOneHundredThousandMilestones() {
    ImprovementPlan plan =
        PlanGenerators.plans(PlanShape.exactly(100, 100, 10)).generate(SeededRandomness.of(2));
    assertThat(plan.milestones().count()).isEqualTo(100_000);
    assertThat(plan.areas().get(99).number()).isEqualTo(100);
  }

  @Test
  void plans_emptyShape_givesPlanWithoutAreas() {
    ImprovementPlan plan =
        PlanGenerators.plans(PlanShape.exactly(0, 0, 0)).generate(SeededRandomness.of(3));
    assertThat(plan.areas()).isEmpty();
    assertThat(plan.title()).isNotBlank();
  }

  @Test
  void plans_asAtWindow_isKept() {
    LocalDate day = LocalDate.of(2016, 7, 14);
    PlanShape shape = PlanShape.builder().asAtBetween(day, day).build();
    PlanGenerators.plans(shape)
        .samples(4)
        .limit(50)
        .forEach(plan -> assertThat(plan.asAt()).isEqualTo(day));
  }

  @Test
  void plans_nullShape_isRejected() {
    assertThatThrownBy(() -> PlanGenerators.plans(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shape");
  }

  @Test
  void targets_coverEveryKind() {
    Set<TargetKind> kinds =
        PlanGenerators.targets()
            .samples(11)
            .limit(2000)
            .map(Target::kind)
            .collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrder(TargetKind.values());
  }

  @ParameterizedTest
  @EnumSource(TargetKind.class)
  void targetsOfKind_areOfThatKind_orAMonthWhereTheKindCannotFallThen(TargetKind kind) {
    PlanGenerators.targets(kind)
        .samples(12)
        .limit(300)
        .forEach(
            t -> {
              if (kind == TargetKind.SEASON || kind == TargetKind.TERM) {
                assertThat(t.kind()).isIn(kind, TargetKind.MONTH);
              } else {
                assertThat(t.kind()).isEqualTo(kind);
              }
              assertThat(t.text().isBlank()).isEqualTo(kind == TargetKind.NONE);
            });
  }

  @Test
  void targets_monthTexts_areInCouncilForms() {
    List<String> texts =
        PlanGenerators.targets(TargetKind.MONTH)
            .samples(13)
            .limit(400)
            .map(Target::text)
            .collect(Collectors.toList());
    assertThat(texts)
        .allMatch(
            t ->
                t.matches(
                    "[A-Z][a-z]{2}-\\d{2}|[A-Z][a-z]+ \\d{4}|[A-Z][a-z]+ \\d{2}|[A-Z][a-z]{2}"
                        + " \\d{2}"));
    assertThat(texts).anyMatch(t -> t.matches("[A-Z][a-z]{2}-\\d{2}"));
    assertThat(texts).anyMatch(t -> t.matches("[A-Z][a-z]+ \\d{4}"));
  }

  @Test
  void targets_monthText_namesTheMonthOfItsPeriod() {
    PlanGenerators.targets(TargetKind.MONTH)
        .samples(14)
        .limit(400)
        .forEach(
            t -> {
              DateRange p = t.periods().get(0);
              String month = Vocabulary.SHORT_MONTHS.get(p.start().getMonthValue() - 1);
              String yy = String.format("%02d", p.start().getYear() % 100);
              assertThat(t.text()).startsWith(month).endsWith(yy);
            });
  }

  /** The text of every generated target reads back, through the model's reader, to its reading. */
  @Test
  void targets_readBack_giveTheSameTarget() {
    qt().withFixedSeed(15)
        .withExamples(3000)
        .forAll(QuickTheoriesGen.of(PlanGenerators.targets()))
        .checkAssert(
            t ->
                assertThat(Target.read(t.text(), TargetContext.none()))
                    .as("reading of '%s'", t.text())
                    .isEqualTo(t));
  }

  @ParameterizedTest
  @EnumSource(
      value = TargetKind.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"UNRECOGNISED", "NONE"})
  void targetsOfKind_parseStrictly_toTheSameTarget(TargetKind kind) {
    PlanGenerators.targets(kind)
        .samples(15)
        .limit(300)
        .forEach(
            t -> assertThat(Target.parse(t.text())).as("parse of '%s'", t.text()).isEqualTo(t));
  }

  @Test
  void statuses_wordsReadBackToTheirProgress() {
    Set<Progress> seen = new HashSet<>();
    PlanGenerators.statuses()
        .samples(16)
        .limit(500)
        .forEach(
            s -> {
              seen.add(s.progress());
              assertThat(Status.parse(s.text()).progress())
                  .as("'%s'", s.text())
                  .isEqualTo(s.progress());
            });
    assertThat(seen).containsExactlyInAnyOrder(Progress.values());
  }

  @Test
  void rags_areMostlyAmber() {
    Map<Rag, Long> counts =
        PlanGenerators.rags()
            .samples(17)
            .limit(1000)
            .collect(
                Collectors.groupingBy(
                    r -> r, () -> new EnumMap<>(Rag.class), Collectors.counting()));
    assertThat(counts).containsOnlyKeys(Rag.values());
    assertThat(counts.get(Rag.AMBER)).isGreaterThan(400);
  }

  @Test
  void references_areWithinTheirRanges_andReadBack() {
    PlanGenerators.references()
        .samples(18)
        .limit(500)
        .forEach(
            ref -> {
              assertThat(Reference.parse(ref.toString())).isEqualTo(ref);
              assertThat(ref.area().number()).isBetween(1, 17);
            });
    PlanGenerators.milestoneRefs()
        .samples(19)
        .limit(200)
        .forEach(m -> assertThat(MilestoneRef.parse(m.toString())).isEqualTo(m));
  }

  @Test
  void areasAndActions_onTheirOwn_keepPlanRules() {
    PlanGenerators.areas()
        .samples(20)
        .limit(300)
        .forEach(
            area -> {
              assertThat(area.leads()).isNotEmpty();
              assertThat(area.actions()).isNotEmpty();
              area.actions()
                  .forEach(
                      a -> assertThat(a.dependencies()).allMatch(d -> d.compareTo(a.ref()) < 0));
            });
    PlanGenerators.actions()
        .samples(21)
        .limit(300)
        .forEach(
            action -> {
              assertThat(action.milestones()).isNotEmpty();
              assertThat(action.dependencies()).allMatch(d -> d.compareTo(action.ref()) < 0);
            });
  }

  @Test
  void milestones_onTheirOwn_haveTextAndTarget() {
    List<Milestone> list =
        PlanGenerators.milestones().samples(22).limit(300).collect(Collectors.toList());
    assertThat(list).allMatch(m -> !m.description().isBlank());
    assertThat(list).anyMatch(m -> m.target().kind() == TargetKind.MONTH);
  }

  @Test
  void indicators_haveObservationsWithMarkersSometimes() {
    List<Indicator> list =
        PlanGenerators.indicators().samples(23).limit(500).collect(Collectors.toList());
    List<IndicatorValue> values = new ArrayList<>();
    list.forEach(i -> i.observations().forEach(o -> values.add(o.value())));
    assertThat(values)
        .anyMatch(v -> v.marker().equals(Optional.of(IndicatorValue.Marker.SUPPRESSED)));
    assertThat(values)
        .anyMatch(v -> v.marker().equals(Optional.of(IndicatorValue.Marker.NOT_AVAILABLE)));
    assertThat(values.stream().filter(IndicatorValue::isNumber).count())
        .isGreaterThan(values.size() * 3L / 4);
    list.forEach(
        i -> {
          List<Observation> obs = i.observations();
          for (int k = 1; k < obs.size(); k++) {
            assertThat(obs.get(k).period().start()).isAfter(obs.get(k - 1).period().end());
          }
          if (i.unit() == Indicator.Unit.PERCENTAGE) {
            obs.forEach(
                o ->
                    o.value()
                        .number()
                        .ifPresent(n -> assertThat(n.doubleValue()).isBetween(0.0, 100.0)));
          }
        });
  }

  @Test
  void indicatorValues_readBackFromTheirText() {
    PlanGenerators.indicatorValues()
        .samples(24)
        .limit(500)
        .forEach(v -> assertThat(IndicatorValue.parse(v.toString())).isEqualTo(v));
  }

  @Test
  void measures_observationsAndPeriods_generate() {
    assertThat(PlanGenerators.measures().samples(25).limit(300))
        .anyMatch(m -> m.indicator().isPresent())
        .anyMatch(m -> m.indicator().isEmpty());
    assertThat(PlanGenerators.observations().samples(26).limit(100)).hasSize(100);
    PlanGenerators.reportingPeriods()
        .samples(27)
        .limit(300)
        .forEach(p -> assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p));
    assertThat(PlanGenerators.leads().samples(28).limit(50)).allMatch(s -> s.contains(" "));
    assertThat(PlanGenerators.asAtDates().samples(29).limit(100))
        .allMatch(
            d -> !d.isBefore(LocalDate.of(2013, 4, 1)) && !d.isAfter(LocalDate.of(2020, 3, 31)));
  }

  @Test
  void indicatorTargetsAndDateRanges_generate() {
    assertThat(PlanGenerators.indicatorTargets().samples(30).limit(200))
        .allMatch(t -> t.tolerance().map(x -> x.signum() >= 0).orElse(true))
        .anyMatch(t -> t.tolerance().isPresent())
        .anyMatch(t -> t.tolerance().isEmpty());
    assertThat(PlanGenerators.dateRanges().samples(31).limit(200))
        .allMatch(d -> !d.end().isAfter(d.start().plusDays(366)))
        .anyMatch(d -> d.end().isAfter(d.start().plusDays(100)));
  }
}
