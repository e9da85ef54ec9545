package org.improvementframework.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a target reader may assume where the text leaves it out: the year of a date written
 * without one ({@code 30th March}, {@code by 15th July}).
 *
 * <pre>{@code
 * Target.parse("30th March", TargetContext.ofYear(2015)).deadline();   // 2015-03-30
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetContext {

  private static final TargetContext NONE = ImmutableTargetContext.builder().build();

  TargetContext() {}

  /**
   * Obtains the context that assumes nothing: a date without a year cannot be read.
   *
   * @return the empty context; not null
   */
  public static TargetContext none() {
    return NONE;
  }

  /**
   * Obtains the context that assumes the given year where the text has none.
   *
   * @param year the year to assume, such as 2015
   * @return the context; not null
   */
  public static TargetContext ofYear(int year) {
    return ImmutableTargetContext.builder().defaultYear(year).build();
  }

  /**
   * Obtains the context of a plan reported on the given date: a date without a year is read in
   * the year of the reporting date.
   *
   * @param reportingDate the plan's reporting date; not null
   * @return the context; not null
   */
  public static TargetContext ofReportingDate(LocalDate reportingDate) {
    return ofYear(reportingDate.getYear());
  }

  /**
   * Gets the year to assume where the text has none.
   *
   * @return the year, or empty to assume none
   */
  public abstract OptionalInt defaultYear();

  /**
   * Gets the year to assume, boxed, for the readers of this package.
   *
   * @return the year, or empty
   */
  Optional<Integer> year() {
    OptionalInt y = defaultYear();
    return y.isPresent() ? Optional.of(y.getAsInt()) : Optional.empty();
  }
}
