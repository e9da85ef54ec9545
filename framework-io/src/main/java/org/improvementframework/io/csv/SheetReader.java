package org.improvementframework.io.csv;

import static org.improvementframework.io.csv.PlanCsvWriter.ACTION_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.ACTION_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.AREA_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.AREA_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.COLUMNS;
import static org.improvementframework.io.csv.PlanCsvWriter.MILESTONE_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.MILESTONE_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.PLAN_FIRST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.csv.PlanCsv.Column;
import org.improvementframework.io.table.CsvCursor;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Reference;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * Rebuilds a plan from the rows of the milestone CSV: finds the columns by heading, groups rows
 * by area and action in the order they first appear, and checks that the repeated columns of the
 * plan, an area or an action agree on every row.
 *
 * <p>Rows usually come grouped by action, so the area and action of the row before are tried
 * first, by comparing cells in place; only a new area or action is parsed and looked up.
 */
final class SheetReader {
  private static final TargetKind[] KINDS = TargetKind.values();
  private static final Recurrence[] RECURRENCES = Recurrence.values();
  private static final Progress[] PROGRESSES = Progress.values();

  private final CsvCursor cursor;
  private final String source;
  private final PlanCsv.Options options;
  private final CsvCells csv;
  private final List<ReadWarning> warnings;
  private final int[] index = new int[COLUMNS.length];
  private final SheetRow row;
  private String[] planCells;
  private long planRow;
  private int headerLength;
  private final Map<Integer, AreaRows> areas = new LinkedHashMap<>();
  private AreaRows lastArea;
  private ActionRows lastAction;

  SheetReader(CsvCursor cursor, PlanCsv.Options options) {
    this.cursor = cursor;
    this.source = options.source().orElse(null);
    this.options = options;
    this.row = new SheetRow(cursor, index);
    this.csv = new CsvCells(source, cursor::row);
    this.warnings = csv.warnings();
  }

  ReadResult<ImprovementPlan> read() {
    if (!cursor.next()) {
      throw PlanFormatException.builder("empty input")
          .at(location(null))
          .expected("a header row naming the plan columns, then one row per milestone")
          .build();
    }
    readHeader();
    while (cursor.next()) {
      readRow();
    }
    if (planCells == null) {
      throw PlanFormatException.builder("no data rows")
          .at(location(null))
          .expected("at least one row with the plan title and as-at date")
          .build();
    }
    return ReadResult.of(build(), warnings);
  }

  /** Locates a column of the current row, or the input before the first row. */
  private InputLocation location(String column) {
    long r = cursor.row();
    return r == 0 ? InputLocation.ofSource(source) : InputLocation.ofCell(source, r, column);
  }

  private void readHeader() {
    Arrays.fill(index, -1);
    headerLength = cursor.size();
    for (int i = 0; i < headerLength; i++) {
      String heading = cursor.text(i);
      Column c = null;
      for (Column k : COLUMNS) {
        if (k.heading().equals(heading.strip())) {
          c = k;
        }
      }
      if (c == null) {
        throw PlanFormatException.builder("unknown column")
            .at(location(heading))
            .text(heading)
            .expected("only the columns of PlanCsv: " + headings())
            .build();
      }
      if (index[c.ordinal()] >= 0) {
        throw PlanFormatException.builder("duplicate column")
            .at(location(heading))
            .text(heading)
            .expected("each column once")
            .build();
      }
      index[c.ordinal()] = i;
    }
    for (Column c : COLUMNS) {
      if (index[c.ordinal()] < 0) {
        throw PlanFormatException.builder("missing column '" + c.heading() + "'")
            .at(location(null))
            .field(c.heading())
            .expected("the columns " + headings())
            .build();
      }
    }
  }

