package org.improvementframework.io.csv;

import static org.improvementframework.io.csv.PlanCsvWriter.ACTION_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.ACTION_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.AREA_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.AREA_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.COLUMNS;
import static org.improvementframework.io.csv.PlanCsvWriter.MILESTONE_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.MILESTONE_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.PLAN_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.restore;

import java.io.IOException;
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
import org.improvementframework.io.table.TableCursor;
import org.improvementframework.io.table.TableReader;
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
 */
final class SheetReader {
  private final TableCursor rows;
  private final PlanCsv.Options options;
  private final CsvCells csv;
  private final List<ReadWarning> warnings;
  private final int[] index = new int[COLUMNS.length];
  private String[] planCells;
  private long planRow;
  private final Map<Integer, AreaRows> areas = new LinkedHashMap<>();

  SheetReader(TableReader rows, PlanCsv.Options options) {
    this.rows = new TableCursor(rows, options.source().orElse(null));
    this.options = options;
    this.csv = new CsvCells(options.source().orElse(null), this.rows::row);
    this.warnings = csv.warnings();
  }

  ReadResult<ImprovementPlan> read() throws IOException {
    String[] header = rows.next();
    if (header == null) {
      throw PlanFormatException.builder("empty input")
          .at(rows.location(null))
          .expected("a header row naming the plan columns, then one row per milestone")
          .build();
    }
    readHeader(header);
    String[] raw;
    while ((raw = rows.next()) != null) {
      readRow(raw);
    }
    if (planCells == null) {
      throw PlanFormatException.builder("no data rows")
          .at(rows.location(null))
          .expected("at least one row with the plan title and as-at date")
          .build();
    }
    return ReadResult.of(build(), warnings);
  }

  private void readHeader(String[] header) {
    Arrays.fill(index, -1);
    for (int i = 0; i < header.length; i++) {
      Column c = null;
      for (Column k : COLUMNS) {
        if (k.heading().equals(header[i].strip())) {
          c = k;
        }
      }
      if (c == null) {
        throw PlanFormatException.builder("unknown column")
            .at(rows.location(header[i]))
            .text(header[i])
            .expected("only the columns of PlanCsv: " + headings())
            .build();
      }
      if (index[c.ordinal()] >= 0) {
        throw PlanFormatException.builder("duplicate column")
            .at(rows.location(header[i]))
            .text(header[i])
            .expected("each column once")
            .build();
      }
      index[c.ordinal()] = i;
    }
    for (Column c : COLUMNS) {
      if (index[c.ordinal()] < 0) {
        throw PlanFormatException.builder("missing column '" + c.heading() + "'")
            .at(rows.location(null))
            .field(c.heading())
            .expected("the columns " + headings())
            .build();
      }
    }
    headerLength = header.length;
  }

  private int headerLength;

