package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

class TargetTest {

  private static final TargetContext Y2015 = TargetContext.ofYear(2015);

  // ------------------------------------------------------------------ tables

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "seed-targets.psv",
      delimiter = '|',
      nullValues = {},
      ignoreLeadingAndTrailingWhitespace = false)
  void read_everySeedTarget_givesTheExpectedReading(
      String text, String kind, String periods, String recurrence) {
    checkRow(text, kind, periods, recurrence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "council-targets.psv",
      delimiter = '|',
      nullValues = {},
      ignoreLeadingAndTrailingWhitespace = false)
  void read_councilForm_givesTheExpectedReading(
      String text, String kind, String periods, String recurrence) {
    checkRow(text, kind, periods, recurrence);
  }

  private static void checkRow(String rawText, String kind, String periods, String recurrence) {
    // The table pads cells with one space either side of '|'; the text itself may carry more.
    String text = unpad(rawText);
    TargetKind expectedKind = TargetKind.valueOf(kind.strip());
    Target read = Target.read(text, Y2015);
    assertThat(read.text()).isEqualTo(text);
    assertThat(read.kind()).as("kind of '%s'", text).isEqualTo(expectedKind);
    assertThat(read.periods()).as("periods of '%s'", text).isEqualTo(ranges(periods));
    String rec = recurrence == null ? "" : recurrence.strip();
    assertThat(read.recurrence())
        .as("recurrence of '%s'", text)
        .isEqualTo(rec.isEmpty() ? Optional.empty() : Optional.of(Recurrence.valueOf(rec)));
    if (expectedKind == TargetKind.UNRECOGNISED) {
      assertThatThrownBy(() -> Target.parse(text, Y2015))
          .isInstanceOf(TargetParseException.class)
          .hasMessageContaining("'" + text + "'");
    } else {
      assertThat(Target.parse(text, Y2015)).isEqualTo(read);
      assertThat(Target.parse(read.toString(), Y2015)).isEqualTo(read);
    }
  }

  private static TargetParseException failure(String text) {
    return failure(text, TargetContext.none());
  }

  private static TargetParseException failure(String text, TargetContext context) {
    try {
      Target t = Target.parse(text, context);
      throw new AssertionError("expected '" + text + "' to fail, but read " + t.kind());
    } catch (TargetParseException e) {
      return e;
    }
  }

  private static String unpad(String cell) {
    String s = cell == null ? "" : cell;
    if (s.endsWith(" ")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static List<DateRange> ranges(String cell) {
    List<DateRange> out = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return out;
    }
    for (String part : cell.strip().split(";")) {
      out.add(DateRange.parse(part.strip()));
    }
    return out;
  }

  // ------------------------------------------------------------------ examples

  @Test
  void parse_monthWithTwoDigitYear_isEndOfMonth() {
    Target t = Target.parse("Apr-15");
    assertThat(t.kind()).isEqualTo(TargetKind.MONTH);
    assertThat(t.deadline()).contains(LocalDate.of(2015, 4, 30));
    assertThat(t.start()).contains(LocalDate.of(2015, 4, 1));
  }

  @Test
  void parse_monthNameAndNumber_isMonthAndYearNeverDay() {
    assertThat(Target.parse("March 15").deadline()).contains(LocalDate.of(2015, 3, 31));
    assertThat(Target.parse("May 25").deadline()).contains(LocalDate.of(2025, 5, 31));
    assertThat(Target.parse("Sept 12").deadline()).contains(LocalDate.of(2012, 9, 30));
  }

  @Test
  void parse_numericDate_isUkDayMonthOrder() {
    assertThat(Target.parse("01/02/15").deadline()).contains(LocalDate.of(2015, 2, 1));
    assertThat(Target.parse("12/11/2015").deadline()).contains(LocalDate.of(2015, 11, 12));
  }

  @Test
  void parse_dayWithoutYearAndNoContext_throwsNamingTextAndPosition() {
    TargetParseException e = failure("by 15th July");
    assertThat(e).isNotNull();
    assertThat(e.text()).isEqualTo("by 15th July");
    assertThat(e.position()).isEqualTo(3);
    assertThat(e.getMessage()).contains("'by 15th July'", "position 3", "no year");
  }

  @Test
  void parse_dayWithoutYear_takesTheContextYear() {
    assertThat(Target.parse("30th March", TargetContext.ofYear(2016)).deadline())
        .contains(LocalDate.of(2016, 3, 30));
    assertThat(
            Target.parse("by 15th July", TargetContext.ofReportingDate(LocalDate.of(2015, 3, 1)))
                .deadline())
        .contains(LocalDate.of(2015, 7, 15));
  }

  @Test
  void parse_unreadableText_positionIsWhereReadingStopped() {
    TargetParseException e = failure("June 2015 (revised)", Y2015);
    assertThat(e.position()).isEqualTo(10);
    TargetParseException bad = failure("31/13/2015");
    assertThat(bad.getMessage()).contains("no month 13");
  }

  @Test
  void parse_tooLongText_throwsAtTheCap() {
    String longText = "June 2015 ".repeat(100);
    TargetParseException e = failure(longText);
    assertThat(e.position()).isEqualTo(TargetParser.MAX_LENGTH);
    assertThat(Target.read(longText, Y2015).kind()).isEqualTo(TargetKind.UNRECOGNISED);
    assertThat(Target.read(longText, Y2015).text()).isEqualTo(longText);
  }

  @Test
  void recurringDeadline_dependsOnTheAsOfDate() {
    Target t = Target.parse("Feb 15, therafter monthly");
    assertThat(t.deadline()).isEmpty();
    assertThat(t.deadline(LocalDate.of(2015, 1, 10))).contains(LocalDate.of(2015, 2, 28));
    assertThat(t.deadline(LocalDate.of(2015, 5, 10))).contains(LocalDate.of(2015, 5, 31));
    Target q = Target.parse("quarterly");
    assertThat(q.deadline(LocalDate.of(2015, 5, 10))).contains(LocalDate.of(2015, 6, 30));
    assertThat(q.deadline(LocalDate.of(2016, 2, 1))).contains(LocalDate.of(2016, 3, 31));
  }

  @Test
  void ongoing_isAnOpenStartWithNoDeadline_unlikeMonthly() {
    Target ongoing = Target.parse("Ongoing");
    Target monthly = Target.parse("monthly");
    LocalDate asOf = LocalDate.of(2015, 7, 20);
    assertThat(ongoing.kind()).isEqualTo(TargetKind.OPEN_START);
    assertThat(ongoing.deadline(asOf)).isEmpty();
    assertThat(monthly.kind()).isEqualTo(TargetKind.RECURRING);
    assertThat(monthly.deadline(asOf)).contains(LocalDate.of(2015, 7, 31));
  }

  @Test
  void listDeadline_isTheFirstPeriodNotYetPassed() {
    Target t = Target.parse("April/October 15/Jan16");
    assertThat(t.deadline()).contains(LocalDate.of(2016, 1, 31));
    assertThat(t.deadline(LocalDate.of(2015, 4, 10))).contains(LocalDate.of(2015, 4, 30));
    assertThat(t.deadline(LocalDate.of(2015, 5, 1))).contains(LocalDate.of(2015, 10, 31));
  }

  @Test
  void quarterAndFinancialYear_followTheAprilToMarchYear() {
    assertThat(Target.parse("Q4 2015/16").deadline()).contains(LocalDate.of(2016, 3, 31));
    assertThat(Target.parse("2015/16").deadline()).contains(LocalDate.of(2016, 3, 31));
    assertThat(Target.parse("2015/16").start()).contains(LocalDate.of(2015, 4, 1));
  }

  @Test
  void toBeConfirmedAndOpenStart_haveNoDeadline() {
    assertThat(Target.parse("TBC").deadline()).isEmpty();
    assertThat(Target.parse("from Oct 03").deadline(LocalDate.of(2004, 1, 1))).isEmpty();
    assertThat(Target.parse("from Oct 03").start()).contains(LocalDate.of(2003, 10, 1));
  }

  @Test
  void read_blankText_isNoneKeepingTheText() {
    assertThat(Target.read("", Y2015)).isEqualTo(Target.none());
    assertThat(Target.parse("")).isEqualTo(Target.none());
    Target spaces = Target.read("  ", Y2015);
    assertThat(spaces.kind()).isEqualTo(TargetKind.NONE);
    assertThat(spaces.text()).isEqualTo("  ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Action 2.1",
        "on of now",
        "\u0000",
        "\uD800",
        "June\u00A02015x",
        "99999999999999999999",
        "Q",
        "w/",
        "between June",
        "from",
        "monthly from",
        "1/",
        "/",
        "2015-",
        "31st",
        "\u0661\u0662/\u0660\u0663/2015"
      })
  void read_oddText_isUnrecognisedKeepingTheText(String text) {
    Target t = Target.read(text, Y2015);
    assertThat(t.kind()).isEqualTo(TargetKind.UNRECOGNISED);
    assertThat(t.text()).isEqualTo(text);
    assertThatThrownBy(() -> Target.parse(text, Y2015)).isInstanceOf(TargetParseException.class);
  }

  @Test
  void factories_rejectNulls() {
    assertThatThrownBy(() -> Target.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Target.read("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context");
    assertThatThrownBy(() -> Target.parse("June 2015").deadline(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
  }

  @Test
  void equalsAndHashCode_dependOnTextAndReading() {
    Target a = Target.parse("Apr-15");
    assertThat(a).isEqualTo(Target.parse("Apr-15")).hasSameHashCodeAs(Target.parse("Apr-15"));
    assertThat(a).isNotEqualTo(Target.parse("April 2015"));
    assertThat(a.periods()).isEqualTo(Target.parse("April 2015").periods());
  }

  @Test
  void isoFactories_roundTripThroughParse() {
    Target day = Target.ofDay(LocalDate.of(2015, 7, 15));
    Target month = Target.ofMonth(YearMonth.of(2015, 7));
    assertThat(Target.parse(day.toString())).isEqualTo(day);
    assertThat(Target.parse(month.toString())).isEqualTo(month);
  }

  // ------------------------------------------------------------------ properties

  @Test
  void parse_ofToString_givesBackTheTarget_forEveryKind() {
    qt().withExamples(Examples.orUsual(3000))
        .forAll(targets())
        .checkAssert(
            c -> {
              Target parsed = Target.parse(c.expected.toString(), c.context);
              assertThat(parsed).as("text '%s'", c.expected.text()).isEqualTo(c.expected);
              assertThat(Target.read(c.expected.toString(), c.context)).isEqualTo(c.expected);
            });
  }

  @Test
  void read_neverThrowsAndKeepsTheText_parseThrowsOnlyTargetParseException() {
    qt().withExamples(Examples.orUsual(3000))
        .forAll(hostileTexts())
        .checkAssert(
            s -> {
              Target t = Target.read(s, Y2015);
              assertThat(t.text()).isEqualTo(s);
              Throwable thrown = catchThrowable(() -> Target.parse(s, Y2015));
              if (thrown != null) {
                assertThat(thrown).isInstanceOf(TargetParseException.class);
                assertThat(t.kind()).isEqualTo(TargetKind.UNRECOGNISED);
              } else {
                assertThat(Target.parse(s, Y2015)).isEqualTo(t);
              }
            });
  }

  @Test
  void read_arbitraryUnicode_neverThrowsAndKeepsTheText() {
    qt().withExamples(Examples.orUsual(2000))
        .forAll(strings().allPossible().ofLengthBetween(0, 260))
        .checkAssert(
            s -> {
              assertThat(Target.read(s, TargetContext.none()).text()).isEqualTo(s);
              Throwable thrown = catchThrowable(() -> Target.parse(s, TargetContext.none()));
              assertThat(thrown == null || thrown instanceof TargetParseException).isTrue();
            });
  }

  /** A written target and the reading it must give, with the context both ways use. */
  static final class Case {
    final Target expected;
    final TargetContext context;

    Case(Target expected, TargetContext context) {
      this.expected = expected;
      this.context = context;
    }

    @Override
    public String toString() {
      return "'"
          + expected.text()
          + "' -> "
          + expected.kind()
          + " "
          + expected.periods()
          + expected.recurrence().map(r -> " " + r).orElse("");
    }
  }

  private static int pick(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static Gen<Case> targets() {
    return in -> {
      int contextYear = pick(in, 2000, 2030);
      TargetContext ctx =
          pick(in, 0, 1) == 0 ? TargetContext.none() : TargetContext.ofYear(contextYear);
      // Two-digit years are 20xx, and lists and ranges reach a year or more beyond y.
      int y = pick(in, 2000, 2090);
      int m = pick(in, 1, 12);
      YearMonth ym = YearMonth.of(y, m);
      int d = pick(in, 1, ym.lengthOfMonth());
      LocalDate day = ym.atDay(d);
      int kind = pick(in, 0, 11);
      switch (kind) {
        case 0 -> {
          return new Case(target(dayText(in, day), TargetKind.DAY, DateRange.ofDay(day)), ctx);
        }
        case 1 -> {
          boolean noYear = ctx.defaultYear().isPresent() && pick(in, 0, 3) == 0;
          YearMonth month = noYear ? YearMonth.of(contextYear, m) : ym;
          String text = noYear ? monthName(in, m) : monthText(in, ym);
          return new Case(target(text, TargetKind.MONTH, months(month, 1)), ctx);
        }
        case 2 -> {
          int q = pick(in, 1, 4);
          String fy = fyText(in, y);
          String text = pick(in, 0, 1) == 0 ? "Q" + q + " " + fy : "Quarter " + q + " " + fy;
          YearMonth first = YearMonth.of(y, 4).plusMonths(3L * (q - 1));
          return new Case(target(text, TargetKind.QUARTER, months(first, 3)), ctx);
        }
        case 3 -> {
          String fy = fyText(in, y);
          // "15/16" alone is read as a day and month; only "FY 15/16" is a financial year.
          String text = (fy.length() == 5 || pick(in, 0, 1) == 0 ? "FY " : "") + fy;
          return new Case(
              target(text, TargetKind.FINANCIAL_YEAR, months(YearMonth.of(y, 4), 12)), ctx);
        }
        case 4 -> {
          String[] seasons = {"Spring", "Summer", "Autumn"};
          int s = pick(in, 0, 2);
          String text = seasons[s] + " " + y;
          return new Case(
              target(text, TargetKind.SEASON, months(YearMonth.of(y, 3 + 3 * s), 3)), ctx);
        }
        case 5 -> {
          String[] terms = {"Spring term", "Summer term", "Autumn term"};
          int[] first = {1, 4, 9};
          int[] length = {3, 4, 4};
          int s = pick(in, 0, 2);
          return new Case(
              target(
                  terms[s] + " " + y,
                  TargetKind.TERM,
                  months(YearMonth.of(y, first[s]), length[s])),
              ctx);
        }
        case 6 -> {
          int m2 = pick(in, Math.min(m + 1, 12), 12);
          String text =
              m2 == m + 1 && pick(in, 0, 1) == 0
                  ? monthName(in, m) + "/" + monthName(in, m2) + " " + y
                  : monthName(in, m)
                      + (pick(in, 0, 1) == 0 ? "-" : " to ")
                      + monthName(in, m2)
                      + " "
                      + y;
          return new Case(
              target(
                  text,
                  TargetKind.RANGE,
                  DateRange.of(ym.atDay(1), YearMonth.of(y, m2).atEndOfMonth())),
              ctx);
        }
        case 7 -> {
          YearMonth second = ym.plusMonths(pick(in, 2, 14));
          String text = monthText(in, ym) + "/" + monthText(in, second);
          return new Case(
              Target.builder()
                  .text(text)
                  .kind(TargetKind.LIST)
                  .addPeriods(months(ym, 1), months(second, 1))
                  .build(),
              ctx);
        }
        case 8 -> {
          Recurrence r = Recurrence.values()[pick(in, 0, 3)];
          String word = new String[] {"weekly", "monthly", "quarterly", "annually"}[r.ordinal()];
          int form = pick(in, 0, 2);
          Target.Builder b = Target.builder().kind(TargetKind.RECURRING).recurrence(r);
          if (form == 0) {
            b.text(pick(in, 0, 1) == 0 ? word : word.toUpperCase(Locale.ROOT));
          } else if (form == 1) {
            b.text(monthText(in, ym) + ", thereafter " + word).addPeriods(months(ym, 1));
          } else {
            b.text(
                    Character.toUpperCase(word.charAt(0))
                        + word.substring(1)
                        + " from "
                        + monthText(in, ym))
                .addPeriods(months(ym, 1));
          }
          return new Case(b.build(), ctx);
        }
        case 9 -> {
          int form = pick(in, 0, 3);
          if (form == 0) {
            String[] words = {"Ongoing", "On-going", "ongoing", "on going"};
            return new Case(
                Target.builder().text(words[pick(in, 0, 3)]).kind(TargetKind.OPEN_START).build(),
                ctx);
          }
          String text =
              form == 1
                  ? "from " + monthText(in, ym)
                  : form == 2 ? monthText(in, ym) + " onwards" : "From " + dayText(in, day);
          DateRange p = form == 3 ? DateRange.ofDay(day) : months(ym, 1);
          return new Case(target(text, TargetKind.OPEN_START, p), ctx);
        }
        case 10 -> {
          String[] words = {
            "TBC",
            "tbc",
            "To be confirmed",
            "TBA",
            "tbc - awaiting board",
            "TBC (date to be set by the board)"
          };
          return new Case(
              Target.builder()
                  .text(words[pick(in, 0, words.length - 1)])
                  .kind(TargetKind.TO_BE_CONFIRMED)
                  .build(),
              ctx);
        }
        default -> {
          return new Case(
              pick(in, 0, 1) == 0
                  ? Target.none()
                  : Target.builder().text(" ".repeat(pick(in, 1, 3))).kind(TargetKind.NONE).build(),
              ctx);
        }
      }
    };
  }

  private static Target target(String text, TargetKind kind, DateRange period) {
    return Target.builder().text(text).kind(kind).addPeriods(period).build();
  }

  private static DateRange months(YearMonth first, int count) {
    return DateRange.of(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String yy(int year) {
    return two(year % 100);
  }

  private static String ordinal(int d) {
    String suffix =
        d % 10 == 1 && d != 11
            ? "st"
            : d % 10 == 2 && d != 12 ? "nd" : d % 10 == 3 && d != 13 ? "rd" : "th";
    return d + suffix;
  }

  private static String monthName(RandomnessSource in, int m) {
    Month month = Month.of(m);
    return switch (pick(in, 0, 3)) {
      case 0 -> month.getDisplayName(TextStyle.FULL, Locale.UK);
      case 1 -> month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 3);
      case 2 ->
          m == 9
              ? "Sept"
              : month.getDisplayName(TextStyle.FULL, Locale.UK).toUpperCase(Locale.ROOT);
      default -> month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
    };
  }

  private static String monthText(RandomnessSource in, YearMonth ym) {
    String name = monthName(in, ym.getMonthValue());
    return switch (pick(in, 0, 5)) {
      case 0 -> name + " " + yy(ym.getYear());
      case 1 -> name + "-" + yy(ym.getYear());
      case 2 -> name + " " + ym.getYear();
      case 3 -> name + " -" + yy(ym.getYear());
      case 4 -> ym.toString();
      default -> name + yy(ym.getYear());
    };
  }

  private static String dayText(RandomnessSource in, LocalDate day) {
    int d = day.getDayOfMonth();
    int m = day.getMonthValue();
    int y = day.getYear();
    String name = monthName(in, m);
    return switch (pick(in, 0, 8)) {
      case 0 -> two(d) + "/" + two(m) + "/" + y;
      case 1 -> d + "/" + m + "/" + yy(y);
      case 2 -> two(d) + "." + two(m) + "." + yy(y);
      case 3 -> d + "-" + m + "-" + yy(y);
      case 4 -> day.toString();
      case 5 -> ordinal(d) + " " + name + " " + y;
      case 6 -> name + " " + ordinal(d) + " " + y;
      case 7 -> d + " " + name + " " + yy(y);
      default -> d + "-" + name + "-" + yy(y);
    };
  }

  private static String fyText(RandomnessSource in, int y) {
    int next = (y + 1) % 100;
    return switch (pick(in, 0, 3)) {
      case 0 -> y + "/" + two(next);
      case 1 -> y + "/" + (y + 1);
      case 2 -> yy(y) + "/" + two(next);
      default -> {
        // The hyphen form is a financial year only where the second part cannot be a month.
        yield next > 12 ? y + "-" + two(next) : y + "/" + two(next);
      }
    };
  }

  private static final String[] FRAGMENTS = {
    "March",
    "Sept",
    "15",
    "2015",
    "/",
    "-",
    "1st",
    "Q1",
    "2015/16",
    "thereafter",
    "monthly",
    "onwards",
    "from",
    "between",
    "and",
    "TBC",
    "w/c",
    "Ongoing",
    ",",
    ".",
    " ",
    "  ",
    "\u2013",
    "\u00A0",
    "\uD83D\uDE00",
    "\uD800",
    "\u0000",
    "\u202E",
    "\u0418",
    "\u0661",
    "99999",
    "0000",
    "00",
    "31",
    "29/02",
    "Winter",
    "term",
    "end of",
    "by",
    "'",
    "(",
    ")",
    "9999",
    "of",
    "Jan16",
    "FY",
    "quarter",
    "\n",
    "\t"
  };

  private static Gen<String> hostileTexts() {
    return in -> {
      int n = pick(in, 0, 12);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(FRAGMENTS[pick(in, 0, FRAGMENTS.length - 1)]);
        if (pick(in, 0, 2) == 0) {
          sb.append(' ');
        }
      }
      if (pick(in, 0, 30) == 0) {
        sb.append("x".repeat(pick(in, 150, 400)));
      }
      return sb.toString();
    };
  }
}