  private static String headings() {
    StringBuilder sb = new StringBuilder();
    for (Column c : COLUMNS) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.heading());
    }
    return sb.toString();
  }

  private void readRow() {
    if (row.isBlank()) {
      warnings.add(ReadWarning.of(location(null), "empty row", "", "skipped it"));
      return;
    }
    if (row.size() != headerLength) {
      throw PlanFormatException.builder(
              "row has " + row.size() + " cells but the header has " + headerLength)
          .at(location(null))
          .expected(headerLength + " cells, separated by '" + options.delimiter() + "'")
          .build();
    }
    if (planCells == null) {
      planCells = row.texts(PLAN_FIRST, COLUMNS.length - 1);
      planRow = row.row();
    } else {
      agree(planCells, planRow, PLAN_FIRST, COLUMNS.length - 1);
    }
    if (row.isEmpty(Column.AREA)) {
      requireEmpty(AREA_FIRST, MILESTONE_LAST, "a row without an area");
      return;
    }
    AreaRows a = area();
    if (row.isEmpty(Column.ACTION)) {
      requireEmpty(ACTION_FIRST, MILESTONE_LAST, "a row without an action");
      return;
    }
    ActionRows x = action(a);
    if (row.isEmpty(Column.MILESTONE)) {
      requireEmpty(MILESTONE_FIRST, MILESTONE_LAST, "a row without a milestone");
      return;
    }
    String milestone = row.text(Column.MILESTONE);
    MilestoneRef mref =
        csv.parse(
            milestone,
            Column.MILESTONE,
            "three dotted positive numbers, such as 2.1.3",
            MilestoneRef::parse);
    if (!mref.action().equals(x.ref)) {
      throw csv.cellError(
          "milestone " + mref + " does not belong to action " + x.ref,
          Column.MILESTONE,
          milestone,
          "a milestone of action " + x.ref + ", such as " + x.ref + ".1");
    }
    MilestoneRow first = x.milestones.get(mref);
    if (first != null) {
      throw csv.cellError(
          "milestone " + mref + " appears twice (first in row " + first.row() + ")",
          Column.MILESTONE,
          milestone,
          "each milestone once");
    }
    x.milestones.put(mref, new MilestoneRow(milestone(mref), row.row()));
  }

  /** The area of the current row, checked against its first row. */
  private AreaRows area() {
    if (lastArea != null && row.holds(Column.AREA, lastArea.cells[AREA_FIRST])) {
      agree(lastArea.cells, lastArea.row, AREA_FIRST, AREA_LAST);
      return lastArea;
    }
    int number = csv.positive(row.text(Column.AREA), Column.AREA);
    AreaRows a = areas.get(number);
    if (a == null) {
      a = new AreaRows(number, row.texts(AREA_FIRST, AREA_LAST), row.row());
      areas.put(number, a);
    } else {
      agree(a.cells, a.row, AREA_FIRST, AREA_LAST);
    }
    lastArea = a;
    return a;
  }

  /** The action of the current row, of area {@code a}, checked against its first row. */
  private ActionRows action(AreaRows a) {
    if (lastAction != null
        && lastAction.area == a
        && row.holds(Column.ACTION, lastAction.cells[ACTION_FIRST])) {
      agree(lastAction.cells, lastAction.row, ACTION_FIRST, ACTION_LAST);
      return lastAction;
    }
    String action = row.text(Column.ACTION);
    ActionRef ref =
        csv.parse(
            action, Column.ACTION, "two dotted positive numbers, such as 2.1", ActionRef::parse);
    if (ref.area().number() != a.number) {
      throw csv.cellError(
          "action " + ref + " does not belong to area " + a.number,
          Column.ACTION,
          action,
          "an action of area " + a.number + ", such as " + a.number + ".1");
    }
    ActionRows x = a.actions.get(ref);
    if (x == null) {
      x = new ActionRows(a, ref, row.texts(ACTION_FIRST, ACTION_LAST), row.row());
      a.actions.put(ref, x);
    } else {
      agree(x.cells, x.row, ACTION_FIRST, ACTION_LAST);
    }
    lastAction = x;
    return x;
  }

  private Milestone milestone(MilestoneRef ref) {
    String description = row.text(Column.MILESTONE_DESCRIPTION);
    String written = row.text(Column.TARGET);
    Target.Builder t = Target.builder().text(written).kind(constant(Column.TARGET_KIND, KINDS));
    if (!row.isEmpty(Column.TARGET_PERIODS)) {
      for (String p : csv.lines(row.text(Column.TARGET_PERIODS), Column.TARGET_PERIODS)) {
        t.addPeriods(
            csv.parse(
                p,
                Column.TARGET_PERIODS,
                "ISO date ranges such as 2015-04-01/2015-06-30, one per line",
                DateRange::parse));
      }
    }
    if (!row.isEmpty(Column.RECURRENCE)) {
      t.recurrence(constant(Column.RECURRENCE, RECURRENCES));
    }
    Target target;
    try {
      target = t.build();
    } catch (IllegalArgumentException e) {
      throw csv.cellError(
          "invalid target: " + e.getMessage(),
          Column.TARGET,
          written,
          "a target whose kind, periods and recurrence agree");
    }
    Progress progress = constant(Column.PROGRESS, PROGRESSES);
    Status status;
    String statusText = row.text(Column.STATUS);
    try {
      status = Status.of(progress, statusText);
    } catch (IllegalArgumentException e) {
      throw csv.cellError(
          "invalid status: " + e.getMessage(),
          Column.STATUS,
          statusText,
          "text exactly when the progress is reported");
    }
    try {
      return Milestone.builder()
          .ref(ref)
          .description(description)
          .target(target)
          .status(status)
          .build();
    } catch (IllegalArgumentException e) {
      throw csv.cellError(
          "invalid milestone: " + e.getMessage(),
          Column.MILESTONE_DESCRIPTION,
          description,
          "a description that is not blank");
    }
  }

  private <E extends Enum<E>> E constant(Column c, E[] values) {
    E e = row.constant(c, values);
    if (e == null) {
      throw csv.enumError(c, row.text(c), values);
    }
    return e;
  }

  private ImprovementPlan build() {
    long row = planRow;
    String[] c = planCells;
    ImprovementPlan.Builder b = ImprovementPlan.builder();
    b.title(c[Column.PLAN_TITLE.ordinal()]);
    if (!c[Column.ORGANISATION.ordinal()].isEmpty()) {
      b.organisation(c[Column.ORGANISATION.ordinal()]);
    }
    b.asAt(
        csv.at(
            row,
            () ->
                csv.parse(
                    c[Column.AS_AT.ordinal()],
                    Column.AS_AT,
                    "an ISO 8601 date such as 2015-03-31",
                    LocalDate::parse)));
    if (!c[Column.PLAN_PERIOD.ordinal()].isEmpty()) {
      b.period(
          csv.at(
              row,
              () ->
                  csv.parse(
                      c[Column.PLAN_PERIOD.ordinal()],
                      Column.PLAN_PERIOD,
                      "an ISO date range such as 2015-04-01/2016-03-31",
                      DateRange::parse)));
    }
    b.addAllNotes(csv.at(row, () -> csv.lines(c, Column.PLAN_NOTES)));
    List<AreaRows> sorted = new ArrayList<>(areas.values());
    // Rows may come in any order (a sorted or filtered sheet); areas are kept in number order.
    sorted.sort((x, y) -> Integer.compare(x.number, y.number));
    for (AreaRows a : sorted) {
      b.addAreas(csv.at(a.row, () -> area(a)));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw PlanFormatException.builder("invalid plan: " + e.getMessage())
          .at(InputLocation.ofCell(options.source().orElse(null), row, Column.PLAN_TITLE.heading()))
          .text(c[Column.PLAN_TITLE.ordinal()])
          .cause(e)
          .build();
    }
  }

  private Area area(AreaRows a) {
    String[] c = a.cells;
    Area.Builder b =
        Area.builder()
            .ref(AreaRef.of(a.number))
            .title(c[Column.AREA_TITLE.ordinal()])
            .addAllLeads(csv.lines(c, Column.LEADS))
            .addAllObjectives(csv.lines(c, Column.OBJECTIVES))
            .addAllOutcomes(csv.lines(c, Column.OUTCOMES))
            .addAllNotes(csv.lines(c, Column.AREA_NOTES));
    List<String> texts = csv.lines(c, Column.MEASURED_BY);
    List<Indicator> indicators = csv.indicators(c, texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Indicator indicator = indicators.get(i);
      b.addMeasures(
          indicator == null ? Measure.of(texts.get(i)) : Measure.of(texts.get(i), indicator));
    }
    for (ActionRows x : a.actions.values()) {
      csv.rowForErrors(x.row);
      b.addActions(action(x));
    }
    csv.rowForErrors(a.row);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw csv.cellError(
          "invalid area: " + e.getMessage(),
          Column.AREA_TITLE,
          c[Column.AREA_TITLE.ordinal()],
          "a title that is not blank");
    }
  }

  private Action action(ActionRows x) {
    String[] c = x.cells;
    Action.Builder b =
        Action.builder().ref(x.ref).description(c[Column.ACTION_DESCRIPTION.ordinal()]);
    if (!c[Column.RAG.ordinal()].isEmpty()) {
      b.reportedRag(csv.enumCell(c, Column.RAG, Rag.class));
    }
    if (!c[Column.RESOLUTION.ordinal()].isEmpty()) {
      b.resolution(c[Column.RESOLUTION.ordinal()]);
    }
    for (String d : csv.lines(c, Column.DEPENDENCIES)) {
      b.addDependencies(
          csv.parse(
              d,
              Column.DEPENDENCIES,
              "references such as 3, 2.1 or 2.1.3, one per line",
              Reference::parse));
    }
    b.addAllNotes(csv.lines(c, Column.ACTION_NOTES));
    for (MilestoneRow m : x.milestones.values()) {
      b.addMilestones(m.milestone());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw csv.cellError(
          "invalid action: " + e.getMessage(),
          Column.ACTION_DESCRIPTION,
          c[Column.ACTION_DESCRIPTION.ordinal()],
          "a description that is not blank");
    }
  }

  // ------------------------------------------------------------ cells

  private void agree(String[] first, long firstRow, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!row.holds(COLUMNS[i], first[i])) {
        throw csv.cellError(
            "contradicts row " + firstRow,
            COLUMNS[i],
            row.text(COLUMNS[i]),
            "the same value as row "
                + firstRow
                + ": '"
                + PlanFormatException.abbreviate(first[i])
                + "'");
      }
    }
  }

  private void requireEmpty(int from, int to, String what) {
    for (int i = from; i <= to; i++) {
      if (!row.isEmpty(COLUMNS[i])) {
        throw csv.cellError(
            what + " cannot have a value in this column",
            COLUMNS[i],
            row.text(COLUMNS[i]),
            "an empty cell, or a value in '" + COLUMNS[from].heading() + "'");
      }
    }
  }

  /** A milestone and the row it was read from, for the message about a duplicate. */
  private record MilestoneRow(Milestone milestone, long row) {}

  private static final class AreaRows {
    final int number;
    final String[] cells;
    final long row;
    final Map<ActionRef, ActionRows> actions = new LinkedHashMap<>();

    AreaRows(int number, String[] cells, long row) {
      this.number = number;
      this.cells = cells;
      this.row = row;
    }
  }

  private static final class ActionRows {
    final AreaRows area;
    final ActionRef ref;
    final String[] cells;
    final long row;
    final Map<MilestoneRef, MilestoneRow> milestones = new LinkedHashMap<>();

    ActionRows(AreaRows area, ActionRef ref, String[] cells, long row) {
      this.area = area;
      this.ref = ref;
      this.cells = cells;
      this.row = row;
    }
  }
}
