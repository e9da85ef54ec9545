package org.improvementframework.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.layout.Drafts.ActionDraft;
import org.improvementframework.io.layout.Drafts.AreaDraft;
import org.improvementframework.io.layout.Drafts.MilestoneDraft;
import org.improvementframework.io.layout.Layout.AreaSource;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.layout.Layout.RowKind;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.Area;
import org.improvementframework.model.TargetContext;

/**
 * Reads the data rows of a table laid out as a {@link Layout} of kind
 * {@link Layout.Kind#TABLE}, one row at a time: heading rows start areas or set the date of the
 * rows below, every other row is an action or a milestone. Text no field takes is kept as a note,
 * with a warning. Only the plan being built is held, never the rows read; the title rows of
 * further sheets are told from data by {@link SheetHeads}.
 */
final class TableLayoutReader {

  private final Layout layout;
  private final Headers.Match header;
  private final TargetContext context;
  private final String source;
  private final List<ReadWarning> warnings;
  private final List<AreaDraft> areas = new ArrayList<>();
  private final List<String> planNotes = new ArrayList<>();
  private final SheetHeads sheetHeads;
  private final MilestoneCells milestoneCells;
  private AreaSource areaSource;
  private AreaDraft area;
  private ActionDraft action;
  private String dateHeading;
  private String areaCell;

  TableLayoutReader(
      Layout layout,
      Headers.Match header,
      TargetContext context,
      String source,
      List<ReadWarning> warnings) {
    this.layout = layout;
    this.header = header;
    this.context = context;
    this.source = source;
    this.warnings = warnings;
    // A header naming an area column gives the areas, whatever the layout's default.
    this.areaSource =
        layout.areas() == AreaSource.HEADING && header.has(Field.AREA)
            ? AreaSource.COLUMN
            : layout.areas();
    this.milestoneCells = new MilestoneCells(header, context, warnings);
    this.sheetHeads = new SheetHeads(header.row(), this::dataOrHeading, this::sheetTitles);
  }

  /** Reads one row after the header row. */
  void accept(TableRow row) {
    if (!row.isBlank()) {
      sheetHeads.accept(row);
    }
  }

  /** Ends the reading and builds the areas. */
  List<Area> finish() {
    sheetHeads.release();
    return Drafts.build(
        areas,
        header.has(Field.REFERENCE),
        (row, what) ->
            warn(
                InputLocation.builder().source(source).row(row).build(),
                "a number is missing or repeated",
                "",
                what));
  }

  /** The rows kept as notes on the plan: rows that are not part of any action, such as totals. */
  List<String> planNotes() {
    return List.copyOf(planNotes);
  }

  private void dataOrHeading(TableRow row) {
    if (sheetHeads.isHeader(row)) {
      return;
    }
    Optional<Integer> single = RowCells.singleCell(row);
    if (single.isPresent() && (heading(row, single.get()) || continuation(row, single.get()))) {
      return;
    }
    if (numberedHeading(row) || summaryRow(row)) {
      return;
    }
    dataRow(row);
  }

  /** The rows held at the top of a sheet were above its header: area headings or its title. */
  private void sheetTitles(List<TableRow> rows) {
    for (TableRow r : rows) {
      Optional<Integer> single = RowCells.singleCell(r);
      if (single.isPresent() && areaSource == AreaSource.HEADING) {
        Headings.AreaHeading h = Headings.area(r.cell(single.get()).strip());
        if (h.keyword() || h.number() != null) {
          startArea(h.number(), h.title(), r.number());
          continue;
        }
      }
      warn(
          r.location(),
          "a title row above the header row of sheet '" + r.sheet() + "'",
          RowCells.joined(r),
          "read it as the sheet's title, not as part of the plan");
    }
  }

  /**
   * Reads a row of a reference of one number and one text, such as {@code 2 | Area for
   * improvement 2: Timeliness}, as an area heading when areas come from headings: an action has a
   * lead, a date or a progress beside it, an area heading has its title alone.
   */
  private boolean numberedHeading(TableRow row) {
    Integer refColumn = header.columns().get(Field.REFERENCE);
    if (areaSource != AreaSource.HEADING || refColumn == null) {
      return false;
    }
    List<Integer> ref = RowCells.reference(row.cell(refColumn));
    if (ref.size() != 1 || row.cell(refColumn).chars().anyMatch(Character::isLetter)) {
      return false;
    }
    int text = -1;
    for (int i = 0; i < row.cells().size(); i++) {
      if (i != refColumn && !row.cell(i).isBlank()) {
        if (text >= 0) {
          return false;
        }
        text = i;
      }
    }
    if (text < 0) {
      return false;
    }
    Headings.AreaHeading h = Headings.area(row.cell(text).strip());
    if (h.number() != null && !h.number().equals(ref.get(0))) {
      warn(
          row.location(refColumn + 1),
          "an area heading numbered twice, differently",
          row.cell(refColumn).strip() + " | " + row.cell(text).strip(),
          "took the number of the reference column, " + ref.get(0));
    }
    startArea(ref.get(0), h.title(), row.number());
    return true;
  }

