package org.improvementframework.io;

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;
import org.quicktheories.core.Gen;

/**
 * Plans whose text is drawn to be awkward for JSON and CSV (quotes, commas, line breaks, tabs,
 * backslashes, non-Latin letters, leading formula characters), beside framework-testing's
 * PlanGenerators, whose text is realistic.
 */
public final class LocalPlans {

  private static final String[] WORDS = {
    "Case",
    "loads",
    "review",
    "\"quoted\"",
    "a,b",
    "line\nbreak",
    "=SUM(A1)",
    "+44",
    "-minus",
    "@home",
    "\tTab",
    "\rCR",
    "Ελληνικά",
    "Зоя",
    "café",
    "'apos",
    "100%",
    "semi;colon",
    "back\\slash",
    "emoji \uD83D\uDE00",
    "  padded  "
  };

  private LocalPlans() {}

  /** Plans drawn from a seed, so that a failure can be replayed from its seed. */
  public static Gen<ImprovementPlan> plans() {
    return longs().all().map(seed -> plan(new Random(seed)));
  }

  public static ImprovementPlan plan(Random r) {
    ImprovementPlan.Builder b =
        ImprovementPlan.builder()
            .title(text(r))
            .asAt(LocalDate.of(2015, 1, 1).plusDays(r.nextInt(2000)));
    if (r.nextBoolean()) {
      b.organisation(text(r));
    }
    if (r.nextBoolean()) {
      LocalDate s = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(1000));
      b.period(DateRange.of(s, s.plusDays(r.nextInt(800))));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addNotes(text(r));
    }
    int number = 0;
    for (int i = r.nextInt(4); i > 0; i--) {
      number += 1 + r.nextInt(3);
      b.addAreas(area(r, number));
    }
    return b.build();
  }

  private static Area area(Random r, int number) {
    Area.Builder b = Area.builder().ref(AreaRef.of(number)).title(text(r));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addLeads(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addObjectives(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addOutcomes(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addMeasures(r.nextBoolean() ? Measure.of(text(r)) : Measure.of(text(r), indicator(r)));
    }
    for (int i = r.nextInt(2); i > 0; i--) {
      b.addNotes(text(r));
    }
    int a = 0;
    for (int i = r.nextInt(4); i > 0; i--) {
      a += 1 + r.nextInt(2);
      b.addActions(action(r, ActionRef.of(number, a)));
    }
    return b.build();
  }

  private static Action action(Random r, ActionRef ref) {
    Action.Builder b = Action.builder().ref(ref).description(text(r));
    if (r.nextBoolean()) {
      b.reportedRag(Rag.values()[r.nextInt(4)]);
    }
    if (r.nextBoolean()) {
      b.resolution(text(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      int area = 1 + r.nextInt(20);
      b.addDependencies(
          r.nextBoolean()
              ? (Reference) AreaRef.of(area)
              : r.nextBoolean()
                  ? ActionRef.of(area, 1 + r.nextInt(5))
                  : MilestoneRef.of(area, 1 + r.nextInt(5), 1 + r.nextInt(5)));
    }
    for (int i = r.nextInt(2); i > 0; i--) {
      b.addNotes(text(r));
    }
    int m = 0;
    for (int i = r.nextInt(4); i > 0; i--) {
      m += 1 + r.nextInt(2);
      b.addMilestones(
          Milestone.builder()
              .ref(MilestoneRef.of(ref, m))
              .description(text(r))
              .target(target(r))
              .status(status(r))
              .build());
    }
    return b.build();
  }

  private static Target target(Random r) {
    LocalDate d = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(1500));
    return switch (r.nextInt(7)) {
      case 0 -> Target.none();
      case 1 ->
          Target.builder()
              .text(text(r))
              .kind(TargetKind.DAY)
              .addPeriods(DateRange.ofDay(d))
              .build();
      case 2 -> {
        YearMonth m = YearMonth.from(d);
        yield Target.builder()
            .text(text(r))
            .kind(TargetKind.MONTH)
            .addPeriods(DateRange.of(m.atDay(1), m.atEndOfMonth()))
            .build();
      }
      case 3 ->
          Target.builder()
              .text(text(r))
              .kind(TargetKind.LIST)
              .addPeriods(DateRange.ofDay(d), DateRange.ofDay(d.plusDays(1 + r.nextInt(90))))
              .build();
      case 4 -> {
        Target.Builder b =
            Target.builder()
                .text(text(r))
                .kind(TargetKind.RECURRING)
                .recurrence(Recurrence.values()[r.nextInt(4)]);
        if (r.nextBoolean()) {
          b.addPeriods(DateRange.of(d, d.plusDays(r.nextInt(60))));
        }
        yield b.build();
      }
      case 5 -> Target.builder().text(text(r)).kind(TargetKind.TO_BE_CONFIRMED).build();
      default -> Target.unrecognised(text(r));
    };
  }

  private static Status status(Random r) {
    Progress p = Progress.values()[r.nextInt(Progress.values().length)];
    return p == Progress.NOT_REPORTED ? Status.NOT_REPORTED : Status.of(p, text(r));
  }

  private static Indicator indicator(Random r) {
    Indicator.Builder b =
        Indicator.builder()
            .name(text(r))
            .unit(Indicator.Unit.values()[r.nextInt(Indicator.Unit.values().length)])
            .polarity(Indicator.Polarity.values()[r.nextInt(3)]);
    if (r.nextBoolean()) {
      b.countingUnit(Indicator.CountingUnit.values()[r.nextInt(2)]);
    }
    if (r.nextBoolean()) {
      b.baseline(Observation.of(period(r), value(r)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      BigDecimal v = decimal(r);
      b.addTargets(
          r.nextBoolean()
              ? IndicatorTarget.of(v, period(r))
              : IndicatorTarget.of(v, period(r), decimal(r).abs()));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addObservations(Observation.of(period(r), value(r)));
    }
    return b.build();
  }

  private static IndicatorValue value(Random r) {
    return r.nextInt(3) == 0
        ? IndicatorValue.of(IndicatorValue.Marker.values()[r.nextInt(4)])
        : IndicatorValue.of(decimal(r));
  }

  private static BigDecimal decimal(Random r) {
    return BigDecimal.valueOf(r.nextInt(200000) - 50000, r.nextInt(4));
  }

  private static ReportingPeriod period(Random r) {
    int y = 2010 + r.nextInt(15);
    return switch (r.nextInt(6)) {
      case 0 -> ReportingPeriod.financialYear(y);
      case 1 -> ReportingPeriod.academicYear(y);
      case 2 -> ReportingPeriod.calendarYear(y);
      case 3 -> ReportingPeriod.quarter(y, 1 + r.nextInt(4));
      case 4 -> ReportingPeriod.month(YearMonth.of(y, 1 + r.nextInt(12)));
      default -> ReportingPeriod.snapshot(LocalDate.of(y, 1, 1).plusDays(r.nextInt(365)));
    };
  }

  public static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      sb.append(sb.length() == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    String s = sb.toString();
    return s.isBlank() ? "x" : s;
  }
}
