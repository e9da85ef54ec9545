package org.improvementframework.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dated periods read from one target text, in the order written, before and after their
 * missing years are filled in; and the periods they stand for.
 *
 * <p>Kept in parallel arrays of at most {@link #MAX_ITEMS} entries, for the reason given in
 * {@link TargetTokens}.
 */
final class DateItems {

  /** What one dated period is, and the kind of target it makes alone. */
  enum Kind {
    DAY(TargetKind.DAY),
    MONTH(TargetKind.MONTH),
    QUARTER(TargetKind.QUARTER),
    FINANCIAL_YEAR(TargetKind.FINANCIAL_YEAR),
    SEASON(TargetKind.SEASON),
    TERM(TargetKind.TERM),
    WEEK(TargetKind.RANGE);

    private final TargetKind target;

    Kind(TargetKind target) {
      this.target = target;
    }

    /** A day, month or week: an item of the calendar, whose month number is a month. */
    boolean isCalendar() {
      return this == DAY || this == MONTH || this == WEEK;
    }
  }

  /** More dates than any plan writes in one cell; the cap bounds the work on hostile input. */
  static final int MAX_ITEMS = 16;

  private final TargetTokens tokens;
  private final Kind[] kind = new Kind[MAX_ITEMS];
  private final int[] day = new int[MAX_ITEMS];
  private final int[] month = new int[MAX_ITEMS];
  private final int[] year = new int[MAX_ITEMS];
  private final int[] token = new int[MAX_ITEMS];
  private int size;

  DateItems(TargetTokens tokens) {
    this.tokens = tokens;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  Kind kind(int i) {
    return kind[i];
  }

  /** The token at which item i begins. */
  int token(int i) {
    return token[i];
  }

  /**
   * Adds an item; its month is the quarter or season number for those kinds, and its year -1
   * where none is written.
   */
  boolean add(Kind k, int d, int m, int y, int at) {
    if (size == MAX_ITEMS) {
      tokens.fail(at, "more than " + MAX_ITEMS + " dates");
      return false;
    }
    kind[size] = k;
    day[size] = d;
    month[size] = m;
    year[size] = y;
    token[size] = at;
    size++;
    return true;
  }

  /** Turns item i, a day, into the week it begins, written from token at. */
  void makeWeek(int i, int at) {
    kind[i] = Kind.WEEK;
    token[i] = at;
  }

  /** Items written without a year take the next written year, else the context's. */
  boolean resolveYears(TargetContext context) {
    for (int i = size - 1; i >= 0; i--) {
      if (year[i] >= 0) {
        continue;
      }
      if (i + 1 < size) {
        // "November/January 2016": a month after the next one belongs to the year before.
        boolean before = kind[i + 1].isCalendar() && month[i] > month[i + 1];
        year[i] = before ? year[i + 1] - 1 : year[i + 1];
      } else if (context.defaultYear().isPresent()
          && context.defaultYear().getAsInt() >= 1
          && context.defaultYear().getAsInt() <= 9999) {
        year[i] = context.defaultYear().getAsInt();
      } else {
        tokens.fail(token[i], "no year is written and the context gives none");
        return false;
      }
    }
    for (int i = 0; i < size; i++) {
      if (kind[i] == Kind.DAY || kind[i] == Kind.WEEK) {
        int y = year[i];
        if (y < 1 || y > 9999 || day[i] > YearMonth.of(y, month[i]).lengthOfMonth()) {
          tokens.fail(token[i], "no such day " + day[i] + "/" + month[i] + "/" + y);
          return false;
        }
      }
    }
    return true;
  }

  /** The kind of target that item i makes alone. */
  TargetKind targetKind(int i) {
    return kind[i].target;
  }

  /** The period of item i, once its year is resolved. */
  DateRange period(int i) {
    int y = year[i];
    int m = month[i];
    return switch (kind[i]) {
      case DAY -> DateRange.ofDay(LocalDate.of(y, m, day[i]));
      case WEEK -> {
        LocalDate d = LocalDate.of(y, m, day[i]);
        yield DateRange.of(d, d.plusDays(6));
      }
      case MONTH -> months(y, m, 1);
      case QUARTER -> months(m == 4 ? y + 1 : y, m == 4 ? 1 : 1 + 3 * m, 3);
      case FINANCIAL_YEAR -> months(y, 4, 12);
      case SEASON -> months(y, 3 * m, 3);
      // Terms as whole months: spring January to March, summer April to July, autumn
      // September to December.
      case TERM -> m == 1 ? months(y, 1, 3) : m == 2 ? months(y, 4, 4) : months(y, 9, 4);
    };
  }

  private static DateRange months(int year, int firstMonth, int count) {
    LocalDate s = LocalDate.of(year, firstMonth, 1);
    return DateRange.of(s, s.plusMonths(count).minusDays(1));
  }

  /** Whether the first two items are months, the second the month after the first. */
  boolean consecutiveMonths() {
    return kind[0] == Kind.MONTH
        && kind[1] == Kind.MONTH
        && YearMonth.of(year[0], month[0]).plusMonths(1).equals(YearMonth.of(year[1], month[1]));
  }
}