  /**
   * Keeps as a plan note a row with neither a reference, a target, a status nor a RAG in a table
   * whose rows have references, such as a total below the actions: it is not an action, and its
   * text must not be lost.
   */
  private boolean summaryRow(TableRow row) {
    if (action == null || !header.has(Field.REFERENCE)) {
      return false;
    }
    RowCells cells = new RowCells(row, header);
    if (!cells.text(Field.REFERENCE).isEmpty()
        || !cells.text(Field.TARGET).isEmpty()
        || !cells.text(Field.STATUS).isEmpty()
        || !cells.text(Field.RAG).isEmpty()) {
      return false;
    }
    String text = RowCells.joined(row);
    planNotes.add(text);
    warn(
        row.location(),
        "a row without a reference, target, status or RAG",
        text,
        "kept it as a plan note, not an action");
    return true;
  }

  /** Reads a row of one cell as a date or area heading; false if it is an ordinary row. */
  private boolean heading(TableRow row, int index) {
    String text = row.cell(index).strip();
    Optional<String> date = Headings.date(text, context);
    if (date.isPresent()) {
      dateHeading = date.get();
      return true;
    }
    Headings.AreaHeading h = Headings.area(text);
    boolean dataColumn =
        header.columns().get(Field.ACTION) != null && header.columns().get(Field.ACTION) == index
            || header.columns().get(Field.MILESTONE) != null
                && header.columns().get(Field.MILESTONE) == index;
    if (areaSource == AreaSource.HEADING && (h.keyword() || h.number() != null || !dataColumn)) {
      startArea(h.number(), h.title(), row.number());
      return true;
    }
    return false;
  }

  /**
   * Joins a row holding text only in the action or milestone column to the row above, when the
   * layout has references and this row has none: a long cell wrapped onto a line of its own, as
   * text extracted from a PDF has it.
   */
  private boolean continuation(TableRow row, int index) {
    Integer description =
        header.columns().get(layout.rows() == RowKind.ACTION ? Field.ACTION : Field.MILESTONE);
    if (action == null
        || description == null
        || description != index
        || !header.has(Field.REFERENCE)
        || action.milestones.isEmpty()) {
      return false;
    }
    String text = row.cell(index).strip();
    int last = action.milestones.size() - 1;
    MilestoneDraft m = action.milestones.get(last);
    if (layout.rows() == RowKind.ACTION) {
      boolean same = m.description().equals(action.description);
      action.description = action.description + " " + text;
      if (same) {
        action.milestones.set(last, m.withDescription(action.description));
      }
    } else {
      action.milestones.set(last, m.withDescription(m.description() + " " + text));
    }
    warn(
        row.location(index + 1),
        "a row holding only more text of the row above",
        text,
        "joined it to the row above");
    return true;
  }

  private void startArea(Integer number, String title, long row) {
    area = new AreaDraft(number, title, row);
    areas.add(area);
    action = null;
    dateHeading = null;
  }

  private void dataRow(TableRow row) {
    RowCells cells = new RowCells(row, header);
    List<Integer> ref = RowCells.reference(cells.text(Field.REFERENCE));
    if (!cells.text(Field.REFERENCE).isEmpty() && ref.isEmpty()) {
      warn(
          row.location(header.columns().get(Field.REFERENCE) + 1),
          "not a reference",
          cells.text(Field.REFERENCE),
          "kept it as a note on the action");
    }
    String actionText = cells.text(Field.ACTION);
    List<Integer> own = RowCells.leadingReference(actionText);
    if (!own.isEmpty() && (ref.isEmpty() || RowCells.startsWith(ref, own))) {
      // "1.1 Strengthen supervision": the number is the action's reference, not its words.
      actionText = RowCells.withoutLeadingReference(actionText);
      ref = ref.isEmpty() ? own : ref;
    }
    chooseArea(row, cells, ref);
    String description = cells.text(Field.DESCRIPTION);
    if (layout.rows() == RowKind.ACTION) {
      actionRow(row, cells, ref, actionText.isEmpty() ? description : actionText);
    } else {
      milestoneRow(row, cells, ref, actionText);
    }
    String written = cells.text(Field.REFERENCE);
    if (ref.isEmpty() && !written.isEmpty() || written.chars().anyMatch(Character::isLetter)) {
      // "W1" or "P1.3" is read as numbers; the letters name a theme the plan should keep.
      action.notes.add(cells.column(Field.REFERENCE) + ": " + written);
    }
    milestoneCells.areaLists(cells, area);
    milestoneCells.otherCells(row, cells, action);
  }

