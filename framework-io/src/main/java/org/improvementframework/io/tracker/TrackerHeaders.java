package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.improvementframework.io.tracker.TrackerTable.Row;

/**
 * Header detection of the tracker importer: the columns a tracker can have, and which of them a
 * row names, in any order, case or spacing and with look-alike letters.
 */
final class TrackerHeaders {

  /** Receives a warning: row, column, problem, text and what was done. */
  @FunctionalInterface
  interface Warner {
    void warn(int row, String column, String problem, String text, String action);
  }

  enum Field {
    OBJECTIVE("OBJECTIVE", 1.0),
    OUTCOMES("OUTCOMES", 1.0),
    ACTION("Action description", 2.5),
    MILESTONES("PROGRESS MILESTONES", 2.5),
    TARGET("TARGET DATE", 2.5),
    STATUS("Status of milestone", 2.5),
    RAG("RAG", 2.5),
    RESOLUTION("Resolution for overdue milestones", 1.0),
    MEASURES("Measured By", 1.0),
    LEAD("Lead", 2.5),
    OTHER("", 2.5);

    final String label;

    /** What it costs to believe that a row lost its cell of this column. */
    final double skipCost;

    Field(String label, double skipCost) {
      this.label = label;
      this.skipCost = skipCost;
    }

    boolean isAreaLevel() {
      return this == OBJECTIVE || this == OUTCOMES || this == MEASURES || this == LEAD;
    }
  }

  static final Field[] CANONICAL = {
    Field.OBJECTIVE,
    Field.OUTCOMES,
    Field.ACTION,
    Field.MILESTONES,
    Field.TARGET,
    Field.STATUS,
    Field.RAG,
    Field.RESOLUTION,
    Field.MEASURES
  };

  /** The columns of a header row. */
  record Header(Field[] fields, String[] labels, int row) {
    Field field(int i) {
      return i < fields.length ? fields[i] : Field.OTHER;
    }

    String label(int i) {
      return i < labels.length ? labels[i] : "#" + (i + 1);
    }
  }

  private final Warner warner;

  TrackerHeaders(Warner warner) {
    this.warner = warner;
  }

