package org.improvementframework.io.tracker;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.tracker.TrackerAlignment.Piece;
import org.improvementframework.io.tracker.TrackerHeaders.Field;
import org.improvementframework.io.tracker.TrackerHeaders.Header;
import org.improvementframework.io.tracker.TrackerTable.Row;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.FoundReference;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReferenceFinder;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetContext;
import org.improvementframework.model.TargetKind;

/** Turns the rows of a council tracker into a plan and warnings. */
final class TrackerReader {

  private static final class ActionDraft {
    final int row;
    Piece description;
    final List<Piece> milestones = new ArrayList<>();
    final List<Piece> targets = new ArrayList<>();
    final List<Piece> statuses = new ArrayList<>();
    final List<Piece> rags = new ArrayList<>();
    final List<Piece> resolutions = new ArrayList<>();
    final List<Piece> others = new ArrayList<>();

    ActionDraft(int row) {
      this.row = row;
    }

    void absorb(ActionDraft o) {
      milestones.addAll(0, o.milestones);
      targets.addAll(0, o.targets);
      statuses.addAll(0, o.statuses);
      rags.addAll(0, o.rags);
      resolutions.addAll(0, o.resolutions);
      others.addAll(0, o.others);
    }
  }

  private final TrackerOptions options;
  private final String source;
  private final List<ReadWarning> warnings;

  /** How often each word occurs in the document, headings included. */
  private final Map<String, Integer> vocabulary = new HashMap<>();

  private TargetContext context = TargetContext.none();
  private final TrackerHeaders headerReader = new TrackerHeaders(this::warn);
  private final TrackerAlignment alignment = new TrackerAlignment(this::warn);

  TrackerReader(TrackerOptions options, String source, List<ReadWarning> warnings) {
    this.options = options;
    this.source = source;
    this.warnings = warnings;
  }

  private void warn(int row, String column, String problem, String text, String action) {
    InputLocation at =
        row > 0
            ? InputLocation.ofCell(source, row, column)
            : InputLocation.builder().source(source).column(column).build();
    warnings.add(ReadWarning.of(at, problem, text == null ? "" : text, action));
  }

  private PlanFormatException error(String problem, int row, String expected) {
    return PlanFormatException.builder(problem)
        .at(
            row > 0
                ? InputLocation.builder().source(source).row(row).build()
                : InputLocation.ofSource(source))
        .expected(expected)
        .build();
  }

  // ---------------------------------------------------------------- the whole plan

  ImprovementPlan read(List<Row> rows) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    if (nonBlank.isEmpty()) {
      throw error(
          "the input is empty",
          0,
          "a tracker: a title row, then for each area an "
              + "'AREA FOR IMPROVEMENT n: title' row, a header row and one row per action");
    }
    Header[] headers = new Header[rows.size()];
    for (int i : nonBlank) {
      headers[i] = headerReader.header(rows.get(i));
    }
    boolean[] areaRow = new boolean[rows.size()];
    for (int k = 0; k < nonBlank.size(); k++) {
      int i = nonBlank.get(k);
      if (headers[i] != null) {
        continue;
      }
      boolean beforeHeader = k + 1 < nonBlank.size() && headers[nonBlank.get(k + 1)] != null;
      areaRow[i] = beforeHeader || heading(rows.get(i)) != null;
    }
    titleAboveHeader(rows, nonBlank, areaRow);
    int firstArea = -1;
    for (int i : nonBlank) {
      if (areaRow[i]) {
        firstArea = i;
        break;
      }
    }
    if (firstArea < 0) {
      throw error(
          "no area found",
          rows.get(nonBlank.get(0)).line(),
          "an 'AREA FOR IMPROVEMENT n: title' row, or a row above a header row naming columns "
              + "such as OBJECTIVE, Action description, PROGRESS MILESTONES, TARGET DATE");
    }
    for (int i : nonBlank) {
      if (headers[i] == null) {
        words(rows.get(i), vocabulary, areaRow[i]);
      }
    }

