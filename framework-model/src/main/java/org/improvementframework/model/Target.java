package org.improvementframework.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a milestone is due, as written and as understood.
 *
 * <p>A target always keeps the {@link #text() text as written} beside its reading: its
 * {@link #kind() kind}, the {@link #periods() periods} it names, and for a recurring target its
 * {@link #recurrence() recurrence}. UK day/month order is assumed, a two-digit year is 20xx,
 * financial years run April to March, and {@code March 15}, {@code Apr-15}, {@code Sept 12} or
 * {@code May 25} are a month and a year (May 2025), never a day: a number after a month name is
 * a day only with an ordinal ({@code March 31st}) or when a four-digit year follows
 * ({@code March 31 2015}).
 *
 * <pre>{@code
 * Target t = Target.parse("Apr-15");
 * t.kind();        // MONTH
 * t.deadline();    // Optional[2015-04-30]: a month is due at its end
 * Target.parse("Feb 15, thereafter monthly").deadline(LocalDate.of(2015, 5, 10)); // 2015-05-31
 * Target.parse("30th March", TargetContext.ofYear(2015)).deadline();            // 2015-03-30
 * Target.read("on of now", TargetContext.none()).kind();   // UNRECOGNISED, text kept
 * }</pre>
 *
 * <h2>Accepted forms</h2>
 *
 * <p>Letters may be in any case; spaces, no-break spaces and dashes ({@code - – —}) may vary;
 * a closing full stop is ignored; long words misspelt by one letter ({@code therafter},
 * {@code Septmber}, {@code Febuary}) are read as meant. A leading {@code by}, {@code due},
 * {@code due by}, {@code before}, {@code end of}, {@code by the end of} or {@code Due:} changes
 * nothing: the deadline is the end of the period named.
 * <ul>
 *   <li>{@link TargetKind#DAY}: {@code 31/03/2015}, {@code 31.03.15}, {@code 31-3-15},
 *       {@code 2015-03-31}, {@code 31st March 2015}, {@code 31 Mar 15}, {@code 31-Mar-15},
 *       {@code 1st of April 2016}, {@code March 31st 2015}, {@code March 31, 2015}; without a
 *       year, with the context's year: {@code 30th March}, {@code by 15th July}, {@code 30/3}.
 *   <li>{@link TargetKind#MONTH}, due at the month's end: {@code March 15}, {@code Apr-15},
 *       {@code April -15}, {@code May - 2015}, {@code Sept 12}, {@code Jan16}, {@code Mar '16},
 *       {@code June 2015}, {@code end of March 2015}, ISO {@code 2015-07}; without a year,
 *       with the context's year: {@code April}.
 *   <li>{@link TargetKind#QUARTER} of a financial year (Q1 is April to June, Q4 January to
 *       March of the next calendar year): {@code Q1 2015/16}, {@code Q2 15/16},
 *       {@code Quarter 3 2015-16}, {@code Q4 of 2014/2015}, {@code 2015/16 Q2}. A quarter with
 *       a single year ({@code Q1 2015}) is refused as ambiguous.
 *   <li>{@link TargetKind#FINANCIAL_YEAR}, April to March: {@code 2015/16}, {@code 2015-16},
 *       {@code 2015/2016}, {@code FY 2015/16}, {@code FY15/16}, {@code financial year 2016-17}.
 *       {@code 2011-12} is the ISO month December 2011; write {@code 2011/12} for the year.
 *   <li>{@link TargetKind#SEASON}, in whole months: spring March-May, summer June-August,
 *       autumn September-November, winter December to February of the next year:
 *       {@code Spring 2015}, {@code Summer 15}, {@code Winter 2015/16}.
 *   <li>{@link TargetKind#TERM}, a school term in whole months: spring January-March, summer
 *       April-July, autumn September-December: {@code Autumn term 2015},
 *       {@code Summer term 2016}.
 *   <li>{@link TargetKind#RANGE}, one span from the start of one date to the end of another:
 *       {@code Jan-Mar 2016}, {@code April to June 2015}, {@code Between April and June 2015},
 *       {@code 01/04/2015 - 30/06/2015}, {@code Nov 15 - Jan 16}; two adjacent months joined
 *       by a slash, {@code June/July 2012}; a week, {@code w/c 6th April 2015},
 *       {@code week commencing 13 July}, {@code w/b 6/4/15}, which is the seven days from the
 *       day named.
 *   <li>{@link TargetKind#LIST}, separate dates each due in turn: {@code April/October 15/Jan16},
 *       {@code June &amp; September 2015}, {@code May, July and September 2015}. A date
 *       without a year takes the year of the next date that has one ({@code April} in
 *       {@code April/October 15} is April 2015; {@code November/January 2016} starts in 2015).
 *   <li>{@link TargetKind#RECURRING}: {@code monthly}, {@code quarterly}, {@code weekly},
 *       {@code annually}, {@code yearly}, {@code every month}, {@code monthly thereafter},
 *       {@code Ongoing - monthly}; with a first occurrence: {@code Feb 15, thereafter monthly},
 *       {@code Feb 15, therafter monthly}, {@code March 2015 then quarterly},
 *       {@code April 2015 and monthly thereafter}, {@code Monthly from April 2015},
 *       {@code quarterly starting Q1 2015/16}. Quarters and years recur as financial ones.
 *   <li>{@link TargetKind#OPEN_START}: {@code from Oct 03}, {@code September 15 onwards},
 *       {@code December 2015 onwards}, {@code Sept 15 - ongoing}, {@code From 1st April 2015};
 *       with no start: {@code Ongoing}, {@code On-going}, {@code on going}.
 *   <li>{@link TargetKind#TO_BE_CONFIRMED}: {@code TBC}, {@code TBA}, {@code To be confirmed},
 *       {@code To be agreed}, and any of them followed by a remark after a separator:
 *       {@code tbc - awaiting board}, {@code TBC (awaiting board)}.
 *   <li>{@link TargetKind#NONE}: empty or blank text.
 *   <li>{@link TargetKind#UNRECOGNISED}, from {@link #read read} only: anything else, such as
 *       {@code Action 2.1}, {@code on of now}, {@code Complete}, {@code 31/13/2015},
 *       {@code 29/02/2015}, a bare year {@code 2015}, or prose with a date inside
 *       ({@code Arrangements to form part of 2015/16 CCG commissioning cycle}: the reader does
 *       not guess which part of a sentence is the deadline). Texts longer than 200 characters
 *       are never read.
 * </ul>
 *
 * <p><b>Ongoing is not monthly.</b> {@code Ongoing} is an open start: work that continues with
 * no date by which it must be done, so it has no deadline on any date and is never overdue.
 * {@code monthly} is recurring: it falls due at the end of every month, so
 * {@link #deadline(LocalDate)} gives the end of the month that contains the as-of date.
 *
 * <p>{@code toString()} gives the text as written; {@code Target.parse(t.toString(), context)}
 * equals {@code t} for every target read with that context, except an unrecognised one, which
 * {@code parse} refuses by definition.
 *
 * <p>Reading is linear in the length of the text, uses no regular expression, and never throws
 * anything but {@link TargetParseException} (from {@code parse}) on any string.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {

  private static final Target NONE = builder().text("").kind(TargetKind.NONE).build();

  Target() {}

  /**
   * Obtains a target by reading its written form strictly, assuming no year. Blank text gives a
   * target of kind {@link TargetKind#NONE}.
   *
   * @param text the target as written; not null
   * @return the target; not null
   * @throws TargetParseException if the text is not one of the forms listed on this class, or
   *     names a day or month without a year
   * @throws NullPointerException if {@code text} is null
   */
  public static Target parse(CharSequence text) {
    return parse(text, TargetContext.none());
  }

  /**
   * Obtains a target by reading its written form strictly. Blank text gives a target of kind
   * {@link TargetKind#NONE}.
   *
   * @param text the target as written; not null
   * @param context what to assume where the text is silent, such as the year; not null
   * @return the target; not null
   * @throws TargetParseException if the text is not one of the forms listed on this class, or
   *     names a day or month without a year and the context gives none; the exception names the
   *     text, the position where reading stopped and what was expected
   * @throws NullPointerException if {@code text} or {@code context} is null
   */
  public static Target parse(CharSequence text, TargetContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    return TargetParser.parse(text.toString(), context);
  }

  /**
   * Obtains a target by reading its written form leniently: text that cannot be read gives an
   * {@link TargetKind#UNRECOGNISED unrecognised} target keeping the text, and blank text gives
   * {@link #none()}.
   *
   * @param text the target as written; not null
   * @param context what to assume where the text is silent, such as the year; not null
   * @return the target; not null
   * @throws NullPointerException if {@code text} or {@code context} is null
   */
  public static Target read(CharSequence text, TargetContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    return TargetParser.read(text.toString(), context);
  }

  /**
   * Obtains the target of a milestone for which nothing was written.
   *
   * @return the empty target; not null
   */
  public static Target none() {
    return NONE;
  }

  /**
   * Obtains an unrecognised target, keeping the text.
   *
   * @param text the text as written; not null, not blank
   * @return the target; not null
   */
  public static Target unrecognised(String text) {
    return builder().text(text).kind(TargetKind.UNRECOGNISED).build();
  }

  /**
   * Obtains a target of one day, written in ISO form ({@code 2015-07-15}).
   *
   * @param day the day; not null
   * @return the target; not null
   */
  public static Target ofDay(LocalDate day) {
    return builder()
        .text(day.toString())
        .kind(TargetKind.DAY)
        .addPeriods(DateRange.ofDay(day))
        .build();
  }

  /**
   * Obtains a target of one month, due at its end, written in ISO form ({@code 2015-07}).
   *
   * @param month the month; not null
   * @return the target; not null
   */
  public static Target ofMonth(YearMonth month) {
    return builder()
        .text(month.toString())
        .kind(TargetKind.MONTH)
        .addPeriods(DateRange.of(month.atDay(1), month.atEndOfMonth()))
        .build();
  }

  /**
   * Obtains a builder for a target from all its parts, for readers that keep a reading made
   * elsewhere (a JSON file, say). The parts are checked against the kind when built.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the text exactly as written.
   *
   * @return the text; not null, empty only for {@link TargetKind#NONE}
   */
  public abstract String text();

  /**
   * Gets what the text was understood to be.
   *
   * @return the kind; not null
   */
  public abstract TargetKind kind();

  /**
   * Gets the periods the text names, in order: one for a day, month, quarter, financial year,
   * season, term or range; two or more for a list; the first occurrence (if written) for a
   * recurring target; the start (if written) for an open start; none otherwise.
   *
   * @return the periods; not null
   */
  public abstract List<DateRange> periods();

  /**
   * Gets how often a recurring target falls due.
   *
   * @return the recurrence, present only for {@link TargetKind#RECURRING}
   */
  public abstract Optional<Recurrence> recurrence();

  @Value.Check
  void check() {
    TargetChecks.check(this);
  }

  /**
   * Gets the last day this target allows, where it has one without an as-of date: the end of
   * its single period, or of the last of a list. A recurring target, an open start, a target to
   * be confirmed, an unrecognised one and none have no such deadline.
   *
   * @return the deadline, or empty; not null
   */
  public Optional<LocalDate> deadline() {
    return switch (kind()) {
      case RECURRING, OPEN_START, TO_BE_CONFIRMED, UNRECOGNISED, NONE -> Optional.empty();
      default -> Optional.of(periods().get(periods().size() - 1).end());
    };
  }

  /**
   * Gets the last day this target allows as judged on the given date. For a list, that is the
   * end of the first listed period not yet passed (or of the last one); for a recurring target,
   * the end of the occurrence that contains the date (or of the first occurrence, if that is
   * later); otherwise {@link #deadline()}.
   *
   * @param asOf the date of judgement; not null
   * @return the deadline, or empty; not null
   */
  public Optional<LocalDate> deadline(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (kind() == TargetKind.RECURRING) {
      Recurrence r = recurrence().orElseThrow();
      LocalDate current = r.occurrenceContaining(asOf).end();
      if (!periods().isEmpty() && periods().get(0).end().isAfter(current)) {
        return Optional.of(periods().get(0).end());
      }
      return Optional.of(current);
    }
    if (kind() == TargetKind.LIST) {
      for (DateRange period : periods()) {
        if (!period.end().isBefore(asOf)) {
          return Optional.of(period.end());
        }
      }
    }
    return deadline();
  }

  /**
   * Gets the first day this target names: the start of its first period.
   *
   * @return the start, or empty where no period is named; not null
   */
  public Optional<LocalDate> start() {
    return periods().isEmpty() ? Optional.empty() : Optional.of(periods().get(0).start());
  }

  /**
   * Gets the text as written.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return text();
  }

  /**
   * Builds a {@link Target} from its parts; obtained from {@link Target#builder()}.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
