package org.improvementframework.io.csv;

import static org.improvementframework.io.csv.PlanCsvWriter.ACTION_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.ACTION_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.AREA_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.AREA_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.COLUMNS;
import static org.improvementframework.io.csv.PlanCsvWriter.MILESTONE_FIRST;
import static org.improvementframework.io.csv.PlanCsvWriter.MILESTONE_LAST;
import static org.improvementframework.io.csv.PlanCsvWriter.PLAN_FIRST;

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
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Recurrence;
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
  private final Map<Integer, SheetPlan.AreaRows> areas = new LinkedHashMap<>();
  private SheetPlan.AreaRows lastArea;
  private SheetPlan.ActionRows lastAction;
  private final RepeatedCells<Target> targets =
      new RepeatedCells<>(
          1024, Column.TARGET, Column.TARGET_KIND, Column.TARGET_PERIODS, Column.RECURRENCE);
  private final RepeatedCells<Status> statuses =
      new RepeatedCells<>(256, Column.PROGRESS, Column.STATUS);

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
    return ReadResult.of(
        new SheetPlan(csv, source).build(planCells, planRow, areas.values()), warnings);
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
    SheetPlan.AreaRows a = area();
    if (row.isEmpty(Column.ACTION)) {
      requireEmpty(ACTION_FIRST, MILESTONE_LAST, "a row without an action");
      return;
    }
    SheetPlan.ActionRows x = action(a);
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
      throw misplaced("a milestone", mref, "action " + x.ref, Column.MILESTONE, milestone);
    }
    long first = x.milestones.rowOf(mref.number());
    if (first >= 0) {
      throw csv.cellError(
          "milestone " + mref + " appears twice (first in row " + first + ")",
          Column.MILESTONE,
          milestone,
          "each milestone once");
    }
    // The action's own reference, not the one parsed: one fewer pair of objects per milestone
    // kept in the plan.
    x.milestones.add(milestone(MilestoneRef.of(x.ref, mref.number())), row.row());
  }

  /** The area of the current row, checked against its first row. */
  private SheetPlan.AreaRows area() {
    if (lastArea != null && row.holds(Column.AREA, lastArea.cell(Column.AREA))) {
      agree(lastArea.cells, lastArea.row, AREA_FIRST, AREA_LAST);
      return lastArea;
    }
    int number = csv.positive(row.text(Column.AREA), Column.AREA);
    SheetPlan.AreaRows a = areas.get(number);
    if (a == null) {
      a = new SheetPlan.AreaRows(number, row.texts(AREA_FIRST, AREA_LAST), row.row());
      areas.put(number, a);
    } else {
      agree(a.cells, a.row, AREA_FIRST, AREA_LAST);
    }
    lastArea = a;
    return a;
  }

  /** The action of the current row, of area {@code a}, checked against its first row. */
  private SheetPlan.ActionRows action(SheetPlan.AreaRows a) {
    if (lastAction != null
        && lastAction.area == a
        && row.holds(Column.ACTION, lastAction.cell(Column.ACTION))) {
      agree(lastAction.cells, lastAction.row, ACTION_FIRST, ACTION_LAST);
      return lastAction;
    }
    String action = row.text(Column.ACTION);
    ActionRef ref =
        csv.parse(
            action, Column.ACTION, "two dotted positive numbers, such as 2.1", ActionRef::parse);
    if (ref.area().number() != a.number) {
      throw misplaced("an action", ref, "area " + a.number, Column.ACTION, action);
    }
    SheetPlan.ActionRows x = a.actions.get(ref);
    if (x == null) {
      x = new SheetPlan.ActionRows(a, ref, row.texts(ACTION_FIRST, ACTION_LAST), row.row());
      a.actions.put(ref, x);
    } else {
      agree(x.cells, x.row, ACTION_FIRST, ACTION_LAST);
    }
    lastAction = x;
    return x;
  }

  /**
   * The error for a reference in the row of another parent: {@code kind} with its article ("an
   * action"), {@code parent} with its reference ("area 3").
   */
  private PlanFormatException misplaced(
      String kind, Object ref, String parent, Column column, String text) {
    String noun = kind.substring(kind.indexOf(' ') + 1);
    String parentRef = parent.substring(parent.indexOf(' ') + 1);
    return csv.cellError(
        noun + " " + ref + " does not belong to " + parent,
        column,
        text,
        kind + " of " + parent + ", such as " + parentRef + ".1");
  }

  private Milestone milestone(MilestoneRef ref) {
    String description = row.text(Column.MILESTONE_DESCRIPTION);
    Target target = targets.get(row);
    if (target == null) {
      int warned = warnings.size();
      target = target();
      // A target whose cells warned is read again, so that each row gets its warning.
      if (warnings.size() == warned) {
        targets.put(row, target);
      }
    }
    Status status = statuses.get(row);
    if (status == null) {
      status = status();
      statuses.put(row, status);
    }
    Target t = target;
    Status s = status;
    return csv.built(
        "milestone",
        Column.MILESTONE_DESCRIPTION,
        description,
        "a description that is not blank",
        () -> Milestone.builder().ref(ref).description(description).target(t).status(s).build());
  }

  private Target target() {
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
    return csv.built(
        "target",
        Column.TARGET,
        written,
        "a target whose kind, periods and recurrence agree",
        t::build);
  }

  private Status status() {
    Progress progress = constant(Column.PROGRESS, PROGRESSES);
    String statusText = row.text(Column.STATUS);
    return csv.built(
        "status",
        Column.STATUS,
        statusText,
        "text exactly when the progress is reported",
        () -> Status.of(progress, statusText));
  }

  private <E extends Enum<E>> E constant(Column c, E[] values) {
    E e = row.constant(c, values);
    if (e == null) {
      throw csv.enumError(c, row.text(c), values);
    }
    return e;
  }

  // ------------------------------------------------------------ cells

  /** Checks the row against the cells {@code first} of columns {@code from} to {@code to}. */
  private void agree(String[] first, long firstRow, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!row.holds(COLUMNS[i], first[i - from])) {
        throw csv.cellError(
            "contradicts row " + firstRow,
            COLUMNS[i],
            row.text(COLUMNS[i]),
            "the same value as row "
                + firstRow
                + ": '"
                + PlanFormatException.abbreviate(first[i - from])
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
}
