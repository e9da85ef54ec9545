package org.improvementframework.io.layout;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetContext;
import org.improvementframework.model.TargetKind;

/**
 * Rebuilds the rows of a plan table copied out of a PDF, where every cell became a line of its
 * own: an area heading line, then for each row its reference ("1.1", or "1.1.1" for a milestone)
 * on a line, the action text (perhaps wrapped over several lines), the lead, the date, a RAG
 * letter and the status (perhaps wrapped). The references are the anchors: the lines from one to
 * the next are one row, and each line goes to the column its text fits (a date, a name, a RAG
 * letter), in the usual column order. The rows come out under a header row of the action-rows
 * layout, or of the milestone-rows layout when milestones are numbered, for its reader.
 *
 * <p>Page furniture ("Page 2 of 5") and the table's header lines repeated on each page are set
 * aside with a warning, so that every word of the input is in the plan or in a warning.
 */
final class FlattenedRows {

  /** A line of flattened text holding only a reference, "10.1.2." with blanks, is this short. */
  private static final int LONGEST_REFERENCE_LINE = 12;

  private static final Pattern REFERENCE =
      Pattern.compile("\\s*(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\.?\\s*");
  private static final Pattern PAGE =
      Pattern.compile("(?i)\\s*page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?\\s*");
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'\u2019.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.\\-]*|of|for|the|and|de|van))"
              + "{0,4}");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:/|&|;|,)\\s*");
  private static final Pattern STATUS_WORD =
      Pattern.compile(
          "(?i)(?:complete[d]?|in\\s*progress|on-?going|not\\s+(?:yet\\s+)?started|delayed"
              + "|overdue|on\\s+track|underway|scheduled|agreed)\\b.*");

  /** A target cell of a PDF copy: a date, or a list, a recurrence or a to-be-confirmed. */
  private static final Set<TargetKind> TARGETS = targetKinds();

  /** The column labels a PDF copy repeats as lines of their own; all those of the two layouts. */
  private static final Set<String> LABELS =
      Set.of(
          "ref",
          "reference",
          "no",
          "action",
          "actions",
          "action description",
          "milestone",
          "milestones",
          "lead",
          "lead officer",
          "responsible officer",
          "owner",
          "due date",
          "target date",
          "deadline",
          "date",
          "timescale",
          "rag",
          "rag status",
          "status",
          "progress",
          "progress update",
          "update",
          "status of milestone");

  private static final List<String> ACTION_HEADER =
      List.of("Ref", "Action", "Lead", "Due date", "RAG", "Progress update");
  private static final List<String> MILESTONE_HEADER =
      List.of("Ref", "Action", "Milestone", "Lead", "Target date", "RAG", "Status");

  /** One line of the input and its number. */
  private record Line(long number, String text) {}

  /** The cells of one rebuilt row, found by what the lines hold. */
  private record Cells(String action, String lead, String date, String rag, String status) {}

  private FlattenedRows() {}

  private static Set<TargetKind> targetKinds() {
    EnumSet<TargetKind> kinds = EnumSet.copyOf(Headings.DATES);
    kinds.addAll(EnumSet.of(TargetKind.LIST, TargetKind.RECURRING, TargetKind.TO_BE_CONFIRMED));
    return kinds;
  }

  /**
   * Whether the text looks like a table flattened to one cell per line: at least two lines that
   * hold nothing but a reference, which a CSV or TSV row never has, and no tab.
   */
  static boolean isFlattened(String text) {
    return isFlattened(new StringReader(text));
  }

  /**
   * As {@link #isFlattened(String)}, reading the text once and holding one short line at a time,
   * so that a large table is not held whole to be told from flattened text.
   */
  static boolean isFlattened(Reader text) {
    int references = 0;
    StringBuilder line = new StringBuilder(LONGEST_REFERENCE_LINE + 1);
    char[] buffer = new char[8192];
    boolean afterCr = false;
    try (text) {
      for (int n; (n = text.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          char c = buffer[i];
          if (c == '\t') {
            return false;
          }
          boolean crLf = afterCr && c == '\n';
          afterCr = c == '\r';
          if (crLf) {
            continue;
          }
          if (isLineBreak(c)) {
            references += isReferenceLine(line) ? 1 : 0;
            line.setLength(0);
          } else if (line.length() <= LONGEST_REFERENCE_LINE) {
            line.append(c);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    references += isReferenceLine(line) ? 1 : 0;
    return references >= 2;
  }

  /** The line breaks of {@code \\R}; a carriage return and line feed are one. */
  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static boolean isReferenceLine(CharSequence line) {
    return line.length() <= LONGEST_REFERENCE_LINE && REFERENCE.matcher(line).matches();
  }

  /** Rebuilds the rows of flattened text, adding a warning for each line set aside or moved. */
  static List<TableRow> rows(String text, String source, List<ReadWarning> warnings) {
    List<Line> lines = new ArrayList<>();
    String[] split = text.split("\\R", -1);
    for (int i = 0; i < split.length; i++) {
      lines.add(new Line(i + 1L, split[i].strip()));
    }
    boolean milestones = false;
    int firstAnchor = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = REFERENCE.matcher(lines.get(i).text());
      if (m.matches()) {
        milestones |= m.group(1).chars().filter(c -> c == '.').count() == 2;
        firstAnchor = firstAnchor < 0 ? i : firstAnchor;
      } else if (firstAnchor < 0 && Headings.area(lines.get(i).text()).keyword()) {
        firstAnchor = i;
      }
    }
    List<String> header = milestones ? MILESTONE_HEADER : ACTION_HEADER;
    List<TableRow> rows = new ArrayList<>();
    Builder b = new Builder(source, warnings, header, rows);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (i == firstAnchor) {
        rows.add(TableRow.of(source, line.number(), header));
        warnings.add(
            ReadWarning.of(
                InputLocation.builder().source(source).row(line.number()).build(),
                "text with one table cell per line, as copied from a PDF",
                "",
                "rebuilt the rows from the references, under the columns " + header));
      }
      b.line(line, i < firstAnchor || firstAnchor < 0);
    }
    b.flush();
    return rows;
  }

  /** Gathers the lines of one row at a time. */
  private static final class Builder {
    private final String source;
    private final List<ReadWarning> warnings;
    private final List<String> header;
    private final List<TableRow> rows;
    private String reference;
    private long referenceLine;
    private final List<Line> pending = new ArrayList<>();
    private String heldAction = "";
    private String heldLead = "";

    Builder(String source, List<ReadWarning> warnings, List<String> header, List<TableRow> rows) {
      this.source = source;
      this.warnings = warnings;
      this.header = header;
      this.rows = rows;
    }

    void line(Line line, boolean beforeTable) {
      String text = line.text();
      if (text.isEmpty()) {
        return;
      }
      if (PAGE.matcher(text).matches() || LABELS.contains(text.toLowerCase(Locale.ROOT))) {
        warn(line.number(), "page furniture or a column label", text, "set it aside");
        return;
      }
      if (beforeTable) {
        rows.add(TableRow.of(source, line.number(), List.of(text)));
        return;
      }
      Matcher m = REFERENCE.matcher(text);
      if (m.matches()) {
        flush();
        reference = m.group(1);
        referenceLine = line.number();
        return;
      }
      Headings.AreaHeading h = Headings.area(text);
      // Inside a row only a numbered heading ends it: "Improvement board ..." may be its text.
      if (h.keyword() && (reference == null || h.number() != null && !pending.isEmpty())) {
        flush();
        reference = null;
        rows.add(TableRow.of(source, line.number(), List.of(text)));
        return;
      }
      if (reference == null) {
        // A heading wrapped onto a second line: its words belong to the heading.
        TableRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last != null && last.cells().size() == 1) {
          rows.set(
              rows.size() - 1,
              TableRow.of(source, last.number(), List.of(last.cell(0) + " " + text)));
          warn(line.number(), "a heading wrapped onto a second line", text, "joined it");
          return;
        }
      }
      pending.add(line);
    }

    void flush() {
      if (reference == null) {
        for (Line l : pending) {
          warn(l.number(), "text outside any numbered row", l.text(), "kept it as a row");
          rows.add(TableRow.of(source, l.number(), List.of(l.text())));
        }
        pending.clear();
        return;
      }
      Cells c = cells(pending);
      boolean milestoneRef = reference.chars().filter(ch -> ch == '.').count() == 2;
      List<String> cells;
      if (header == MILESTONE_HEADER && !milestoneRef) {
        if (c.date().isEmpty() && c.status().isEmpty() && c.rag().isEmpty()) {
          // An action line above its milestones: its text names the action of the rows below.
          heldAction = c.action();
          heldLead = c.lead();
          reference = null;
          pending.clear();
          return;
        }
        heldAction = "";
        heldLead = "";
        cells = List.of(reference, c.action(), "", c.lead(), c.date(), c.rag(), c.status());
      } else if (header == MILESTONE_HEADER) {
        String lead = c.lead().isEmpty() ? heldLead : c.lead();
        cells = List.of(reference, heldAction, c.action(), lead, c.date(), c.rag(), c.status());
      } else {
        cells = List.of(reference, c.action(), c.lead(), c.date(), c.rag(), c.status());
      }
      rows.add(TableRow.of(source, referenceLine, cells));
      reference = null;
      pending.clear();
    }

    /** Assigns a row's lines to its cells: text, lead, date, RAG, status, in that order. */
    private Cells cells(List<Line> lines) {
      int date = -1;
      for (int i = 1; i < lines.size() && date < 0; i++) {
        date = isDate(lines.get(i).text()) ? i : -1;
      }
      int end = date < 0 ? lines.size() : date;
      int lead = -1;
      for (int i = 1; i < end && lead < 0; i++) {
        lead = isName(lines.get(i).text()) ? i : -1;
      }
      int textEnd = lead >= 0 ? lead : end;
      String action = join(lines, 0, textEnd);
      String leadText = lead >= 0 ? join(lines, lead, lead + 1) : "";
      // Without a date, the lines after the lead are its status, as the warning below says.
      String between = lead >= 0 && date >= 0 ? join(lines, lead + 1, end) : "";
      String dateText = date >= 0 ? lines.get(date).text() : "";
      int after = date >= 0 ? date + 1 : lead >= 0 ? lead + 1 : end;
      String rag = "";
      if (after < lines.size() && isRag(lines.get(after).text())) {
        rag = lines.get(after).text();
        after++;
      }
      String status = join(lines, after, lines.size());
      if (!between.isEmpty()) {
        // Lines between the lead and the date fit no column: the lead's cell wrapped.
        leadText = leadText + " " + between;
        warn(
            lines.get(lead + 1).number(),
            "a line between the lead and the date",
            between,
            "joined it to the lead");
      }
      if (date < 0 && lines.size() > 1) {
        warn(
            referenceLine,
            "no date in row " + reference,
            "",
            lead >= 0
                ? "read the lines after the lead as the status"
                : "read its lines as the " + "action text");
      }
      return new Cells(action, leadText, dateText, rag, status);
    }

    private void warn(long row, String problem, String text, String action) {
      warnings.add(
          ReadWarning.of(
              InputLocation.builder().source(source).row(row).build(), problem, text, action));
    }
  }

  private static String join(List<Line> lines, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(lines.get(i).text());
    }
    return sb.toString();
  }

  private static boolean isDate(String text) {
    return text.length() <= 40
        && TARGETS.contains(Target.read(text, TargetContext.none()).kind())
        && !STATUS_WORD.matcher(text).matches();
  }

  private static boolean isRag(String text) {
    return text.length() <= 6 && Rag.read(text).isPresent();
  }

  /** A lead: one or more names or job titles ("Kit Lowe / Head of Service"), no status. */
  private static boolean isName(String text) {
    if (text.length() > 80 || STATUS_WORD.matcher(text).matches()) {
      return false;
    }
    for (String part : NAME_SEPARATOR.split(text)) {
      if (!part.isBlank() && !NAME.matcher(part.strip()).matches()) {
        return false;
      }
    }
    return true;
  }
}
