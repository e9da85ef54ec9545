package org.improvementframework.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.Indicator.Polarity;
import org.improvementframework.model.Indicator.Unit;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;

/** Draws measures and indicators like those children's services report. */
final class IndicatorDraw {

  private IndicatorDraw() {}

  /** A kind of indicator councils report, with its unit, polarity and what it counts. */
  private static final class Spec {
    final String name;
    final Unit unit;
    final Polarity polarity;
    final CountingUnit counting;

    Spec(String name, Unit unit, Polarity polarity, CountingUnit counting) {
      this.name = name;
      this.unit = unit;
      this.polarity = polarity;
      this.counting = counting;
    }
  }

  private static final List<Spec> SPECS =
      List.of(
          new Spec("Contacts", Unit.COUNT, Polarity.NEUTRAL, CountingUnit.EVENTS),
          new Spec(
              "Initial child protection conferences within 15 working days",
              Unit.PERCENTAGE,
              Polarity.HIGHER_IS_BETTER,
              CountingUnit.EVENTS),
          new Spec(
              "Re-referrals to children's social care within 12 months",
              Unit.PERCENTAGE,
              Polarity.LOWER_IS_BETTER,
              CountingUnit.CHILDREN),
          new Spec(
              "Assessments completed within 45 working days",
              Unit.PERCENTAGE,
              Polarity.HIGHER_IS_BETTER,
              CountingUnit.EVENTS),
          new Spec(
              "Children looked after per 10,000 children aged under 18",
              Unit.RATE_PER_10000,
              Polarity.NEUTRAL,
              CountingUnit.CHILDREN),
          new Spec(
              "Children subject to a child protection plan",
              Unit.COUNT,
              Polarity.NEUTRAL,
              CountingUnit.CHILDREN),
          new Spec(
              "Average caseload per social worker", Unit.RATIO, Polarity.LOWER_IS_BETTER, null),
          new Spec(
              "Average days between entering care and moving in with the adoptive family",
              Unit.DAYS,
              Polarity.LOWER_IS_BETTER,
              CountingUnit.CHILDREN),
          new Spec(
              "Children looked after with three or more placements in the year",
              Unit.PERCENTAGE,
              Polarity.LOWER_IS_BETTER,
              CountingUnit.CHILDREN),
          new Spec("Social worker vacancy rate", Unit.PERCENTAGE, Polarity.LOWER_IS_BETTER, null),
          new Spec(
              "Child protection plans lasting two years or more",
              Unit.PERCENTAGE,
              Polarity.LOWER_IS_BETTER,
              CountingUnit.CHILDREN));

  /** A measure, or null where {@code keep} is false and only its choices are drawn. */
  static Measure measure(Randomness r, LocalDate asAt, boolean keep) {
    if (Draw.chance(r, 35)) {
      Indicator indicator = indicator(r, asAt, keep);
      return keep ? Measure.of(indicator.name(), indicator) : null;
    }
    String text = Draw.element(r, Vocabulary.MEASURES);
    return keep ? Measure.of(text) : null;
  }

  /** An indicator, or null where {@code keep} is false and only its choices are drawn. */
  static Indicator indicator(Randomness r, LocalDate asAt, boolean keep) {
    Spec spec = Draw.element(r, SPECS);
    Indicator.Builder b =
        Indicator.builder().name(spec.name).unit(spec.unit).polarity(spec.polarity);
    if (spec.counting != null && Draw.chance(r, 80)) {
      b.countingUnit(spec.counting);
    }
    Frequency frequency = Frequency.values()[Draw.weighted(r, 40, 35, 25)];
    int last = frequency.lastCompleteBefore(asAt);
    int count = Draw.between(r, 0, 6);
    List<Observation> observations = new ArrayList<>(count);
    for (int i = count - 1; i >= 0; i--) {
      observations.add(Observation.of(frequency.period(last - i), value(r, spec.unit)));
    }
    b.addAllObservations(observations);
    if (Draw.chance(r, 70)) {
      b.baseline(Observation.of(frequency.period(last - count), value(r, spec.unit)));
    }
    int targets = Draw.between(r, 0, 2);
    int fy = PlanDates.financialYear(asAt);
    for (int i = 0; i < targets; i++) {
      b.addTargets(target(r, spec.unit, ReportingPeriod.financialYear(fy + i)));
    }
    return keep ? b.build() : null;
  }

