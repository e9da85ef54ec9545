package org.improvementframework.model;

import static org.improvementframework.model.TargetKeyword.B;
import static org.improvementframework.model.TargetKeyword.C;
import static org.improvementframework.model.TargetKeyword.COMMENCING;
import static org.improvementframework.model.TargetKeyword.END;
import static org.improvementframework.model.TargetKeyword.FINANCIAL;
import static org.improvementframework.model.TargetKeyword.FY;
import static org.improvementframework.model.TargetKeyword.OF;
import static org.improvementframework.model.TargetKeyword.Q;
import static org.improvementframework.model.TargetKeyword.QUARTER;
import static org.improvementframework.model.TargetKeyword.TERM;
import static org.improvementframework.model.TargetKeyword.W;
import static org.improvementframework.model.TargetKeyword.WEEK;
import static org.improvementframework.model.TargetKeyword.YEAR;

import org.improvementframework.model.DateItems.Kind;

/**
 * The grammar of one dated period: a day ("31/03/2015", "15th March 2015", "March 31, 2015"), a
 * month ("Apr-15"), a quarter ("Q1 2015/16"), a financial year ("2015/16"), a season or a school
 * term ("Autumn term 2015") or a week ("w/c 6th April 2015"). Each reader starts at the cursor of
 * the tokens, moves it past what it read and adds the period to the items, or records why not.
 */
final class DateItemGrammar {

  private final TargetTokens tokens;
  private final DateItems items;

  /** The starting year of the financial year last read by {@link #financialYear()}. */
  private int fyYear;

  DateItemGrammar(TargetTokens tokens, DateItems items) {
    this.tokens = tokens;
    this.items = items;
  }

  /** Whether a dated period can begin at token t. */
  boolean startsItem(int t) {
    if (tokens.isNum(t)) {
      return true;
    }
    TargetKeyword k = tokens.keyword(t);
    return k != null && k.startsDate();
  }

  /** Reads one dated period at the cursor. */
  boolean item() {
    int t = tokens.cur();
    if (t >= tokens.count()) {
      tokens.fail(t, "expected a date");
      return false;
    }
    if (tokens.isWord(t, END)) {
      // "end of March" within a list or range: the month is due at its end anyway.
      tokens.seek(t + 1);
      tokens.accept(OF);
      t = tokens.cur();
      if (t >= tokens.count()) {
        tokens.fail(t, "expected a date after 'end of'");
        return false;
      }
    }
    if (tokens.isNum(t)) {
      return numericItem();
    }
    TargetKeyword k = tokens.keyword(t);
    if (k == null) {
      tokens.fail(t, "expected a date");
      return false;
    }
    if (k.isMonth()) {
      return monthItem();
    }
    return switch (k) {
      case Q, QUARTER -> quarterItem();
      case FY, FINANCIAL -> financialYearItem();
      case SPRING, SUMMER, AUTUMN, WINTER -> seasonItem();
      case WC, W, WEEK -> weekItem();
      default -> {
        tokens.fail(t, "expected a date");
        yield false;
      }
    };
  }

  private boolean numericItem() {
    int t = tokens.cur();
    int d = tokens.digits(t);
    if (d == 4 && !tokens.ordinal(t)) {
      return yearFirstItem();
    }
    if (d > 2) {
      tokens.fail(t, "expected a day of one or two digits");
      return false;
    }
    return numericDayAhead(t) ? numericDay() : dayAndMonthName();
  }

  /** 2015-07-31, 2015-07, 2015/16, 2015/16 Q1. */
  private boolean yearFirstItem() {
    int t = tokens.cur();
    int y = tokens.value(t);
    if (tokens.isPunct(t + 1, '-')
        && tokens.isNum(t + 2)
        && tokens.digits(t + 2) == 2
        && !tokens.ordinal(t + 2)) {
      int m = tokens.value(t + 2);
      if (tokens.isPunct(t + 3, '-') && tokens.isPlainNum(t + 4, 2)) {
        tokens.seek(t + 5);
        return day(tokens.value(t + 4), m, y, t);
      }
      if (m >= 1 && m <= 12) {
        // ISO month: "2015-07". Financial years are read here only where the second number
        // cannot be a month ("2015-16"), and always with a slash ("2011/12").
        tokens.seek(t + 3);
        return items.add(Kind.MONTH, 0, m, y, t);
      }
    }
    if (financialYear()) {
      return quarterSuffix(t);
    }
    tokens.fail(t, "a year alone is not a target; expected a financial year such as 2015/16");
    return false;
  }