  /**
   * What a label's key says of its column: the key equals one of {@code words}, contains one of
   * {@code parts}, or starts with {@code prefix} and has at most {@code prefixMax} characters.
   */
  private record Rule(
      Field field, Set<String> words, List<String> parts, String prefix, int prefixMax) {

    Rule(Field field, Set<String> words, List<String> parts) {
      this(field, words, parts, null, 0);
    }

    boolean matches(String key) {
      if (words.contains(key)
          || prefix != null && key.startsWith(prefix) && key.length() <= prefixMax) {
        return true;
      }
      for (String part : parts) {
        if (key.contains(part)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The rules in the order they are tried: the first that matches names the column. */
  private static final List<Rule> RULES =
      List.of(
          new Rule(Field.RAG, Set.of("rag", "rating"), List.of("redambergreen"), "rag", 12),
          new Rule(
              Field.RESOLUTION,
              Set.of(),
              List.of("resolution", "overdue", "mitigation", "remedial")),
          new Rule(Field.STATUS, Set.of("progress"), List.of("status", "update", "comment")),
          new Rule(
              Field.MEASURES,
              Set.of("kpi", "kpis"),
              List.of("measured", "successcriteria", "indicator"),
              "measure",
              Integer.MAX_VALUE),
          new Rule(Field.MILESTONES, Set.of("steps", "tasks"), List.of("milestone")),
          new Rule(
              Field.TARGET,
              Set.of(),
              List.of("target", "date", "deadline", "due", "timescale", "bywhen")),
          new Rule(Field.OBJECTIVE, Set.of("aim", "aims"), List.of("objective")),
          new Rule(Field.OUTCOMES, Set.of(), List.of("outcome")),
          new Rule(Field.ACTION, Set.of("description"), List.of("action")),
          new Rule(
              Field.LEAD, Set.of("lead", "leads", "leadofficer"), List.of("responsible", "owner")));

  static Field fieldOf(String label) {
    if (label.strip().length() > 50) {
      return null;
    }
    String k = TrackerText.labelKey(label);
    if (k.isEmpty()) {
      return null;
    }
    for (Rule rule : RULES) {
      if (rule.matches(k)) {
        return rule.field();
      }
    }
    return null;
  }

  /** The header of a row, if the row is one: at least three distinct columns named. */
  Header header(Row row) {
    List<String> cells = row.cells();
    Field[] fields = new Field[cells.size()];
    Set<Field> seen = EnumSet.noneOf(Field.class);
    if (!nameColumns(cells, fields, seen)) {
      return null;
    }
    String[] labels = new String[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      labels[i] = TrackerText.clean(TrackerText.repairLookalikes(cells.get(i)));
    }
    fillFromUsualOrder(row, fields, labels, seen);
    for (int c = 0; c < fields.length; c++) {
      if (fields[c] == null) {
        fields[c] = Field.OTHER;
        if (labels[c].isEmpty()) {
          labels[c] = "#" + (c + 1);
        } else {
          warner.warn(
              row.line(),
              labels[c],
              "header label not recognised",
              labels[c],
              "text under this column is kept as notes");
        }
      } else if (labels[c].isEmpty()) {
        labels[c] = fields[c].label;
      }
    }
    return new Header(fields, labels, row.line());
  }

  /**
   * Names the columns whose labels say what they hold, each field once; true when the row is a
   * header: three fields named, and named cells at least half of the cells with text.
   */
  private static boolean nameColumns(List<String> cells, Field[] fields, Set<Field> seen) {
    int named = 0;
    int nonEmpty = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).isBlank()) {
        continue;
      }
      nonEmpty++;
      Field f = fieldOf(cells.get(i));
      if (f != null && seen.add(f)) {
        fields[i] = f;
        named++;
      }
    }
    return named >= 3 && named * 2 >= nonEmpty;
  }

  /** Fills unnamed columns from the usual column order where it leaves no doubt. */
  private void fillFromUsualOrder(Row row, Field[] fields, String[] labels, Set<Field> seen) {
    int i = 0;
    while (i < fields.length) {
      if (fields[i] != null) {
        i++;
        continue;
      }
      int a = i;
      while (i < fields.length && fields[i] == null) {
        i++;
      }
      int b = i;
      Field left = a > 0 ? fields[a - 1] : null;
      Field right = b < fields.length ? fields[b] : null;
      if (right == null) {
        break;
      }
      List<Field> between = new ArrayList<>();
      int from = left == null ? 0 : indexOf(left) + 1;
      int to = indexOf(right);
      for (int c = from; c < to; c++) {
        if (!seen.contains(CANONICAL[c])) {
          between.add(CANONICAL[c]);
        }
      }
      boolean fits = left == null ? between.size() >= b - a : between.size() == b - a;
      if (fits && from >= 0 && to >= 0) {
        List<Field> chosen = between.subList(between.size() - (b - a), between.size());
        for (int c = a; c < b; c++) {
          takeFromOrder(row, c, chosen.get(c - a), fields, labels, seen);
        }
      }
    }
  }

  /** Takes column {@code c} as field {@code f}, warning that its label did not say so. */
  private void takeFromOrder(
      Row row, int c, Field f, Field[] fields, String[] labels, Set<Field> seen) {
    fields[c] = f;
    seen.add(f);
    String written = row.cells().get(c).strip();
    warner.warn(
        row.line(),
        "#" + (c + 1),
        written.isEmpty() ? "header label missing" : "header label not recognised",
        written,
        "took the column as '" + f.label + "' from the usual column order");
    labels[c] = written.isEmpty() ? f.label : labels[c];
  }

  static int indexOf(Field f) {
    for (int i = 0; i < CANONICAL.length; i++) {
      if (CANONICAL[i] == f) {
        return i;
      }
    }
    return -1;
  }

  static Header defaultHeader() {
    String[] labels = new String[CANONICAL.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = CANONICAL[i].label;
    }
    return new Header(CANONICAL.clone(), labels, 0);
  }
}