  private static String headings() {
    StringBuilder sb = new StringBuilder();
    for (Column c : COLUMNS) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.heading());
    }
    return sb.toString();
  }

  private void readRow(String[] raw) {
    boolean empty = true;
    for (String s : raw) {
      empty &= s.isEmpty();
    }
    if (empty) {
      warnings.add(ReadWarning.of(rows.location(null), "empty row", "", "skipped it"));
      return;
    }
    if (raw.length != headerLength) {
      throw PlanFormatException.builder(
              "row has " + raw.length + " cells but the header has " + headerLength)
          .at(rows.location(null))
          .expected(headerLength + " cells, separated by '" + options.delimiter() + "'")
          .build();
    }
    String[] cells = new String[COLUMNS.length];
    for (Column c : COLUMNS) {
      cells[c.ordinal()] = restore(raw[index[c.ordinal()]]);
    }
    if (planCells == null) {
      planCells = cells;
      planRow = rows.row();
    } else {
      agree(cells, planCells, planRow, PLAN_FIRST, COLUMNS.length - 1);
    }
    String area = cells[Column.AREA.ordinal()];
    if (area.isEmpty()) {
      requireEmpty(cells, AREA_FIRST, MILESTONE_LAST, "a row without an area");
      return;
    }
    int number = csv.positive(area, Column.AREA);
    AreaRows a = areas.get(number);
    if (a == null) {
      a = new AreaRows(number, cells, rows.row());
      areas.put(number, a);
    } else {
      agree(cells, a.cells, a.row, AREA_FIRST, AREA_LAST);
    }
    String action = cells[Column.ACTION.ordinal()];
    if (action.isEmpty()) {
      requireEmpty(cells, ACTION_FIRST, MILESTONE_LAST, "a row without an action");
      return;
    }
    ActionRef ref =
        csv.parse(
            action, Column.ACTION, "two dotted positive numbers, such as 2.1", ActionRef::parse);
    if (ref.area().number() != number) {
      throw csv.cellError(
          "action " + ref + " does not belong to area " + number,
          Column.ACTION,
          action,
          "an action of area " + number + ", such as " + number + ".1");
    }
    ActionRows x = a.actions.get(ref);
    if (x == null) {
      x = new ActionRows(ref, cells, rows.row());
      a.actions.put(ref, x);
    } else {
      agree(cells, x.cells, x.row, ACTION_FIRST, ACTION_LAST);
    }
    String milestone = cells[Column.MILESTONE.ordinal()];
    if (milestone.isEmpty()) {
      requireEmpty(cells, MILESTONE_FIRST, MILESTONE_LAST, "a row without a milestone");
      return;
    }
    MilestoneRef mref =
        csv.parse(
            milestone,
            Column.MILESTONE,
            "three dotted positive numbers, such as 2.1.3",
            MilestoneRef::parse);
    if (!mref.action().equals(ref)) {
      throw csv.cellError(
          "milestone " + mref + " does not belong to action " + ref,
          Column.MILESTONE,
          milestone,
          "a milestone of action " + ref + ", such as " + ref + ".1");
    }
    if (x.milestones.containsKey(mref)) {
      throw csv.cellError(
          "milestone " + mref + " appears twice (first in row " + x.milestoneRows.get(mref) + ")",
          Column.MILESTONE,
          milestone,
          "each milestone once");
    }
    x.milestones.put(mref, milestone(mref, cells));
    x.milestoneRows.put(mref, rows.row());
  }

  private Milestone milestone(MilestoneRef ref, String[] cells) {
    String description = cells[Column.MILESTONE_DESCRIPTION.ordinal()];
    TargetKind kind = csv.enumCell(cells, Column.TARGET_KIND, TargetKind.class);
    Target.Builder t = Target.builder().text(cells[Column.TARGET.ordinal()]).kind(kind);
    for (String p : csv.lines(cells, Column.TARGET_PERIODS)) {
      t.addPeriods(
          csv.parse(
              p,
              Column.TARGET_PERIODS,
              "ISO date ranges such as 2015-04-01/2015-06-30, one per line",
              DateRange::parse));
    }
    if (!cells[Column.RECURRENCE.ordinal()].isEmpty()) {
      t.recurrence(csv.enumCell(cells, Column.RECURRENCE, Recurrence.class));
    }
    Target target;
    try {
      target = t.build();
    } catch (IllegalArgumentException e) {
      throw csv.cellError(
          "invalid target: " + e.getMessage(),
          Column.TARGET,
          cells[Column.TARGET.ordinal()],
          "a target whose kind, periods and recurrence agree");
    }
    Progress progress = csv.enumCell(cells, Column.PROGRESS, Progress.class);
    Status status;
    try {
      status = Status.of(progress, cells[Column.STATUS.ordinal()]);
    } catch (IllegalArgumentException e) {
      throw csv.cellError(
          "invalid status: " + e.getMessage(),
          Column.STATUS,
          cells[Column.STATUS.ordinal()],
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
    b.addAllMilestones(x.milestones.values());
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

  private void agree(String[] cells, String[] first, long firstRow, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!cells[i].equals(first[i])) {
        throw csv.cellError(
            "contradicts row " + firstRow,
            COLUMNS[i],
            cells[i],
            "the same value as row "
                + firstRow
                + ": '"
                + PlanFormatException.abbreviate(first[i])
                + "'");
      }
    }
  }

  private void requireEmpty(String[] cells, int from, int to, String what) {
    for (int i = from; i <= to; i++) {
      if (!cells[i].isEmpty()) {
        throw csv.cellError(
            what + " cannot have a value in this column",
            COLUMNS[i],
            cells[i],
            "an empty cell, or a value in '" + COLUMNS[from].heading() + "'");
      }
    }
  }

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
    final ActionRef ref;
    final String[] cells;
    final long row;
    final Map<MilestoneRef, Milestone> milestones = new LinkedHashMap<>();
    final Map<MilestoneRef, Long> milestoneRows = new LinkedHashMap<>();

    ActionRows(ActionRef ref, String[] cells, long row) {
      this.ref = ref;
      this.cells = cells;
      this.row = row;
    }
  }
}
