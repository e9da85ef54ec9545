package org.improvementframework.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;

/**
 * Keeps the warnings of a read, at most {@value #PER_KIND} of each kind, and counts the rest, so
 * that a sheet of 10^5 hidden rows costs a count and not 10^5 warnings in memory.
 */
final class WarningLog {

  /** The warnings kept of each kind; the rest are counted in one summary warning. */
  static final int PER_KIND = 20;

  /** The kinds of warning a workbook gives. */
  enum Kind {
    HIDDEN_SHEET("hidden sheets"),
    HIDDEN_ROW("hidden rows"),
    HIDDEN_COLUMN("hidden columns"),
    NO_CACHED_VALUE("formulas without a cached value"),
    ERROR_VALUE("cells with an error value"),
    MISTYPED_INLINE_TEXT("cells of another type holding inline text");

    private final String plural;

    Kind(String plural) {
      this.plural = plural;
    }
  }

  private final String source;
  private final List<ReadWarning> kept = new ArrayList<>();
  private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);

  WarningLog(String source) {
    this.source = source;
  }

  void add(Kind kind, InputLocation where, String problem, String text, String action) {
    long n = counts.merge(kind, 1L, Long::sum);
    if (n <= PER_KIND) {
      kept.add(ReadWarning.of(where, problem, text, action));
    }
  }

  List<ReadWarning> warnings() {
    List<ReadWarning> all = new ArrayList<>(kept);
    counts.forEach(
        (kind, n) -> {
          if (n > PER_KIND) {
            all.add(
                ReadWarning.of(
                    InputLocation.ofSource(source),
                    (n - PER_KIND) + " more " + kind.plural + " than the " + PER_KIND + " listed",
                    "",
                    "read like the others"));
          }
        });
    return List.copyOf(all);
  }
}