    // Title: the rows before the first area.
    String title = null;
    int titleRow = 0;
    List<String> planNotes = new ArrayList<>();
    for (int i : nonBlank) {
      if (i >= firstArea) {
        break;
      }
      String text = TrackerText.clean(String.join(" ", rows.get(i).cells()));
      if (headers[i] != null) {
        continue;
      }
      if (title == null) {
        title = text;
        titleRow = rows.get(i).line();
      } else {
        planNotes.add(text);
        warn(
            rows.get(i).line(),
            "#1",
            "text between the title and the first area",
            text,
            "kept as a plan note");
      }
    }
    LocalDate asAt = asAt(title, titleRow);
    context = TargetContext.ofReportingDate(asAt);
    ImprovementPlan.Builder plan = ImprovementPlan.builder().asAt(asAt);
    if (options.title().isPresent()) {
      plan.title(options.title().get());
      if (title != null) {
        planNotes.add(0, "title row: " + title);
      }
    } else if (title != null) {
      plan.title(TrackerText.repairLookalikes(title));
    } else {
      String fallback = "Improvement plan" + (source == null ? "" : " (" + source + ")");
      warn(
          0,
          null,
          "no title row before the first area",
          "",
          "titled the plan '" + fallback + "'; set TrackerOptions.title to choose");
      plan.title(fallback);
    }
    options.organisation().ifPresent(plan::organisation);
    plan.addAllNotes(planNotes);

