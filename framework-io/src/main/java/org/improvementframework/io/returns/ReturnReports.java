package org.improvementframework.io.returns;

import java.util.List;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * The problems and warnings of reading one return document, as kept: the first
 * {@value CappedReports#DEFAULT_KEPT} of each, the rest counted by kind into a summary warning
 * each, last among the warnings ({@link ReadReports#finish}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param problemCount the number of problems found, kept in {@code problems} or only counted in
 *     the summary warning
 * @param problems what could not be read, located; not null
 * @param warnings the warnings, the summaries last; not null
 */
public record ReturnReports(
    long problemCount, List<PlanFormatException> problems, List<ReadWarning> warnings) {

  /**
   * Creates the reports, copying each list.
   *
   * @param problemCount the number of problems found, kept or not
   * @param problems the problems kept; not null
   * @param warnings the warnings; not null
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if {@code problemCount} is less than the problems kept
   */
  public ReturnReports {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException(
          "problemCount " + problemCount + " is less than the " + problems.size() + " kept");
    }
  }
}