  /** Whether a day at token t is followed by a separator and a month number. */
  private boolean numericDayAhead(int t) {
    if (tokens.ordinal(t) || !tokens.isPunct(t + 1) || !tokens.isPlainNum(t + 2, 2)) {
      return false;
    }
    char sep = (char) tokens.value(t + 1);
    return sep == '/' || sep == '.' || sep == '-';
  }

  /** 31/03/2015, 31.03.15, 31-3-15, 30/3. */
  private boolean numericDay() {
    int t = tokens.cur();
    char sep = (char) tokens.value(t + 1);
    int dd = tokens.value(t);
    int m = tokens.value(t + 2);
    if (tokens.isPunct(t + 3, sep) && tokens.isNum(t + 4)) {
      int y = tokens.year(t + 4);
      if (y < 0) {
        tokens.fail(t + 4, "expected a year of two or four digits");
        return false;
      }
      tokens.seek(t + 5);
      return day(dd, m, y, t);
    }
    tokens.seek(t + 3);
    return day(dd, m, -1, t);
  }

  /** 15th March 2015, 15 Mar 15, 15-Mar-15, 15th of March. */
  private boolean dayAndMonthName() {
    int t = tokens.cur();
    int dd = tokens.value(t);
    int u = t + 1;
    if (tokens.isPunct(u, '-') || tokens.isPunct(u, '.')) {
      u++;
    }
    if (tokens.isWord(u, OF)) {
      u++;
    }
    if (!tokens.isMonth(u)) {
      tokens.fail(t + 1, "expected a month after the day");
      return false;
    }
    int m = tokens.keyword(u).month();
    tokens.seek(u + 1);
    tokens.accept('.');
    int mark = tokens.cur();
    tokens.accept('-');
    tokens.accept(',');
    tokens.accept('\'');
    int y = tokens.year(tokens.cur());
    if (y >= 0) {
      tokens.seek(tokens.cur() + 1);
      return day(dd, m, y, t);
    }
    tokens.seek(mark);
    return day(dd, m, -1, t);
  }

  private boolean day(int d, int m, int y, int token) {
    if (m < 1 || m > 12) {
      tokens.fail(token, "no month " + m);
      return false;
    }
    if (d < 1 || d > 31) {
      tokens.fail(token, "no day " + d);
      return false;
    }
    return items.add(Kind.DAY, d, m, y, token);
  }

  /** March 15, Apr-15, April -15, May - 2015, Sept 12, Jan16, March 31st 2015, March. */
  private boolean monthItem() {
    int t = tokens.cur();
    int m = tokens.keyword(t).month();
    tokens.seek(t + 1);
    tokens.accept('.');
    int mark = tokens.cur();
    int cur = mark;
    if (tokens.isNum(cur) && tokens.ordinal(cur) && tokens.digits(cur) <= 2) {
      tokens.seek(cur + 1);
      tokens.accept(',');
      int y = tokens.year(tokens.cur());
      if (y >= 0) {
        tokens.seek(tokens.cur() + 1);
      }
      return day(tokens.value(cur), m, y, t);
    }
    if (tokens.isNum(cur)
        && tokens.digits(cur) <= 2
        && (tokens.fourDigitYear(cur + 1)
            || tokens.isPunct(cur + 1, ',') && tokens.fourDigitYear(cur + 2))) {
      // "March 31, 2015" or "March 31 2015": a day, because a four-digit year follows.
      tokens.seek(cur + 1);
      tokens.accept(',');
      int y = tokens.year(tokens.cur());
      tokens.seek(tokens.cur() + 1);
      return day(tokens.value(cur), m, y, t);
    }
    tokens.accept('-');
    tokens.accept(',');
    tokens.accept('\'');
    int y = tokens.year(tokens.cur());
    if (y >= 0) {
      tokens.seek(tokens.cur() + 1);
      return items.add(Kind.MONTH, 0, m, y, t);
    }
    if (tokens.isNum(tokens.cur())) {
      tokens.fail(
          tokens.cur(),
          "expected a year of two or four digits after the month ('March 15' is March 2015)");
      return false;
    }
    tokens.seek(mark);
    return items.add(Kind.MONTH, 0, m, -1, t);
  }

  /** Q1 2015/16, Q2 15/16, Quarter 3 2015-16, Q4 of 2015/16. */
  private boolean quarterItem() {
    int t = tokens.cur();
    int n = t + 1;
    tokens.seek(n);
    if (!isQuarterNumber(n)) {
      tokens.fail(n, "expected a quarter number 1 to 4");
      return false;
    }
    int q = tokens.value(n);
    tokens.seek(n + 1);
    tokens.accept(OF);
    tokens.accept(',');
    tokens.accept(FY);
    if (!financialYear()) {
      tokens.fail(tokens.cur(), "expected the financial year of the quarter, such as 2015/16");
      return false;
    }
    return items.add(Kind.QUARTER, 0, q, fyYear, t);
  }