  static IndicatorTarget target(Randomness r, Unit unit, ReportingPeriod period) {
    BigDecimal aim = number(r, unit);
    return Draw.chance(r, 50)
        ? IndicatorTarget.of(aim, period, tolerance(r, unit))
        : IndicatorTarget.of(aim, period);
  }

  /** A value: usually a number in the unit's range, sometimes a marker, never zero for one. */
  static IndicatorValue value(Randomness r, Unit unit) {
    int kind = Draw.weighted(r, 88, 6, 3, 1, 2);
    return switch (kind) {
      case 0 -> IndicatorValue.of(number(r, unit));
      case 1 -> IndicatorValue.of(IndicatorValue.Marker.SUPPRESSED);
      case 2 -> IndicatorValue.of(IndicatorValue.Marker.NOT_AVAILABLE);
      case 3 -> IndicatorValue.of(IndicatorValue.Marker.NOT_APPLICABLE);
      default -> IndicatorValue.of(IndicatorValue.Marker.ROUNDS_TO_ZERO);
    };
  }

  static BigDecimal number(Randomness r, Unit unit) {
    return switch (unit) {
      case PERCENTAGE -> BigDecimal.valueOf(Draw.between(r, 0, 1000), 1);
      case RATE_PER_10000 -> BigDecimal.valueOf(Draw.between(r, 0, 1500), 1);
      case DAYS -> BigDecimal.valueOf(Draw.between(r, 0, 900));
      case RATIO -> BigDecimal.valueOf(Draw.between(r, 10, 400), 1);
      default -> BigDecimal.valueOf(Draw.between(r, 0, 3000));
    };
  }

  private static BigDecimal tolerance(Randomness r, Unit unit) {
    return switch (unit) {
      case PERCENTAGE, RATE_PER_10000, RATIO -> BigDecimal.valueOf(Draw.between(r, 0, 100), 1);
      default -> BigDecimal.valueOf(Draw.between(r, 0, 50));
    };
  }

  static ReportingPeriod period(Randomness r, LocalDate asAt) {
    int kind = Draw.weighted(r, 30, 25, 20, 10, 10, 5);
    Frequency[] frequencies = Frequency.values();
    if (kind < frequencies.length) {
      Frequency f = frequencies[kind];
      return f.period(f.lastCompleteBefore(asAt) - Draw.between(r, 0, 4));
    }
    int year = asAt.getYear() - Draw.between(r, 0, 3);
    return switch (kind) {
      case 3 -> ReportingPeriod.academicYear(year - 1);
      case 4 -> ReportingPeriod.calendarYear(year - 1);
      default -> ReportingPeriod.snapshot(LocalDate.of(year, 3, 31));
    };
  }

  /** How often an indicator is reported; periods are numbered consecutively. */
  private enum Frequency {
    YEARLY {
      @Override
      int lastCompleteBefore(LocalDate day) {
        return PlanDates.financialYear(day) - 1;
      }

      @Override
      ReportingPeriod period(int index) {
        return ReportingPeriod.financialYear(index);
      }
    },
    QUARTERLY {
      @Override
      int lastCompleteBefore(LocalDate day) {
        int fy = PlanDates.financialYear(day);
        int q = (day.getMonthValue() + 8) % 12 / 3;
        return fy * 4 + q - 1;
      }

      @Override
      ReportingPeriod period(int index) {
        return ReportingPeriod.quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
      }
    },
    MONTHLY {
      @Override
      int lastCompleteBefore(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 2;
      }

      @Override
      ReportingPeriod period(int index) {
        return ReportingPeriod.month(
            YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1));
      }
    };

    abstract int lastCompleteBefore(LocalDate day);

    abstract ReportingPeriod period(int index);
  }
}
