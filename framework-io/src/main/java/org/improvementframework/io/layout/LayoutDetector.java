package org.improvementframework.io.layout;

import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.layout.Layout.Kind;
import org.improvementframework.io.layout.Layout.RowKind;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.TargetContext;

/**
 * Scores every known layout on the first rows of a table and picks the best: a layout scores one
 * point per column it names that a header row holds, a little more the larger the share of its
 * columns found, and two points when it expects date headings and the rows have some.
 */
final class LayoutDetector {

  /** How many non-blank rows are searched for a header row. */
  static final int HEADER_ROWS = 40;

  /** How many rows after the header are searched for date headings. */
  private static final int HEADING_ROWS = 400;

  /** One layout's fit: its header row (null if none fits) and its score (0 if unfit). */
  record Fit(Layout layout, Headers.Match header, double score, String missing, int dates) {
    String describe() {
      if (header == null || header.row() == null) {
        return layout.name() + " (no header row naming its columns)";
      }
      List<String> found = new ArrayList<>();
      header.columns().keySet().forEach(f -> found.add(f.jsonName()));
      return layout.name()
          + " (header row "
          + header.row().number()
          + " holds "
          + found
          + (missing.isEmpty() ? "" : "; missing " + missing)
          + (dates > 0 ? "; " + dates + " date headings" : "")
          + ")";
    }
  }

  private LayoutDetector() {}

  /** Finds the best header row of one layout. */
  static Fit fit(Layout layout, List<TableRow> rows) {
    return fit(layout, rows, new String[rows.size()][]);
  }

  /**
   * Finds the best header row of one layout, with the rows' normalised cells kept in {@code
   * cells} (by row index, filled as needed) for the next layout tried on the same rows.
   */
  private static Fit fit(Layout layout, List<TableRow> rows, String[][] cells) {
    if (Headers.allPositions(layout)) {
      return new Fit(layout, Headers.positions(layout), 0.5, "", 0);
    }
    Headers.Match best = null;
    int seen = 0;
    int headerIndex = -1;
    for (int i = 0; i < rows.size() && seen < HEADER_ROWS; i++) {
      if (rows.get(i).isBlank()) {
        continue;
      }
      seen++;
      if (cells[i] == null) {
        cells[i] = Headers.normalisedCells(rows.get(i));
      }
      Headers.Match m = Headers.match(layout, rows.get(i), cells[i]);
      if (best == null || m.size() > best.size()) {
        best = m;
        headerIndex = i;
      }
    }
    if (best == null || best.size() == 0) {
      return new Fit(layout, null, 0, "all its columns", 0);
    }
    String missing = missing(layout, best);
    int dates = dateHeadings(rows, headerIndex + 1);
    double score = best.size() + 0.5 * best.size() / layout.columns().size();
    if (dates > 0 && layout.dateHeadings()) {
      score += 2;
    }
    boolean fits = best.size() >= 2 && missing.isEmpty() && (!layout.dateHeadings() || dates > 0);
    return new Fit(
        layout,
        best,
        fits ? score : 0,
        missing + (layout.dateHeadings() && dates == 0 ? "date heading rows" : ""),
        dates);
  }

  private static String missing(Layout layout, Headers.Match m) {
    if (layout.kind() == Kind.TRACKER || layout.rows() == RowKind.MILESTONE) {
      return m.has(Field.MILESTONE) ? "" : "the milestone column";
    }
    return m.has(Field.ACTION) || m.has(Field.DESCRIPTION) ? "" : "the action column";
  }

  private static int dateHeadings(List<TableRow> rows, int from) {
    int count = 0;
    TargetContext context = TargetContext.none();
    for (int i = from; i < rows.size() && i < from + HEADING_ROWS; i++) {
      TableRow r = rows.get(i);
      String only = null;
      int nonBlank = 0;
      for (String c : r.cells()) {
        if (!c.isBlank()) {
          nonBlank++;
          only = c;
        }
      }
      if (nonBlank == 1 && Headings.date(only, context).isPresent()) {
        count++;
      }
    }
    return count;
  }

  /** Picks the best layout, or fails naming what was looked for and the nearest match. */
  static Fit choose(
      List<Layout> layouts, List<TableRow> rows, String source, List<ReadWarning> warnings) {
    Fit best = null;
    Fit nearest = null;
    List<String> names = new ArrayList<>();
    String[][] cells = new String[rows.size()][];
    for (Layout layout : layouts) {
      Fit f = fit(layout, rows, cells);
      names.add(layout.name());
      if (f.score() > 0 && (best == null || f.score() > best.score())) {
        best = f;
      }
      int size = f.header() == null ? 0 : f.header().size();
      if (nearest == null || nearest.header() == null || size > nearest.header().size()) {
        nearest = f;
      }
    }
    if (best == null) {
      throw PlanFormatException.builder("no known layout fits the table")
          .at(InputLocation.ofSource(source))
          .expected(
              "a header row naming the columns of one of the layouts "
                  + names
                  + "; the nearest was "
                  + nearest.describe()
                  + " (give the layout with --layout NAME|FILE, or write a layout file)")
          .build();
    }
    InputLocation at =
        best.header().row() == null
            ? InputLocation.ofSource(source)
            : InputLocation.builder().source(source).row(best.header().row().number()).build();
    warnings.add(
        ReadWarning.of(
            at,
            "no layout given",
            "",
            "read the table as layout "
                + best.layout().name()
                + ", which fits best (score "
                + oneDecimal(best.score())
                + "): "
                + best.describe()));
    return best;
  }

  /**
   * Writes a positive score with one decimal, as {@code %.1f} would in the root locale; by hand,
   * since the formatter cost a fuzzing run 6% of its time on every input.
   */
  static String oneDecimal(double score) {
    long tenths = Math.round(score * 10);
    return tenths / 10 + "." + tenths % 10;
  }
}
