package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.improvementframework.io.tracker.TrackerAlignment.Piece;
import org.improvementframework.io.tracker.TrackerHeaders.Field;
import org.improvementframework.io.tracker.TrackerHeaders.Header;
import org.improvementframework.io.tracker.TrackerHeadings.Heading;
import org.improvementframework.io.tracker.TrackerTable.Row;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.Measure;

/**
 * Reads one area of a tracker: its heading row (number, title, leads) and the rows below it up
 * to the next area, gathering the area's objectives, outcomes and measures and a draft of each
 * action, whose cells may be spread over several rows.
 */
final class TrackerAreaReader {

  /** Separators a cell border left before an area title. */
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s:;.,\\-–—]+");

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern MEASURED_BY = Pattern.compile("(?i)^\\s*measured\\s+by\\s*:?\\s*");
  private static final Pattern BULLET = Pattern.compile("(?:^|\\s)[*•]\\s*");

  /** The shared parts of one read: warnings, words, alignment and the action builder. */
  record Context(
      TrackerWarnings warner,
      TrackerVocabulary vocabulary,
      TrackerAlignment alignment,
      TrackerActionReader actionReader) {}

  private final Context context;
  private final TrackerWarnings warner;
  private final Span span;
  private final int previousNumber;
  private Header header;
  private final List<Piece> objectives = new ArrayList<>();
  private final List<Piece> outcomes = new ArrayList<>();
  private final List<Piece> measures = new ArrayList<>();
  private final List<String> extraLeads = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<TrackerActionDraft> actions = new ArrayList<>();

  TrackerAreaReader(Context context, Span span, int previousNumber, Header header) {
    this.context = context;
    this.warner = context.warner();
    this.span = span;
    this.previousNumber = previousNumber;
    this.header = header;
  }

  /**
   * The rows of an area: the heading row at {@code start}, the rows below it up to {@code end}
   * (exclusive), and the header row found on each row of the whole table, if any.
   */
  record Span(List<Row> rows, Header[] headers, int start, int end) {}

  /** The header row in force at the end of the area, which the next area starts from. */
  Header header() {
    return header;
  }

  Area build() {
    Row row = span.rows().get(span.start());
    List<Integer> filled = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      if (!row.cell(c).isBlank()) {
        filled.add(c);
      }
    }
    List<String> leads = List.of();
    int leadCell = -1;
    if (filled.size() >= 2) {
      int last = filled.get(filled.size() - 1);
      leads =
          TrackerHeadings.leads(TrackerText.repairLookalikes(TrackerText.clean(row.cell(last))));
      if (!leads.isEmpty()) {
        leadCell = last;
      }
    }
    Heading heading = TrackerHeadings.heading(row);
    int number = number(row, heading);
    checkHeading(row, heading, number);
    String title = title(row, heading, leadCell, number);
    if (leads.isEmpty()) {
      warner.warn(
          row.line(),
          filled.isEmpty() ? "#1" : "#" + (filled.get(filled.size() - 1) + 1),
          "area has no lead",
          filled.size() >= 2 ? TrackerText.clean(row.cell(filled.get(filled.size() - 1))) : "",
          "recorded no lead (a lead is the last cell of the heading row and looks like a name)");
    }
    readRows();
    return assemble(AreaRef.of(number), title, leads);
  }

  private int number(Row row, Heading heading) {
    int line = row.line();
    String writtenNumber = heading == null ? null : heading.number();
    Integer read =
        writtenNumber == null
            ? null
            : TrackerHeadings.areaNumber(writtenNumber, previousNumber + 1);
    if (read == null) {
      int number = previousNumber + 1;
      warner.warn(
          line,
          "#1",
          "area number missing",
          TrackerText.clean(String.join(" ", row.cells())),
          "numbered the area " + number + " from the order of the areas");
      return number;
    }
    if (read <= previousNumber) {
      int number = previousNumber + 1;
      warner.warn(
          line,
          "#1",
          "area number " + read + " does not follow area " + previousNumber,
          heading.written(),
          "numbered the area " + number);
      return number;
    }
    if (!DIGITS.matcher(writtenNumber).matches()) {
      warner.warn(line, "#1", "area number misread", writtenNumber, "read as " + read);
    }
    return read;
  }

  private void checkHeading(Row row, Heading heading, int number) {
    int line = row.line();
    if (heading == null) {
      warner.warn(
          line,
          "#1",
          "area heading lost ('AREA FOR IMPROVEMENT n:' not found)",
          TrackerText.clean(String.join(" ", row.cells())),
          "took the row above the header as area " + number + "'s heading");
      return;
    }
    String canonical = "AREA FOR IMPROVEMENT " + number + ":";
    String written = TrackerText.clean(heading.written());
    if (!written.replace(" ", "").equalsIgnoreCase(canonical.replace(" ", ""))) {
      notes.add("heading written '" + written + "'");
      warner.warn(
          line,
          "#1",
          "area heading damaged",
          written,
          "read as '" + canonical + "'; the written form is kept as an area note");
    }
  }

  private String title(Row row, Heading heading, int leadCell, int number) {
    List<String> titleParts = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      if (c == leadCell || heading != null && c < heading.endCell()) {
        continue;
      }
      String cell = row.cell(c);
      if (heading != null && c == heading.endCell()) {
        cell = cell.substring(Math.min(cell.length(), heading.endOffset()));
      }
      titleParts.add(TrackerText.repairLookalikes(cell));
    }
    String title =
        LEADING_SEPARATORS
            .matcher(context.vocabulary().joinFragments(titleParts, row))
            .replaceFirst("");
    if (title.isEmpty()) {
      title = "Area for improvement " + number;
      warner.warn(row.line(), "#1", "area title missing", "", "titled the area '" + title + "'");
    } else if (heading == null
        || Character.isLowerCase(title.charAt(0))
        || titleParts.stream().filter(s -> !s.isBlank()).count() > 1) {
      warner.warn(
          row.line(),
          "#1",
          "area title cut by cell borders or partly lost",
          title,
          "kept the text as the title; check it against the source");
    }
    return title;
  }

  /** Reads the rows below the heading into the area's lists and its action drafts. */
  private void readRows() {
    TrackerActionDraft current = null;
    TrackerActionDraft pending = null;
    boolean afterBlank = true;
    for (int i = span.start() + 1; i < span.end(); i++) {
      Row r = span.rows().get(i);
      if (r.isBlank()) {
        if (pending != null) {
          current = attachPending(current, pending);
          pending = null;
        }
        afterBlank = true;
        continue;
      }
      if (span.headers()[i] != null) {
        header = span.headers()[i];
        continue;
      }
      List<Piece>[] cells = cells(r);
      TrackerActionDraft target;
      if (!cells[Field.ACTION.ordinal()].isEmpty()) {
        target = new TrackerActionDraft(r.line());
        target.description = cells[Field.ACTION.ordinal()].get(0);
        if (pending != null) {
          warner.warn(
              pending.row,
              "#1",
              "row has no action description",
              "",
              "joined it to the action of row " + r.line() + " below it");
          target.absorb(pending);
          pending = null;
        }
        actions.add(target);
        current = target;
      } else if (!hasActionLevel(cells)) {
        afterBlank = false;
        continue;
      } else if (afterBlank || current == null) {
        if (pending == null) {
          pending = new TrackerActionDraft(r.line());
        }
        target = pending;
      } else {
        target = current;
      }
      target.add(cells);
      // Continuation rows after a blank line wait for the action that follows them.
      afterBlank = target == pending;
    }
    if (pending != null) {
      attachPending(current, pending);
    }
  }

  /** Aligns a row's cells to the header and keeps its area-level cells. */
  private List<Piece>[] cells(Row r) {
    if (header == null) {
      header = TrackerHeaders.defaultHeader();
      warner.warn(
          r.line(),
          "#1",
          "no header row before the first action",
          "",
          "read the columns in the usual order: OBJECTIVE, OUTCOMES, Action description, "
              + "PROGRESS MILESTONES, TARGET DATE, Status of milestone, RAG, Resolution, "
              + "Measured By");
    }
    List<Piece>[] cells = context.alignment().align(r, header);
    objectives.addAll(cells[Field.OBJECTIVE.ordinal()]);
    outcomes.addAll(cells[Field.OUTCOMES.ordinal()]);
    measures.addAll(cells[Field.MEASURES.ordinal()]);
    for (Piece p : cells[Field.LEAD.ordinal()]) {
      List<String> l = TrackerHeadings.leads(p.text());
      if (l.isEmpty()) {
        notes.add(p.column() + ": " + p.text());
        warner.warn(
            p.row(),
            p.column(),
            "lead does not look like a name",
            p.text(),
            "kept as an area note");
      } else {
        extraLeads.addAll(l);
      }
    }
    return cells;
  }

  private static boolean hasActionLevel(List<Piece>[] cells) {
    for (Field f : Field.values()) {
      if (!f.isAreaLevel() && f != Field.ACTION && !cells[f.ordinal()].isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private TrackerActionDraft attachPending(TrackerActionDraft current, TrackerActionDraft pending) {
    if (current != null) {
      warner.warn(
          pending.row,
          "#1",
          "row has no action description",
          "",
          "joined it to the action of row " + current.row + " above it");
      current.append(pending);
      return current;
    }
    actions.add(pending);
    return pending;
  }

  private Area assemble(AreaRef ref, String title, List<String> leads) {
    Area.Builder area = Area.builder().ref(ref).title(title);
    Set<String> allLeads = new LinkedHashSet<>(leads);
    allLeads.addAll(extraLeads);
    area.addAllLeads(allLeads);
    area.addAllObjectives(bullets(objectives));
    area.addAllOutcomes(bullets(outcomes));
    for (String m : bullets(stripLabel(measures))) {
      area.addMeasures(Measure.of(m));
    }
    int n = 0;
    for (TrackerActionDraft d : actions) {
      n++;
      area.addActions(context.actionReader().action(ref.action(n), d));
    }
    area.addAllNotes(notes);
    return area.build();
  }

  private static List<Piece> stripLabel(List<Piece> pieces) {
    if (pieces.isEmpty()) {
      return pieces;
    }
    List<Piece> out = new ArrayList<>(pieces);
    Piece first = out.get(0);
    String t = MEASURED_BY.matcher(first.text()).replaceFirst("");
    if (!t.equals(first.text())) {
      out.set(0, new Piece(first.row(), first.column(), t));
    }
    return out;
  }

  /** Joins the pieces of an area-level column and splits the text at its bullets. */
  private static List<String> bullets(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.text());
    }
    List<String> items = new ArrayList<>();
    for (String part : numberedItems(sb.toString())) {
      String s = TrackerText.clean(part);
      if (!s.isEmpty() && s.chars().anyMatch(Character::isLetterOrDigit)) {
        items.add(s);
      } else if (!s.isEmpty()) {
        // Punctuation alone (", , ,") is kept with the item before it.
        if (!items.isEmpty()) {
          items.set(items.size() - 1, items.get(items.size() - 1) + " " + s);
        }
      }
    }
    return items;
  }

  /**
   * Splits an area-level text at its bullets, then each part at its list numbers when they run
   * 1, 2, 3: a list written over several rows is one item per number, not one joined item.
   */
  private static List<String> numberedItems(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : BULLET.split(text)) {
      TrackerList list = TrackerList.parse(part);
      if (list.numbered && list.items.size() >= 2) {
        if (!list.fragment.isBlank()) {
          parts.add(list.fragment);
        }
        parts.addAll(list.items.values());
      } else {
        parts.add(part);
      }
    }
    return parts;
  }
}
