package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.improvementframework.io.tracker.TrackerHeaders.Field;
import org.improvementframework.io.tracker.TrackerHeaders.Header;
import org.improvementframework.io.tracker.TrackerTable.Row;

/**
 * Alignment in the tracker importer: assigns the cells of a row to the header's columns, putting
 * back cells that slid left when one went missing, by what each cell holds.
 */
final class TrackerAlignment {

  /** A piece of text from one cell. */
  record Piece(int row, String column, String text) {}

  private final TrackerHeaders.Warner warner;

  TrackerAlignment(TrackerHeaders.Warner warner) {
    this.warner = warner;
  }

  /** Assigns the row's cells to columns, undoing shifts where a cell went missing. */
  @SuppressWarnings("unchecked")
  List<Piece>[] align(Row row, Header header) {
    List<Integer> cols = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      String t = row.cell(c);
      if (!t.isBlank()) {
        cols.add(c);
        String repaired = TrackerText.repairLookalikes(t);
        if (!repaired.equals(t)) {
          warner.warn(
              row.line(),
              header.label(c),
              "look-alike Greek or Cyrillic letters",
              t,
              "read as Latin letters: '" + TrackerText.clean(repaired) + "'");
        }
        texts.add(repaired);
      }
    }
    int width = Math.max(header.fields().length, 1);
    int named = 0;
    for (Field f : header.fields()) {
      named += f == Field.OTHER ? 0 : 1;
    }
    int[] target = bestAlignment(cols, texts, header, width, row.cells().size() < named);
    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
    List<Piece>[] out = new List[Field.values().length];
    for (int f = 0; f < out.length; f++) {
      out[f] = new ArrayList<>();
    }
    for (int k = 0; k < cols.size(); k++) {
      int t = target[k];
      Field f = header.field(t);
      String column = header.label(t);
      if (t != cols.get(k)) {
        warner.warn(
            row.line(),
            header.label(cols.get(k)),
            "cell is in the wrong column (a cell to its " + "left went missing)",
            TrackerText.clean(texts.get(k)),
            "read it as '" + column + "'");
      }
      if (f == Field.OTHER) {
        column = t < header.labels().length ? header.label(t) : "#" + (cols.get(k) + 1);
      }
      out[f.ordinal()].add(new Piece(row.line(), column, texts.get(k)));
    }
    return out;
  }

  private int[] bestAlignment(
      List<Integer> cols, List<String> texts, Header header, int width, boolean shortRow) {
    int n = cols.size();
    int[] identity = new int[n];
    for (int k = 0; k < n; k++) {
      identity[k] = cols.get(k);
    }
    if (n == 0) {
      return identity;
    }
    Features[] features = new Features[n];
    for (int k = 0; k < n; k++) {
      features[k] = Features.of(texts.get(k), shortRow);
    }
    int maxShift = 3;
    double[][] best = new double[n][width];
    int[][] from = new int[n][width];
    for (double[] b : best) {
      Arrays.fill(b, Double.NEGATIVE_INFINITY);
    }
    for (int k = 0; k < n; k++) {
      int c = cols.get(k);
      for (int t = Math.max(0, c - maxShift); t <= Math.min(width - 1, c + maxShift); t++) {
        double fit = fit(header.field(t), features[k]) - 0.01 * Math.abs(t - c);
        if (k == 0) {
          best[k][t] = fit - shiftCost(header, 0, t, t - c, 0);
          from[k][t] = -1;
          continue;
        }
        int pc = cols.get(k - 1);
        for (int p = Math.max(0, pc - maxShift); p < t && p <= pc + maxShift; p++) {
          if (best[k - 1][p] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double v = best[k - 1][p] + fit - shiftCost(header, p + 1, t, t - c, p - pc);
          if (v > best[k][t]) {
            best[k][t] = v;
            from[k][t] = p;
          }
        }
      }
    }
    int bestT = -1;
    for (int t = 0; t < width; t++) {
      if (best[n - 1][t] > Double.NEGATIVE_INFINITY
          && (bestT < 0 || best[n - 1][t] > best[n - 1][bestT])) {
        bestT = t;
      }
    }
    if (bestT < 0) {
      return identity;
    }
    // Keep the row as written unless moving it is clearly better.
    double identityScore = 0;
    boolean identityPossible = true;
    for (int k = 0; k < n; k++) {
      identityScore += fit(header.field(cols.get(k)), features[k]);
      identityPossible &= cols.get(k) < width;
    }
    if (identityPossible && best[n - 1][bestT] <= identityScore + 0.5) {
      return identity;
    }
    int[] out = new int[n];
    int t = bestT;
    for (int k = n - 1; k >= 0; k--) {
      out[k] = t;
      t = from[k][t];
    }
    return out;
  }

  /** The cost of changing the shift from {@code before} to {@code after} between columns. */
  private static double shiftCost(Header header, int lo, int hi, int after, int before) {
    int change = after - before;
    if (change == 0) {
      return 0;
    }
    if (change < 0) {
      return 3.0 * -change;
    }
    double cheapest = 3.0;
    for (int c = lo; c < hi; c++) {
      cheapest = Math.min(cheapest, header.field(c).skipCost);
    }
    return cheapest * change;
  }

  /** What a cell's text looks like, for fitting it to columns. */
  private record Features(
      boolean rag, double dates, boolean list, boolean status, boolean bullets) {
    static Features of(String text, boolean shortRow) {
      boolean rag = TrackerText.isRagLike(text);
      double dates = TrackerText.dateLikeness(text);
      boolean list = !rag && dates < 0.8 && TrackerList.parse(text).numbered;
      // "*" bullets mark the area's lists (outcomes, measures), hardly ever a resolution; only
      // trusted in a row that lost cells, so that a full row is never moved on this alone.
      boolean bullets = shortRow && BULLET.matcher(text).find();
      return new Features(rag, dates, list, TrackerText.isStatusLike(text), bullets);
    }
  }

  private static final Pattern BULLET = Pattern.compile("(?:^|\\s)[*\u2022]\\s*\\p{L}");

  private static double fit(Field field, Features f) {
    boolean rag = f.rag();
    double dates = f.dates();
    boolean list = f.list();
    return switch (field) {
      case RAG -> rag ? 4 : -2;
      case TARGET -> rag ? -4 : dates >= 0.5 ? 2 * dates : 0;
      case STATUS -> rag ? -4 : dates >= 0.8 ? -2 : f.status() ? 1 : 0;
      case MILESTONES -> rag ? -4 : dates >= 0.8 ? -2 : list ? 1 : 0;
      case ACTION -> rag ? -4 : dates >= 0.8 ? -2 : list ? -1 : 0;
      case RESOLUTION -> rag ? -4 : dates >= 0.8 ? -2 : f.bullets() ? -1.5 : 0;
      case MEASURES, OUTCOMES, OBJECTIVE -> rag ? -4 : dates >= 0.8 ? -2 : f.bullets() ? 0.5 : 0;
      default -> rag ? -4 : dates >= 0.8 ? -2 : 0;
    };
  }
}
