package org.improvementframework.io.layout;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.InputLimits;

/**
 * How {@link PlanTables} reads a plan from a table: the layout (or detection), the reporting date
 * for plans whose title row names no month, the source name for messages, and the limits.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param layout the layout to use, or empty to detect it from the first rows; not null
 * @param reportingDate the plan's reporting ("as at") date, or empty to take the end of the month
 *     the title row names; not null
 * @param source the file name used in messages, or empty to use the rows' own; not null
 * @param limits the limits of the input; not null
 */
public record LayoutOptions(
    Optional<Layout> layout,
    Optional<LocalDate> reportingDate,
    Optional<String> source,
    InputLimits limits) {

  private static final LayoutOptions DEFAULTS =
      new LayoutOptions(
          Optional.empty(), Optional.empty(), Optional.empty(), InputLimits.defaults());

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public LayoutOptions {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(reportingDate, "reportingDate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Obtains the defaults: the layout detected, the reporting date from the title row, the default
   * limits.
   *
   * @return the defaults; not null
   */
  public static LayoutOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a copy that uses one layout instead of detecting it.
   *
   * @param l the layout; not null
   * @return the options; not null
   * @throws NullPointerException if {@code l} is null
   */
  public LayoutOptions withLayout(Layout l) {
    return new LayoutOptions(Optional.of(l), reportingDate, source, limits);
  }

  /**
   * Obtains a copy with a reporting date.
   *
   * @param date the date; not null
   * @return the options; not null
   * @throws NullPointerException if {@code date} is null
   */
  public LayoutOptions withReportingDate(LocalDate date) {
    return new LayoutOptions(layout, Optional.of(date), source, limits);
  }

  /**
   * Obtains a copy with a source name for messages.
   *
   * @param name the name; not null
   * @return the options; not null
   * @throws NullPointerException if {@code name} is null
   */
  public LayoutOptions withSource(String name) {
    return new LayoutOptions(layout, reportingDate, Optional.of(name), limits);
  }

  /**
   * Obtains a copy with other limits.
   *
   * @param l the limits; not null
   * @return the options; not null
   * @throws NullPointerException if {@code l} is null
   */
  public LayoutOptions withLimits(InputLimits l) {
    return new LayoutOptions(layout, reportingDate, source, l);
  }
}