  private boolean isQuarterNumber(int t) {
    return tokens.isNum(t) && tokens.digits(t) == 1 && tokens.value(t) >= 1 && tokens.value(t) <= 4;
  }

  /** After a financial year: an optional quarter ("2015/16 Q1"), else the year itself. */
  private boolean quarterSuffix(int t) {
    int cur = tokens.cur();
    if ((tokens.isWord(cur, Q) || tokens.isWord(cur, QUARTER)) && isQuarterNumber(cur + 1)) {
      tokens.seek(cur + 2);
      return items.add(Kind.QUARTER, 0, tokens.value(cur + 1), fyYear, t);
    }
    return items.add(Kind.FINANCIAL_YEAR, 0, 0, fyYear, t);
  }

  /** 2015/16, 2015-16, 2015/2016, 15/16; sets {@link #fyYear} to the starting year. */
  private boolean financialYear() {
    int t = tokens.cur();
    int a = tokens.year(t);
    if (a < 0
        || !(tokens.isPunct(t + 1, '/') || tokens.isPunct(t + 1, '-'))
        || !tokens.isNum(t + 2)) {
      return false;
    }
    int b = tokens.year(t + 2);
    if (b != a + 1) {
      tokens.fail(t + 2, "a financial year runs into the next year, such as 2015/16");
      return false;
    }
    if (tokens.digits(t) == 2 && tokens.digits(t + 2) == 4) {
      tokens.fail(t, "expected a financial year such as 2015/16");
      return false;
    }
    fyYear = a;
    tokens.seek(t + 3);
    return true;
  }

  /** FY 2015/16, FY15/16, financial year 2015-16. */
  private boolean financialYearItem() {
    int t = tokens.cur();
    if (tokens.accept(FINANCIAL)) {
      if (!tokens.accept(YEAR)) {
        tokens.fail(tokens.cur(), "expected 'year' after 'financial'");
        return false;
      }
    } else {
      tokens.seek(t + 1);
    }
    tokens.accept('-');
    if (!financialYear()) {
      tokens.fail(tokens.cur(), "expected a financial year such as 2015/16");
      return false;
    }
    return quarterSuffix(t);
  }

  /** Spring 2015, Winter 2015/16, Autumn term 2015, Summer term 2016. */
  private boolean seasonItem() {
    int t = tokens.cur();
    int s = tokens.keyword(t).season();
    tokens.seek(t + 1);
    boolean term = tokens.accept(TERM);
    if (term && s == 4) {
      tokens.fail(t, "school terms are spring, summer and autumn");
      return false;
    }
    tokens.accept('-');
    tokens.accept('\'');
    int cur = tokens.cur();
    int y = tokens.year(cur);
    if (y >= 0) {
      if (s == 4 && (tokens.isPunct(cur + 1, '/') || tokens.isPunct(cur + 1, '-'))) {
        if (!financialYear()) {
          tokens.fail(cur, "expected a winter such as 2015/16");
          return false;
        }
        y = fyYear;
      } else {
        tokens.seek(cur + 1);
      }
    }
    return items.add(term ? Kind.TERM : Kind.SEASON, 0, s, y, t);
  }

  /** w/c 6th April 2015, wc 6/4/15, week commencing 6 April, w/b 6th April. */
  private boolean weekItem() {
    int t = tokens.cur();
    if (tokens.isWord(t, W)) {
      if (!(tokens.isPunct(t + 1, '/') && (tokens.isWord(t + 2, C) || tokens.isWord(t + 2, B)))) {
        tokens.fail(t, "expected 'w/c'");
        return false;
      }
      tokens.seek(t + 3);
    } else if (tokens.isWord(t, WEEK)) {
      tokens.seek(t + 1);
      if (!tokens.accept(COMMENCING)) {
        tokens.fail(tokens.cur(), "expected 'commencing' after 'week'");
        return false;
      }
    } else {
      tokens.seek(t + 1);
    }
    if (!tokens.isNum(tokens.cur()) && !tokens.isMonth(tokens.cur())) {
      tokens.fail(tokens.cur(), "expected the first day of the week");
      return false;
    }
    int before = items.size();
    if (!item()) {
      return false;
    }
    if (items.size() != before + 1 || items.kind(before) != Kind.DAY) {
      tokens.fail(
          items.token(before), "expected the first day of the week, such as 6th April 2015");
      return false;
    }
    items.makeWeek(before, t);
    return true;
  }
}
