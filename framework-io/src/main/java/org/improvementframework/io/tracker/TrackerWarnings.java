package org.improvementframework.io.tracker;

import java.util.List;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * Where the tracker importer's warnings go, and how its errors name their place: one per read,
 * shared by the classes that read the plan, its areas and its actions.
 */
final class TrackerWarnings implements TrackerHeaders.Warner {

  private final String source;
  private final List<ReadWarning> warnings;

  TrackerWarnings(String source, List<ReadWarning> warnings) {
    this.source = source;
    this.warnings = warnings;
  }

  String source() {
    return source;
  }

  @Override
  public void warn(int row, String column, String problem, String text, String action) {
    InputLocation at =
        row > 0
            ? InputLocation.ofCell(source, row, column)
            : InputLocation.builder().source(source).column(column).build();
    warnings.add(ReadWarning.of(at, problem, text == null ? "" : text, action));
  }

  PlanFormatException error(String problem, int row, String expected) {
    return PlanFormatException.builder(problem)
        .at(
            row > 0
                ? InputLocation.builder().source(source).row(row).build()
                : InputLocation.ofSource(source))
        .expected(expected)
        .build();
  }
}
