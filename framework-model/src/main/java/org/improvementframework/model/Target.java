package org.improvementframework.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a milestone is due, as written and as understood.
 *
 * <p>A target always keeps the {@link #text() text as written} beside its reading: its
 * {@link #kind() kind}, the {@link #periods() periods} it names, and for a recurring target its
 * {@link #recurrence() recurrence}. UK day/month order is assumed, a two-digit year is 20xx,
 * financial years run April to March, and {@code March 15}, {@code Apr-15} or {@code Sept 12}
 * are a month and a year, never a day.
 *
 * <pre>{@code
 * Target t = Target.parse("Apr-15");
 * t.kind();        // MONTH
 * t.deadline();    // Optional[2015-04-30]: a month is due at its end
 * Target.parse("Feb 15, thereafter monthly").deadline(LocalDate.of(2015, 5, 10)); // 2015-05-31
 * Target.read("on of now", TargetContext.none()).kind();   // UNRECOGNISED, text kept
 * }</pre>
 *
 * <p>{@code toString()} gives the text as written; {@code Target.parse(t.toString(), context)}
 * equals {@code t} for a target that was read with that context.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {

  private static final Target NONE = builder().text("").kind(TargetKind.NONE).build();

  Target() {}

  /**
   * Obtains a target by reading its written form strictly, assuming no year.
   *
   * @param text the target as written; not null
   * @return the target; not null
   * @throws TargetParseException if the text is not a recognised form of target
   */
  public static Target parse(CharSequence text) {
    return parse(text, TargetContext.none());
  }

  /**
   * Obtains a target by reading its written form strictly.
   *
   * @param text the target as written; not null
   * @param context what to assume where the text is silent, such as the year; not null
   * @return the target; not null
   * @throws TargetParseException if the text is not a recognised form of target
   */
  public static Target parse(CharSequence text, TargetContext context) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (context == null) {
      throw new NullPointerException("context");
    }
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
   */
  public static Target read(CharSequence text, TargetContext context) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (context == null) {
      throw new NullPointerException("context");
    }
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
    return builder().text(day.toString()).kind(TargetKind.DAY).addPeriods(DateRange.ofDay(day))
        .build();
  }

  /**
   * Obtains a target of one month, due at its end, written in ISO form ({@code 2015-07}).
   *
   * @param month the month; not null
   * @return the target; not null
   */
  public static Target ofMonth(YearMonth month) {
    return builder().text(month.toString()).kind(TargetKind.MONTH)
        .addPeriods(DateRange.of(month.atDay(1), month.atEndOfMonth())).build();
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
    switch (kind()) {
      case RECURRING:
      case OPEN_START:
      case TO_BE_CONFIRMED:
      case UNRECOGNISED:
      case NONE:
        return Optional.empty();
      default:
        return Optional.of(periods().get(periods().size() - 1).end());
    }
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
    if (asOf == null) {
      throw new NullPointerException("asOf");
    }
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