  private void chooseArea(TableRow row, RowCells cells, List<Integer> ref) {
    if (areaSource == AreaSource.HEADING && area == null) {
      areaSource = ref.size() >= 2 ? AreaSource.REFERENCE : AreaSource.HEADING;
      warn(
          row.location(),
          "a row before any area heading",
          "",
          areaSource == AreaSource.REFERENCE
              ? "took the areas from the first number of each reference"
              : "put the rows in one area titled by the plan");
      if (areaSource == AreaSource.HEADING) {
        startArea(1, "Actions", row.number());
      }
    }
    if (areaSource == AreaSource.COLUMN) {
      String title = cells.text(Field.AREA);
      if (!title.isEmpty() && (area == null || !title.equals(areaCell))) {
        Headings.AreaHeading h = Headings.area(title);
        startArea(h.number(), h.title(), row.number());
        areaCell = title;
      } else if (area == null) {
        warn(row.location(), "a row with no area", "", "put it in an area titled 'Actions'");
        startArea(null, "Actions", row.number());
      }
    } else if (areaSource == AreaSource.REFERENCE
        && ref.size() >= 2
        && (area == null || !ref.get(0).equals(area.number))) {
      String title = "Area " + ref.get(0);
      warn(
          row.location(),
          "an area with no title",
          cells.text(Field.REFERENCE),
          "titled it '" + title + "'");
      startArea(ref.get(0), title, row.number());
    } else if (area == null) {
      startArea(null, "Actions", row.number());
    }
  }

  private void actionRow(TableRow row, RowCells cells, List<Integer> ref, String text) {
    String milestone = cells.text(Field.MILESTONE);
    if (text.isEmpty() && action != null) {
      addMilestone(row, cells, null, milestone.isEmpty() ? action.description : milestone);
      return;
    }
    String description = text.isEmpty() ? RowCells.firstText(row) : text;
    Integer number = ref.isEmpty() ? null : ref.size() >= 2 ? ref.get(1) : ref.get(0);
    action = new ActionDraft(number, description, row.number());
    area.actions.add(action);
    String desc = cells.text(Field.DESCRIPTION);
    String m =
        !milestone.isEmpty()
            ? milestone
            : !desc.isEmpty() && !desc.equals(description) ? desc : description;
    addMilestone(row, cells, null, m);
  }

  private void milestoneRow(TableRow row, RowCells cells, List<Integer> ref, String text) {
    String milestone = cells.text(Field.MILESTONE);
    if (milestone.isEmpty()) {
      milestone = cells.text(Field.DESCRIPTION);
    }
    Integer actionNumber =
        ref.size() >= 3
            ? ref.get(1)
            : ref.size() == 2 && area.number != null && ref.get(0).equals(area.number)
                ? ref.get(1)
                : null;
    Integer milestoneNumber =
        ref.size() >= 3 ? ref.get(2) : ref.size() == 2 && actionNumber == null ? ref.get(1) : null;
    boolean newAction =
        action == null
            || !text.isEmpty() && !text.equals(action.description)
            || actionNumber != null && !actionNumber.equals(action.number);
    if (newAction) {
      String description =
          !text.isEmpty() ? text : milestone.isEmpty() ? RowCells.firstText(row) : milestone;
      if (text.isEmpty()) {
        warn(row.location(), "a milestone with no action", "", "made it an action of its own");
      }
      action = new ActionDraft(actionNumber, description, row.number());
      area.actions.add(action);
    }
    addMilestone(row, cells, milestoneNumber, milestone.isEmpty() ? action.description : milestone);
  }

  private void addMilestone(TableRow row, RowCells cells, Integer number, String description) {
    action.milestones.add(milestoneCells.milestone(row, cells, number, description, dateHeading));
    milestoneCells.actionCells(row, cells, area, action);
  }

  private void warn(InputLocation at, String problem, String text, String action) {
    warnings.add(ReadWarning.of(at, problem, text, action));
  }
}
