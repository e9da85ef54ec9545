package org.improvementframework.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * Draws targets around a due date, each with a reading built directly (not parsed) and a text
 * in one of the forms councils write.
 */
final class TargetDraw {

  /** The kinds in the order drawn, simplest first, with how often councils write each. */
  static final TargetKind[] KINDS = {
    TargetKind.MONTH,
    TargetKind.DAY,
    TargetKind.QUARTER,
    TargetKind.FINANCIAL_YEAR,
    TargetKind.SEASON,
    TargetKind.TERM,
    TargetKind.RANGE,
    TargetKind.LIST,
    TargetKind.RECURRING,
    TargetKind.OPEN_START,
    TargetKind.TO_BE_CONFIRMED,
    TargetKind.UNRECOGNISED,
    TargetKind.NONE
  };

  private static final int[] WEIGHTS = {40, 15, 6, 3, 2, 2, 4, 3, 8, 4, 6, 2, 5};

  private TargetDraw() {}

  static Target any(Randomness r, LocalDate due) {
    return of(r, KINDS[Draw.weighted(r, WEIGHTS)], due);
  }

  static Target of(Randomness r, TargetKind kind, LocalDate due) {
    YearMonth month = YearMonth.from(due);
    return switch (kind) {
      case MONTH -> month(r, month);
      case DAY -> day(r, due);
      case QUARTER -> quarter(r, due);
      case FINANCIAL_YEAR -> financialYear(r, due);
      case SEASON -> season(r, month);
      case TERM -> term(r, month);
      case RANGE -> range(r, month);
      case LIST -> list(r, month);
      case RECURRING -> recurring(r, month);
      case OPEN_START -> openStart(r, month);
      case TO_BE_CONFIRMED ->
          build(Draw.element(r, List.of("TBC", "To be confirmed", "tbc")), kind);
      case UNRECOGNISED -> Target.unrecognised(Draw.element(r, Vocabulary.UNRECOGNISED_TARGETS));
      default -> Target.none();
    };
  }

  private static Target month(Randomness r, YearMonth m) {
    return Target.builder()
        .text(monthText(r, m))
        .kind(TargetKind.MONTH)
        .addPeriods(whole(m))
        .build();
  }

  /** {@code Apr-15}, {@code March 2015}, {@code March 15} or {@code Jan 15}. */
  static String monthText(Randomness r, YearMonth m) {
    String shortName = Vocabulary.SHORT_MONTHS.get(m.getMonthValue() - 1);
    String name = Vocabulary.MONTHS.get(m.getMonthValue() - 1);
    int form = Draw.between(r, 0, 3);
    if (!twoDigitYearReadsBack(m.getYear())) {
      return (form % 2 == 0 ? shortName : name) + " " + m.getYear();
    }
    return switch (form) {
      case 0 -> shortName + "-" + twoDigits(m.getYear());
      case 1 -> name + " " + m.getYear();
      case 2 -> name + " " + twoDigits(m.getYear());
      default -> shortName + " " + twoDigits(m.getYear());
    };
  }

  /** {@code 31/03/2015}, {@code 31/03/15} or {@code 31 March 2015}. */
  private static Target day(Randomness r, LocalDate d) {
    String dd = twoDigits(d.getDayOfMonth());
    String mm = twoDigits(d.getMonthValue());
    int form = Draw.between(r, 0, 2);
    String text;
    if (form == 1 && twoDigitYearReadsBack(d.getYear())) {
      text = dd + "/" + mm + "/" + twoDigits(d.getYear());
    } else if (form == 2) {
      text =
          d.getDayOfMonth()
              + " "
              + Vocabulary.MONTHS.get(d.getMonthValue() - 1)
              + " "
              + d.getYear();
    } else {
      text = dd + "/" + mm + "/" + d.getYear();
    }
    return Target.builder().text(text).kind(TargetKind.DAY).addPeriods(DateRange.ofDay(d)).build();
  }

  /** {@code Q2 2015/16} or {@code Q2 2015-16}; Q1 is April to June. */
  private static Target quarter(Randomness r, LocalDate d) {
    int fy = PlanDates.financialYear(d);
    int q = (d.getMonthValue() + 8) % 12 / 3 + 1;
    LocalDate start = LocalDate.of(fy, 4, 1).plusMonths(3L * (q - 1));
    String text = "Q" + q + " " + fy + (Draw.chance(r, 30) ? "-" : "/") + twoDigits((fy + 1) % 100);
    return Target.builder()
        .text(text)
        .kind(TargetKind.QUARTER)
        .addPeriods(DateRange.of(start, start.plusMonths(3).minusDays(1)))
        .build();
  }

  /** {@code 2015/16} or {@code 2015-16}. */
  private static Target financialYear(Randomness r, LocalDate d) {
    int fy = PlanDates.financialYear(d);
    String text = fy + (Draw.chance(r, 30) ? "-" : "/") + twoDigits((fy + 1) % 100);
    return Target.builder()
        .text(text)
        .kind(TargetKind.FINANCIAL_YEAR)
        .addPeriods(DateRange.of(LocalDate.of(fy, 4, 1), LocalDate.of(fy + 1, 3, 31)))
        .build();
  }

  /**
   * {@code Summer 2015}: spring is March to May, summer June to August, autumn September to
   * November. Winter spans two years and is written too inconsistently to generate; a due date
   * in winter gets a month target instead.
   */
  private static Target season(Randomness r, YearMonth m) {
    int month = m.getMonthValue();
    if (month == 12 || month <= 2) {
      return month(r, m);
    }
    String[] names = {"Spring", "Summer", "Autumn"};
    int index = (month - 3) / 3;
    YearMonth first = YearMonth.of(m.getYear(), 3 + 3 * index);
    return Target.builder()
        .text(names[index] + " " + m.getYear())
        .kind(TargetKind.SEASON)
        .addPeriods(DateRange.of(first.atDay(1), first.plusMonths(2).atEndOfMonth()))
        .build();
  }

