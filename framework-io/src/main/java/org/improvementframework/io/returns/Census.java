package org.improvementframework.io.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * A census return read from XML: its header, and the problems and warnings of reading it. The
 * CIN census and the workforce census are read alike up to what their children or workers hold.
 */
public interface Census {

  /**
   * Gets the header: collection, year, reference date and local authority.
   *
   * @return the header; not null
   */
  ReturnHeader header();

  /**
   * Gets what reading found: the problems (kept and counted) and the warnings.
   *
   * @return the reports; not null
   */
  ReturnReports reports();

  /**
   * Gets the census reference date named in the header.
   *
   * @return the date, or empty if not given; not null
   */
  default Optional<LocalDate> referenceDate() {
    return header().referenceDate();
  }

  /**
   * Gets the local authority code named in the header ({@code LEA}).
   *
   * @return the code, empty if not given; not null
   */
  default String lea() {
    return header().lea();
  }

  /**
   * Gets the number of problems found, kept in {@link #problems()} or only counted in the
   * summary warning.
   *
   * @return the count
   */
  default long problemCount() {
    return reports().problemCount();
  }

  /**
   * Gets what could not be read, located; the first {@value CappedReports#DEFAULT_KEPT}.
   *
   * @return the problems kept; not null
   */
  default List<PlanFormatException> problems() {
    return reports().problems();
  }

  /**
   * Gets the warnings, the summaries of what was not kept last.
   *
   * @return the warnings; not null
   */
  default List<ReadWarning> warnings() {
    return reports().warnings();
  }
}
