package org.improvementframework.examples;

import java.io.PrintWriter;
import java.util.List;

/** The board report's text section on indicators in context, after the rest of the report. */
final class ComparisonText {

  private ComparisonText() {}

  /** Writes the section, or nothing when no indicator has published data. */
  static void write(PrintWriter out, List<IndicatorContext> contexts) {
    if (contexts.isEmpty()) {
      return;
    }
    out.println();
    out.println("INDICATORS IN CONTEXT (" + contexts.size() + ")");
    ComparisonTables.writeText(out, contexts);
  }
}