    int previousNumber = 0;
    Header header = null;
    for (int k = 0; k < nonBlank.size(); k++) {
      int i = nonBlank.get(k);
      if (!areaRow[i]) {
        continue;
      }
      int end = rows.size();
      for (int j = k + 1; j < nonBlank.size(); j++) {
        if (areaRow[nonBlank.get(j)]) {
          end = nonBlank.get(j);
          break;
        }
      }
      AreaReading reading = new AreaReading(rows, headers, i, end, previousNumber, header);
      Area area = reading.build();
      header = reading.header;
      previousNumber = area.number();
      plan.addAreas(area);
    }
    return plan.build();
  }

  /**
   * The first row of the file is the plan's title even when a header row follows it at once,
   * unless it is an area heading or no other row is one: taken as an area, its text was lost.
   */
  private static void titleAboveHeader(List<Row> rows, List<Integer> nonBlank, boolean[] areaRow) {
    int first = nonBlank.get(0);
    if (!areaRow[first] || heading(rows.get(first)) != null) {
      return;
    }
    for (int k = 1; k < nonBlank.size(); k++) {
      if (areaRow[nonBlank.get(k)]) {
        areaRow[first] = false;
        return;
      }
    }
  }

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");

  private static final Pattern TITLE_MONTH =
      Pattern.compile("(?i)\\b(" + TrackerText.MONTH + ")[a-z]*\\.?[\\s,-]*((?:19|20)\\d{2})\\b");

  private LocalDate asAt(String title, int titleRow) {
    if (options.asAt().isPresent()) {
      return options.asAt().get();
    }
    if (title != null) {
      Matcher m = TITLE_MONTH.matcher(title);
      YearMonth found = null;
      while (m.find()) {
        found = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
      }
      if (found != null) {
        LocalDate date = found.atEndOfMonth();
        warn(
            titleRow,
            "#1",
            "no reporting date given",
            title,
            "took the end of the month "
                + "the title names, "
                + date
                + "; set TrackerOptions.asAt to choose");
        return date;
      }
    }
    throw error(
        "cannot tell the plan's reporting date",
        titleRow,
        "a month and year in the title row (such as 'March 2015'), or TrackerOptions.asAt");
  }

  private static Month month(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(t.substring(0, 3))) {
        return m;
      }
    }
    throw new IllegalStateException("not a month: " + text);
  }

  // ---------------------------------------------------------------- area headings

  /** A heading read from an area row. */
  record Heading(int endCell, int endOffset, String written, String number) {}

  private static final Pattern HEADING =
      Pattern.compile(
          "(?i)^\\s*(?:(?:A?R?E?A\\s*)?FOR\\s*IMPROV[EI]?(?:E?MENT)?"
              + "|[A-Z]{0,4}MENT(?=\\s*[0-9Il|]))"
              + "(?:\\s*(\\d{1,3}|[IVXl|]{1,4}(?=\\s*[:.\\-–—])|[0-9Il|]{1,3}(?=\\s*[:.\\-–—]))"
              // Any run of separators after the number: "3 –: title" and "3:: title" too.
              + "(?:\\s*[:;.\\-–—])*)?\\s*");

  /** Separators a cell border left before an area title. */
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s:;.,\\-–—]+");

  /** Finds the "AREA FOR IMPROVEMENT n:" heading across the row's cells, if there. */
  static Heading heading(Row row) {
    // The heading sits at the start of the row: a few hundred characters are enough.
    StringBuilder compact = new StringBuilder();
    List<int[]> map = new ArrayList<>();
    for (int c = 0; c < row.cells().size() && compact.length() < 200; c++) {
      String cell = row.cells().get(c);
      String s = TrackerText.fold(cell.length() > 200 ? cell.substring(0, 200) : cell);
      for (int o = 0; o < s.length() && compact.length() < 200; o++) {
        compact.append(s.charAt(o));
        map.add(new int[] {c, o});
      }
    }
    Matcher m = HEADING.matcher(compact);
    if (!m.find() || m.end() == 0) {
      return null;
    }
    String written = compact.substring(0, m.end()).strip();
    if (TrackerText.labelKey(written).length() < 4) {
      return null;
    }
    int endCell;
    int endOffset;
    if (m.end() >= map.size()) {
      boolean cut = compact.length() >= 200;
      int[] last = map.get(map.size() - 1);
      endCell = cut ? last[0] : row.cells().size();
      endOffset = cut ? last[1] + 1 : 0;
    } else {
      endCell = map.get(m.end())[0];
      endOffset = map.get(m.end())[1];
    }
    return new Heading(endCell, endOffset, written, m.group(1));
  }

  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|de|van|von|la|le))" + "{0,4}");

  static List<String> leads(String text) {
    List<String> leads = new ArrayList<>();
    for (String part : text.split("\\s*(?:/|&|;|,|\\band\\b)\\s*")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (!NAME.matcher(p).matches() || p.endsWith(".")) {
        return List.of();
      }
      leads.add(p);
    }
    return leads;
  }

  /** Counts the words of a row; of a heading row only those inside a cell, as a cell border
   * may have cut the first and last. */
  private static void words(Row row, Map<String, Integer> counts, boolean inside) {
    for (String c : row.cells()) {
      Matcher m = LETTERS.matcher(c.toLowerCase(Locale.ROOT));
      while (m.find()) {
        boolean edge =
            m.start() == 0
                || m.end() == c.strip().length()
                || c.substring(0, m.start()).isBlank()
                || c.substring(m.end()).isBlank();
        if (!inside || !edge) {
          counts.merge(m.group(), 1, Integer::sum);
        }
      }
    }
  }

  /**
   * Joins title fragments cut by cell borders, closing a word cut in two where the rest of the
   * document (other than this row, whose fragments would vouch for themselves) has the whole
   * word and not both halves.
   */
  String joinFragments(List<String> fragments, Row row) {
    Map<String, Integer> own = new HashMap<>();
    words(row, own, true);
    Predicate<String> known = w -> vocabulary.getOrDefault(w, 0) - own.getOrDefault(w, 0) > 0;
    StringBuilder sb = new StringBuilder();
    for (String raw : fragments) {
      String f = TrackerText.clean(raw);
      if (f.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        Matcher left = LAST_WORD.matcher(sb);
        Matcher right = FIRST_WORD.matcher(f);
        boolean glue = false;
        if (left.find() && right.find()) {
          String l = left.group(1).toLowerCase(Locale.ROOT);
          String r = right.group(1).toLowerCase(Locale.ROOT);
          glue =
              Character.isLowerCase(f.charAt(0))
                  && known.test(l + r)
                  && (!known.test(l) || !known.test(r));
        }
        // "Children" + "'s": a possessive cut from its noun.
        glue |= f.matches("^['\u2019]s\\b.*");
        if (!glue) {
          sb.append(' ');
        }
      }
      sb.append(f);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- one area

  private final class AreaReading {
    final List<Row> rows;
    final Header[] headers;
    final int start;
    final int end;
    final int previousNumber;
    Header header;
    final List<Piece> objectives = new ArrayList<>();
    final List<Piece> outcomes = new ArrayList<>();
    final List<Piece> measures = new ArrayList<>();
    final List<String> extraLeads = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<ActionDraft> actions = new ArrayList<>();

    AreaReading(
        List<Row> rows, Header[] headers, int start, int end, int previousNumber, Header header) {
      this.rows = rows;
      this.headers = headers;
      this.start = start;
      this.end = end;
      this.previousNumber = previousNumber;
      this.header = header;
    }

    Area build() {
      Row row = rows.get(start);
      int line = row.line();
      // The heading row.
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
        leads = leads(TrackerText.repairLookalikes(TrackerText.clean(row.cell(last))));
        if (!leads.isEmpty()) {
          leadCell = last;
        }
      }
      Heading heading = heading(row);
      int number;
      String writtenNumber = heading == null ? null : heading.number();
      Integer read = writtenNumber == null ? null : areaNumber(writtenNumber, previousNumber + 1);
      List<String> titleParts = new ArrayList<>();
      for (int c = 0; c < row.cells().size(); c++) {
        if (c == leadCell) {
          continue;
        }
        if (heading != null && c < heading.endCell()) {
          continue;
        }
        String cell = row.cell(c);
        if (heading != null && c == heading.endCell()) {
          cell = cell.substring(Math.min(cell.length(), heading.endOffset()));
        }
        titleParts.add(TrackerText.repairLookalikes(cell));
      }
      if (read == null) {
        number = previousNumber + 1;
        warn(
            line,
            "#1",
            "area number missing",
            TrackerText.clean(String.join(" ", row.cells())),
            "numbered the area " + number + " from the order of the areas");
      } else if (read <= previousNumber) {
        number = previousNumber + 1;
        warn(
            line,
            "#1",
            "area number " + read + " does not follow area " + previousNumber,
            heading.written(),
            "numbered the area " + number);
      } else {
        number = read;
        if (!writtenNumber.matches("\\d+")) {
          warn(line, "#1", "area number misread", writtenNumber, "read as " + number);
        }
      }
      AreaRef ref = AreaRef.of(number);
      if (heading == null) {
        warn(
            line,
            "#1",
            "area heading lost ('AREA FOR IMPROVEMENT n:' not found)",
            TrackerText.clean(String.join(" ", row.cells())),
            "took the row above the header as area " + number + "'s heading");
      } else {
        String canonical = "AREA FOR IMPROVEMENT " + number + ":";
        String written = TrackerText.clean(heading.written());
        if (!written.replace(" ", "").equalsIgnoreCase(canonical.replace(" ", ""))) {
          notes.add("heading written '" + written + "'");
          warn(
              line,
              "#1",
              "area heading damaged",
              written,
              "read as '" + canonical + "'; the written form is kept as an area note");
        }
      }
      String title = LEADING_SEPARATORS.matcher(joinFragments(titleParts, row)).replaceFirst("");
      if (title.isEmpty()) {
        title = "Area for improvement " + number;
        warn(line, "#1", "area title missing", "", "titled the area '" + title + "'");
      } else if (heading == null
          || Character.isLowerCase(title.charAt(0))
          || titleParts.stream().filter(s -> !s.isBlank()).count() > 1) {
        warn(
            line,
            "#1",
            "area title cut by cell borders or partly lost",
            title,
            "kept the text as the title; check it against the source");
      }
      if (leads.isEmpty()) {
        warn(
            line,
            filled.isEmpty() ? "#1" : "#" + (filled.get(filled.size() - 1) + 1),
            "area has no lead",
            filled.size() >= 2 ? TrackerText.clean(row.cell(filled.get(filled.size() - 1))) : "",
            "recorded no lead (a lead is the last cell of the heading row and looks like a name)");
      }

      // The rows below the heading.
      ActionDraft current = null;
      ActionDraft pending = null;
      boolean afterBlank = true;
      for (int i = start + 1; i < end; i++) {
        Row r = rows.get(i);
        if (r.isBlank()) {
          if (pending != null) {
            current = attachPending(current, pending);
            pending = null;
          }
          afterBlank = true;
          continue;
        }
        if (headers[i] != null) {
          header = headers[i];
          continue;
        }
        if (header == null) {
          header = TrackerHeaders.defaultHeader();
          warn(
              r.line(),
              "#1",
              "no header row before the first action",
              "",
              "read the columns in the usual order: OBJECTIVE, OUTCOMES, Action description, "
                  + "PROGRESS MILESTONES, TARGET DATE, Status of milestone, RAG, Resolution, "
                  + "Measured By");
        }
        List<Piece>[] cells = alignment.align(r, header);
        boolean hasAction = !cells[Field.ACTION.ordinal()].isEmpty();
        boolean hasActionLevel = false;
        for (Field f : Field.values()) {
          if (!f.isAreaLevel() && f != Field.ACTION && !cells[f.ordinal()].isEmpty()) {
            hasActionLevel = true;
          }
        }
        objectives.addAll(cells[Field.OBJECTIVE.ordinal()]);
        outcomes.addAll(cells[Field.OUTCOMES.ordinal()]);
        measures.addAll(cells[Field.MEASURES.ordinal()]);
        for (Piece p : cells[Field.LEAD.ordinal()]) {
          List<String> l = leads(p.text());
          if (l.isEmpty()) {
            notes.add(p.column() + ": " + p.text());
            warn(
                p.row(),
                p.column(),
                "lead does not look like a name",
                p.text(),
                "kept as an area note");
          } else {
            extraLeads.addAll(l);
          }
        }
        ActionDraft target;
        if (hasAction) {
          target = new ActionDraft(r.line());
          target.description = cells[Field.ACTION.ordinal()].get(0);
          if (pending != null) {
            warn(
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
        } else if (!hasActionLevel) {
          afterBlank = false;
          continue;
        } else if (afterBlank || current == null) {
          if (pending == null) {
            pending = new ActionDraft(r.line());
          }
          target = pending;
        } else {
          target = current;
        }
        target.milestones.addAll(cells[Field.MILESTONES.ordinal()]);
        target.targets.addAll(cells[Field.TARGET.ordinal()]);
        target.statuses.addAll(cells[Field.STATUS.ordinal()]);
        target.rags.addAll(cells[Field.RAG.ordinal()]);
        target.resolutions.addAll(cells[Field.RESOLUTION.ordinal()]);
        target.others.addAll(cells[Field.OTHER.ordinal()]);
        if (target == pending) {
          // Continuation rows after a blank line wait for the action that follows them.
          afterBlank = true;
        } else {
          afterBlank = false;
        }
      }
      if (pending != null) {
        current = attachPending(current, pending);
      }

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
      for (ActionDraft d : actions) {
        n++;
        area.addActions(action(ref.action(n), d));
      }
      area.addAllNotes(notes);
      return area.build();
    }

    private ActionDraft attachPending(ActionDraft current, ActionDraft pending) {
      if (current != null) {
        warn(
            pending.row,
            "#1",
            "row has no action description",
            "",
            "joined it to the action of row " + current.row + " above it");
        current.milestones.addAll(pending.milestones);
        current.targets.addAll(pending.targets);
        current.statuses.addAll(pending.statuses);
        current.rags.addAll(pending.rags);
        current.resolutions.addAll(pending.resolutions);
        current.others.addAll(pending.others);
        return current;
      }
      actions.add(pending);
      return pending;
    }
  }

  private Integer areaNumber(String written, int expected) {
    String digits = written.replaceAll("[Il|]", "1");
    Integer ocr = digits.matches("\\d{1,3}") ? Integer.valueOf(digits) : null;
    int roman = TrackerList.roman(written);
    Integer rom = roman > 0 ? roman : null;
    if (ocr != null && ocr == expected || rom == null) {
      return ocr != null && ocr > 0 ? ocr : null;
    }
    if (rom == expected || ocr == null) {
      return rom;
    }
    return ocr;
  }

  private static List<Piece> stripLabel(List<Piece> pieces) {
    if (pieces.isEmpty()) {
      return pieces;
    }
    List<Piece> out = new ArrayList<>(pieces);
    Piece first = out.get(0);
    String t = first.text().replaceFirst("(?i)^\\s*measured\\s+by\\s*:?\\s*", "");
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
    for (String part : text.split("(?:^|\\s)[*•]\\s*")) {
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

  // ---------------------------------------------------------------- one action

  private static String join(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.text());
    }
    return TrackerText.clean(sb.toString());
  }

  private static int rowOf(List<Piece> pieces, int fallback) {
    return pieces.isEmpty() ? fallback : pieces.get(0).row();
  }

  private static String columnOf(List<Piece> pieces, Field field) {
    return pieces.isEmpty() ? field.label : pieces.get(0).column();
  }

  private Action action(ActionRef ref, ActionDraft d) {
    List<String> notes = new ArrayList<>();
    String description;
    if (d.description != null) {
      description = TrackerText.clean(d.description.text());
    } else {
      description = "(no description) " + join(d.milestones);
      if (d.milestones.isEmpty()) {
        description = "(no description)";
      }
      warn(
          d.row,
          Field.ACTION.label,
          "action has no description",
          "",
          "described action " + ref + " as '" + PlanFormatException.abbreviate(description) + "'");
    }
    int mRow = rowOf(d.milestones, d.row);
    String mCol = columnOf(d.milestones, Field.MILESTONES);
    int tRow = rowOf(d.targets, d.row);
    String tCol = columnOf(d.targets, Field.TARGET);
    int sRow = rowOf(d.statuses, d.row);
    String sCol = columnOf(d.statuses, Field.STATUS);
    String mText = join(d.milestones);
    String tText = join(d.targets);
    String sText = join(d.statuses);
    TrackerList m = TrackerList.parse(mText);
    TrackerList t = TrackerList.parse(tText);
    TrackerList s = TrackerList.parse(sText);

    // Unnumbered dates written one after another.
    if (!t.numbered && t.items.size() == 1) {
      List<Integer> starts = new ArrayList<>();
      Matcher dm = TrackerText.datePart().matcher(TrackerText.repairOnes(tText));
      while (dm.find()) {
        starts.add(dm.start());
      }
      if (starts.size() >= 2 && TrackerText.dateLikeness(tText) >= 0.9) {
        t = numbered(cutAt(tText, starts));
        warn(
            tRow,
            tCol,
            "target dates not numbered",
            tText,
            "took them as " + t.items.size() + " dates in milestone order");
      }
    }
    int others = Math.max(m.items.size(), t.items.size());
    boolean statusesSplit = false;
    if (!s.numbered && s.items.size() == 1 && others > 1) {
      List<String> parts = TrackerText.splitAtStatusWords(sText);
      if (parts.size() != others) {
        List<String> alt = TrackerText.splitSentencesAndCapitals(sText);
        if (alt.size() == others && alt.stream().allMatch(TrackerText::isStatusLike)) {
          parts = alt;
        }
      }
      if (parts.size() >= 2) {
        s = numbered(parts);
        statusesSplit = true;
        warn(
            sRow,
            sCol,
            "statuses not numbered",
            sText,
            "split into " + parts.size() + " statuses in milestone order");
      }
    }
    int wanted = Math.max(t.items.size(), s.items.size());
    if (m.items.size() == 1 && m.items.containsKey(1) && wanted > 1) {
      String only = m.items.get(1);
      List<String> parts = TrackerText.splitSentences(only);
      if (parts.size() != wanted) {
        parts = TrackerText.splitSentencesAndCapitals(only);
      }
      if (parts.size() == wanted) {
        TrackerList split = numbered(parts);
        split.fragment = m.fragment;
        split.problems.addAll(m.problems);
        m = split;
        warn(
            mRow,
            mCol,
            "milestones not numbered",
            mText,
            "split into "
                + wanted
                + " milestones at sentence ends, to line up with the "
                + wanted
                + " target dates or statuses");
      }
    }
    int count = m.items.size();
    // One date written once for several milestones is the date of each of them.
    if (!t.numbered && t.items.size() == 1 && count > 1 && !t.items.get(1).isBlank()) {
      String only = t.items.get(1);
      t = new TrackerList();
      for (int k : m.items.keySet()) {
        t.items.put(k, only);
      }
      warn(
          tRow,
          tCol,
          "one unnumbered target date for " + count + " milestones",
          tText,
          "applied it to each milestone");
    }
    // Unnumbered statuses that do not pair off with the milestones belong to no one milestone.
    boolean statusAsNote = false;
    if ((!s.numbered || statusesSplit)
        && !s.items.isEmpty()
        && count > 1
        && s.items.size() != count) {
      notes.add("status of the action as a whole: " + sText);
      warn(
          sRow,
          sCol,
          s.items.size()
              + " unnumbered status"
              + (s.items.size() > 1 ? "es" : "")
              + " for "
              + count
              + " milestones",
          sText,
          "kept as an action note; the milestones are left not reported");
      s = new TrackerList();
      statusAsNote = true;
    }
    // Numbers before the first milestone prove that milestones were lost, not that the dates
    // and statuses of those numbers are stray: keep them under a milestone marked as lost.
    if (m.numbered && !m.items.isEmpty()) {
      int first = m.items.keySet().stream().min(Integer::compare).orElse(1);
      TreeSet<Integer> lost = new TreeSet<>();
      for (int k : t.items.keySet()) {
        if (k < first) {
          lost.add(k);
        }
      }
      for (int k : s.items.keySet()) {
        if (k < first) {
          lost.add(k);
        }
      }
      for (int k : lost) {
        String text = "\u2026";
        if (k == first - 1 && !m.fragment.isEmpty()) {
          text = "\u2026 " + m.fragment;
          m.fragment = "";
        }
        m.items.put(k, text);
        warn(
            mRow,
            mCol,
            "the text of milestone " + k + " is lost",
            mText,
            "kept its target date and status under a milestone described '" + text + "'");
      }
    }
    for (String p : m.problems) {
      warn(mRow, mCol, "milestone list " + p, mText, "numbered the milestones as read");
    }
    for (String p : t.problems) {
      warn(tRow, tCol, "target date list " + p, tText, "lined the dates up as read");
    }
    for (String p : s.problems) {
      warn(sRow, sCol, "status list " + p, sText, "lined the statuses up as read");
    }
    keepFragment(m, "milestones", mRow, mCol, notes);
    keepFragment(t, "target dates", tRow, tCol, notes);
    keepFragment(s, "statuses", sRow, sCol, notes);

    Action.Builder action = Action.builder().ref(ref).description(description);
    TreeSet<Integer> numbers = new TreeSet<>();
    numbers.addAll(m.items.keySet());
    numbers.addAll(t.items.keySet());
    numbers.addAll(s.items.keySet());
    List<Integer> noTarget = new ArrayList<>();
    List<Integer> noStatus = new ArrayList<>();
    for (int k : numbers) {
      String mk = m.items.get(k);
      String tk = t.items.get(k);
      String sk = s.items.get(k);
      if (tk != null && tk.isBlank()) {
        tk = null;
      }
      if (sk != null && sk.isBlank()) {
        sk = null;
      }
      if (mk == null || mk.isBlank()) {
        if (tk != null) {
          notes.add("target " + k + " without milestone " + k + ": " + tk);
          warn(
              tRow,
              tCol,
              "target date " + k + " has no milestone " + k,
              tk,
              "kept as a note on action " + ref);
        }
        if (sk != null) {
          notes.add("status " + k + " without milestone " + k + ": " + sk);
          warn(
              sRow,
              sCol,
              "status " + k + " has no milestone " + k,
              sk,
              "kept as a note on action " + ref);
        }
        continue;
      }
      Milestone.Builder mb =
          Milestone.builder()
              .ref(ref.milestone(k))
              .description(withoutListTail(TrackerText.clean(mk)));
      if (tk != null) {
        mb.target(target(ref, k, tk, tRow, tCol, notes));
      } else {
        noTarget.add(k);
      }
      if (sk != null) {
        String st = TrackerText.clean(sk);
        if (!TrackerText.isStatusLike(st)) {
          warn(
              sRow,
              sCol,
              "status words not recognised",
              st,
              "read as in progress, keeping the words");
        }
        mb.status(Status.read(st));
      } else {
        noStatus.add(k);
      }
      action.addMilestones(mb.build());
    }
    if (!noTarget.isEmpty()) {
      warn(
          tRow,
          tCol,
          "no target date for milestone" + plural(noTarget),
          tText,
          "left milestone" + plural(noTarget) + " without a target");
    }
    if (!noStatus.isEmpty() && !statusAsNote) {
      warn(
          sRow,
          sCol,
          "no status for milestone" + plural(noStatus),
          sText,
          "left milestone" + plural(noStatus) + " not reported");
    }

    // RAG: the first rating read is the action's; any other is kept as a note.
    boolean ragSet = false;
    for (Piece p : d.rags) {
      String written = TrackerText.clean(p.text());
      String folded = TrackerText.fold(written);
      if (folded.equals("4")) {
        folded = "A";
        notes.add("RAG written '" + written + "', read as A");
        warn(
            p.row(),
            p.column(),
            "a '4' in the RAG column",
            written,
            "read as A (amber); the written form is kept as an action note");
      }
      Optional<Rag> rag = TrackerText.isRagLike(folded) ? Rag.read(folded) : Optional.empty();
      if (rag.isPresent() && !ragSet) {
        action.reportedRag(rag.get());
        ragSet = true;
      } else {
        notes.add(p.column() + ": " + written);
        warn(
            p.row(),
            p.column(),
            rag.isPresent() ? "a second RAG rating for the action" : "RAG rating not understood",
            written,
            "kept as a note on action " + ref);
      }
    }
    if (!d.resolutions.isEmpty()) {
      action.resolution(join(d.resolutions));
    }
    for (Piece p : d.others) {
      notes.add(p.column() + ": " + TrackerText.clean(p.text()));
      warn(
          p.row(),
          p.column(),
          "text in a column the importer does not know",
          TrackerText.clean(p.text()),
          "kept as a note on action " + ref);
    }
    Set<Reference> deps = new LinkedHashSet<>();
    dependencies(description, deps);
    dependencies(mText, deps);
    dependencies(tText, deps);
    dependencies(sText, deps);
    d.resolutions.forEach(p -> dependencies(p.text(), deps));
    deps.remove(ref);
    deps.remove(ref.area());
    action.addAllDependencies(deps);
    action.addAllNotes(notes);
    return action.build();
  }

  private static String plural(List<Integer> ks) {
    StringBuilder sb = new StringBuilder(ks.size() > 1 ? "s " : " ");
    for (int i = 0; i < ks.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(ks.get(i));
    }
    return sb.toString();
  }

  private void keepFragment(
      TrackerList list, String what, int row, String column, List<String> notes) {
    if (!list.fragment.isEmpty()) {
      notes.add(what + ", before the first number: " + list.fragment);
      warn(
          row,
          column,
          "text before the first number of the " + what,
          list.fragment,
          "kept as an action note");
    }
  }

  private Target target(
      ActionRef ref, int k, String text, int row, String column, List<String> notes) {
    String written = TrackerText.clean(text);
    String repaired = TrackerText.repairOnes(written);
    Target target = Target.read(repaired, context);
    if (!repaired.equals(written)) {
      notes.add(
          "milestone "
              + ref.milestone(k)
              + " target written '"
              + written
              + "', read as '"
              + repaired
              + "'");
      warn(row, column, "the digit 1 written as a letter", written, "read as '" + repaired + "'");
    }
    if (target.kind() == TargetKind.UNRECOGNISED) {
      warn(
          row,
          column,
          "target date not understood",
          repaired,
          "kept as written (unrecognised) for milestone " + ref.milestone(k));
    }
    return target;
  }

  private static final Pattern LIST_TAIL = Pattern.compile("\\s*[;,]\\s*(?:and|or)?\\s*$");

  /** Drops the punctuation that joins list items ({@code ; and}), unless nothing else is left. */
  static String withoutListTail(String item) {
    String s = LIST_TAIL.matcher(item).replaceFirst("");
    return s.isBlank() ? item : s;
  }

  private static TrackerList numbered(List<String> parts) {
    TrackerList l = new TrackerList();
    l.numbered = true;
    for (int i = 0; i < parts.size(); i++) {
      l.items.put(i + 1, parts.get(i));
    }
    return l;
  }

  private static List<String> cutAt(String text, List<Integer> starts) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = i == 0 ? 0 : starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      parts.add(text.substring(from, to).strip());
    }
    return parts;
  }

  /** Adds the references the text makes to areas, actions and milestones. */
  static void dependencies(String text, Set<Reference> out) {
    for (FoundReference found : ReferenceFinder.find(text)) {
      out.add(found.reference());
    }
  }
}