  /**
   * {@code Autumn term 2015}: the autumn term is September to December, the spring term
   * January to March, the summer term April to July, to the whole month. A due date in August
   * gets a month target instead.
   */
  private static Target term(Randomness r, YearMonth m) {
    int month = m.getMonthValue();
    if (month == 8) {
      return month(r, m);
    }
    String name;
    YearMonth first;
    YearMonth last;
    if (month >= 9) {
      name = "Autumn";
      first = YearMonth.of(m.getYear(), 9);
      last = YearMonth.of(m.getYear(), 12);
    } else if (month <= 3) {
      name = "Spring";
      first = YearMonth.of(m.getYear(), 1);
      last = YearMonth.of(m.getYear(), 3);
    } else {
      name = "Summer";
      first = YearMonth.of(m.getYear(), 4);
      last = YearMonth.of(m.getYear(), 7);
    }
    String text = name + (Draw.chance(r, 30) ? " Term " : " term ") + m.getYear();
    return Target.builder()
        .text(text)
        .kind(TargetKind.TERM)
        .addPeriods(DateRange.of(first.atDay(1), last.atEndOfMonth()))
        .build();
  }

  /** {@code June/July 2015} or {@code June - July 2015}: from the first month to the second. */
  private static Target range(Randomness r, YearMonth due) {
    YearMonth first = due.getMonthValue() == 12 ? due.minusMonths(1) : due;
    YearMonth second = first.plusMonths(1);
    String a = Vocabulary.MONTHS.get(first.getMonthValue() - 1);
    String b = Vocabulary.MONTHS.get(second.getMonthValue() - 1);
    String text = a + (Draw.chance(r, 40) ? " - " : "/") + b + " " + first.getYear();
    return Target.builder()
        .text(text)
        .kind(TargetKind.RANGE)
        .addPeriods(DateRange.of(first.atDay(1), second.atEndOfMonth()))
        .build();
  }

  /** {@code April 15/October 15} or {@code Jun-15 and Dec-15}: each month a deadline in turn. */
  private static Target list(Randomness r, YearMonth first) {
    YearMonth second = first.plusMonths(Draw.between(r, 3, 6));
    String text;
    if (Draw.chance(r, 40)
        && twoDigitYearReadsBack(first.getYear())
        && twoDigitYearReadsBack(second.getYear())) {
      text = shortForm(first) + " and " + shortForm(second);
    } else {
      text = longForm(first) + "/" + longForm(second);
    }
    return Target.builder()
        .text(text)
        .kind(TargetKind.LIST)
        .addPeriods(whole(first))
        .addPeriods(whole(second))
        .build();
  }

  /**
   * {@code Monthly}, {@code Quarterly}, {@code Weekly}, {@code Annually}, or a first month and
   * a recurrence: {@code Feb 15, thereafter monthly}, {@code Apr-15 then quarterly}.
   */
  private static Target recurring(Randomness r, YearMonth m) {
    int form = Draw.weighted(r, 30, 10, 5, 5, 35, 15);
    Recurrence[] alone = {
      Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.WEEKLY, Recurrence.ANNUALLY
    };
    String[] words = {"Monthly", "Quarterly", "Weekly", "Annually"};
    if (form < 4) {
      return Target.builder()
          .text(words[form])
          .kind(TargetKind.RECURRING)
          .recurrence(alone[form])
          .build();
    }
    boolean monthly = form == 4;
    String text =
        monthly ? shortForm(m) + ", thereafter monthly" : shortForm(m) + " then quarterly";
    return Target.builder()
        .text(text)
        .kind(TargetKind.RECURRING)
        .addPeriods(whole(m))
        .recurrence(monthly ? Recurrence.MONTHLY : Recurrence.QUARTERLY)
        .build();
  }

  /** {@code Ongoing}, {@code September 15 onwards} or {@code From Oct 15}. */
  private static Target openStart(Randomness r, YearMonth m) {
    int form = Draw.weighted(r, 30, 40, 30);
    if (form == 0) {
      return Target.builder().text("Ongoing").kind(TargetKind.OPEN_START).build();
    }
    String text = form == 1 ? longForm(m) + " onwards" : "From " + shortForm(m);
    return Target.builder().text(text).kind(TargetKind.OPEN_START).addPeriods(whole(m)).build();
  }

  private static Target build(String text, TargetKind kind) {
    return Target.builder().text(text).kind(kind).build();
  }

  /** {@code Feb 15}, or {@code Feb 2115} where a two-digit year would not read back. */
  private static String shortForm(YearMonth m) {
    return Vocabulary.SHORT_MONTHS.get(m.getMonthValue() - 1) + " " + year(m.getYear());
  }

  /** {@code September 15}, or {@code September 2115} where a two-digit year would not read back. */
  private static String longForm(YearMonth m) {
    return Vocabulary.MONTHS.get(m.getMonthValue() - 1) + " " + year(m.getYear());
  }

  private static String year(int year) {
    return twoDigitYearReadsBack(year) ? twoDigits(year) : Integer.toString(year);
  }

  /** Two-digit years are read as 20xx. */
  private static boolean twoDigitYearReadsBack(int year) {
    return year >= 2000 && year <= 2099;
  }

  private static String twoDigits(int n) {
    int v = n % 100;
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static DateRange whole(YearMonth m) {
    return DateRange.of(m.atDay(1), m.atEndOfMonth());
  }
}
