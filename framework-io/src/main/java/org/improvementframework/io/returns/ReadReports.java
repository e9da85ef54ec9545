package org.improvementframework.io.returns;

import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * The problems and warnings of reading one return document, each capped ({@link CappedReports}):
 * the first {@value CappedReports#DEFAULT_KEPT} of each are kept, the rest counted by kind into
 * one summary warning each, added last by {@link #finish(InputLocation)}.
 *
 * <p>Instances are mutable and not thread-safe: one per reading of one document.
 */
public final class ReadReports {

  private final List<PlanFormatException> keptProblems = new ArrayList<>();
  private final List<ReadWarning> keptWarnings = new ArrayList<>();
  private final CappedReports<PlanFormatException> problems =
      CappedReports.of(
          CappedReports.DEFAULT_KEPT, "problems", PlanFormatException::problem, keptProblems::add);
  private final CappedReports<ReadWarning> warnings = CappedReports.warnings(keptWarnings::add);

  /** Creates reports with nothing reported yet. */
  public ReadReports() {
    // the lists fill as the document is read
  }

  /**
   * Gets the sink of the problems: what could not be read, located.
   *
   * @return the capped problems; not null
   */
  public CappedReports<PlanFormatException> problems() {
    return problems;
  }

  /**
   * Gets the sink of the warnings.
   *
   * @return the capped warnings; not null
   */
  public CappedReports<ReadWarning> warnings() {
    return warnings;
  }

  /**
   * Gets the number of problems reported so far, kept or only counted.
   *
   * @return the count
   */
  public long problemCount() {
    return problems.kept() + problems.dropped();
  }

  /**
   * Ends the reading: adds the summaries of the warnings and then of the problems not kept, if
   * any were not, to the warnings kept, and gives what is kept.
   *
   * @param file where the summaries are located, the document as a whole; not null
   * @return the problems count, the problems and the warnings kept; not null
   */
  public ReturnReports finish(InputLocation file) {
    warnings.summary(file).ifPresent(keptWarnings::add);
    problems.summary(file).ifPresent(keptWarnings::add);
    return new ReturnReports(problemCount(), keptProblems, keptWarnings);
  }

  /**
   * Gets the problems kept, in the order reported.
   *
   * @return an unmodifiable copy; not null
   */
  public List<PlanFormatException> keptProblems() {
    return List.copyOf(keptProblems);
  }

  /**
   * Gets the warnings kept, in the order reported, with the summaries once finished.
   *
   * @return an unmodifiable copy; not null
   */
  public List<ReadWarning> keptWarnings() {
    return List.copyOf(keptWarnings);
  }
}
