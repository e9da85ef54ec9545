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

  /** The most columns a cell is believed to have slid. */
  private static final int MAX_SHIFT = 3;

  /**
   * The best columns of the row's cells: the path of highest fit through the lattice of shifts,
   * unless the row as written fits almost as well.
   */
  private int[] bestAlignment(
      List<Integer> cols, List<String> texts, Header header, int width, boolean shortRow) {
    int n = cols.size();
    int[] identity = new int[n];
    Features[] features = new Features[n];
    for (int k = 0; k < n; k++) {
      identity[k] = cols.get(k);
      features[k] = Features.of(texts.get(k), shortRow);
    }
    if (n == 0) {
      return identity;
    }
    Lattice lattice = Lattice.of(cols, features, header, width);
    int bestT = lattice.bestEnd();
    if (bestT < 0 || keepsRow(cols, features, header, width, lattice.score(n - 1, bestT))) {
      return identity;
    }
    return lattice.path(bestT);
  }

  /** Keeps the row as written unless moving it is clearly better than {@code bestScore}. */
  private static boolean keepsRow(
      List<Integer> cols, Features[] features, Header header, int width, double bestScore) {
    double identityScore = 0;
    for (int k = 0; k < cols.size(); k++) {
      if (cols.get(k) >= width) {
        return false;
      }
      identityScore += fit(header.field(cols.get(k)), features[k]);
    }
    return bestScore <= identityScore + 0.5;
  }

  /**
   * The scores of placing cell {@code k} in column {@code t} with the best placement of the cells
   * before it ({@code best}), and the column of cell {@code k - 1} on that best way ({@code from}).
   */
  private record Lattice(double[][] best, int[][] from) {

    static Lattice of(List<Integer> cols, Features[] features, Header header, int width) {
      int n = cols.size();
      Lattice l = new Lattice(new double[n][width], new int[n][width]);
      for (double[] b : l.best) {
        Arrays.fill(b, Double.NEGATIVE_INFINITY);
      }
      for (int k = 0; k < n; k++) {
        int c = cols.get(k);
        for (int t = Math.max(0, c - MAX_SHIFT); t <= Math.min(width - 1, c + MAX_SHIFT); t++) {
          double fit = fit(header.field(t), features[k]) - 0.01 * Math.abs(t - c);
          if (k == 0) {
            l.best[k][t] = fit - shiftCost(header, 0, t, t - c, 0);
            l.from[k][t] = -1;
          } else {
            l.extend(k, t, c, cols.get(k - 1), fit, header);
          }
        }
      }
      return l;
    }

    /** Places cell {@code k} (written in column {@code c}) in column {@code t} after the best. */
    private void extend(int k, int t, int c, int pc, double fit, Header header) {
      for (int p = Math.max(0, pc - MAX_SHIFT); p < t && p <= pc + MAX_SHIFT; p++) {
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

    double score(int k, int t) {
      return best[k][t];
    }

    /** The column of the last cell on the best path, or -1 if no placement is possible. */
    int bestEnd() {
      double[] last = best[best.length - 1];
      int bestT = -1;
      for (int t = 0; t < last.length; t++) {
        if (last[t] > Double.NEGATIVE_INFINITY && (bestT < 0 || last[t] > last[bestT])) {
          bestT = t;
        }
      }
      return bestT;
    }

    /** The columns of every cell on the best path that ends in column {@code end}. */
    int[] path(int end) {
      int[] out = new int[best.length];
      int t = end;
      for (int k = best.length - 1; k >= 0; k--) {
        out[k] = t;
        t = from[k][t];
      }
      return out;
    }
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
