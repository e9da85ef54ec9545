package org.improvementframework.io.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.csv.PlanCsv.Column;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;

/**
 * Builds the plan from the rows {@link SheetReader} grouped: the plan from its first row, each
 * area and action from theirs, errors naming those rows. Not thread-safe.
 */
final class SheetPlan {
  private final CsvCells csv;
  private final String source;

  SheetPlan(CsvCells csv, String source) {
    this.csv = csv;
    this.source = source;
  }

  ImprovementPlan build(String[] c, long row, Collection<AreaRows> areas) {
    ImprovementPlan.Builder b = ImprovementPlan.builder();
    b.title(plan(c, Column.PLAN_TITLE));
    if (!plan(c, Column.ORGANISATION).isEmpty()) {
      b.organisation(plan(c, Column.ORGANISATION));
    }
    b.asAt(planCell(c, row, Column.AS_AT, "an ISO 8601 date such as 2015-03-31", LocalDate::parse));
    if (!plan(c, Column.PLAN_PERIOD).isEmpty()) {
      b.period(
          planCell(
              c,
              row,
              Column.PLAN_PERIOD,
              "an ISO date range such as 2015-04-01/2016-03-31",
              DateRange::parse));
    }
    b.addAllNotes(csv.at(row, () -> csv.lines(plan(c, Column.PLAN_NOTES), Column.PLAN_NOTES)));
    List<AreaRows> sorted = new ArrayList<>(areas);
    // Rows may come in any order (a sorted or filtered sheet); areas are kept in number order.
    sorted.sort((x, y) -> Integer.compare(x.number, y.number));
    for (AreaRows a : sorted) {
      b.addAreas(csv.at(a.row, () -> area(a)));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw PlanFormatException.builder("invalid plan: " + e.getMessage())
          .at(InputLocation.ofCell(source, row, Column.PLAN_TITLE.heading()))
          .text(plan(c, Column.PLAN_TITLE))
          .cause(e)
          .build();
    }
  }

  private Area area(AreaRows a) {
    Area.Builder b =
        Area.builder()
            .ref(AreaRef.of(a.number))
            .title(a.cell(Column.AREA_TITLE))
            .addAllLeads(a.lines(csv, Column.LEADS))
            .addAllObjectives(a.lines(csv, Column.OBJECTIVES))
            .addAllOutcomes(a.lines(csv, Column.OUTCOMES))
            .addAllNotes(a.lines(csv, Column.AREA_NOTES));
    List<String> texts = a.lines(csv, Column.MEASURED_BY);
    List<Indicator> indicators = csv.indicators(a.cell(Column.INDICATORS), texts.size());
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
    return notBlank("area", a.cell(Column.AREA_TITLE), Column.AREA_TITLE, "title", b::build);
  }

  private Action action(ActionRows x) {
    String description = x.cell(Column.ACTION_DESCRIPTION);
    Action.Builder b = Action.builder().ref(x.ref).description(description);
    if (!x.cell(Column.RAG).isEmpty()) {
      b.reportedRag(csv.enumCell(x.cell(Column.RAG), Column.RAG, Rag.class));
    }
    if (!x.cell(Column.RESOLUTION).isEmpty()) {
      b.resolution(x.cell(Column.RESOLUTION));
    }
    for (String d : x.lines(csv, Column.DEPENDENCIES)) {
      b.addDependencies(
          csv.parse(
              d,
              Column.DEPENDENCIES,
              "references such as 3, 2.1 or 2.1.3, one per line",
              Reference::parse));
    }
    b.addAllNotes(x.lines(csv, Column.ACTION_NOTES));
    b.addAllMilestones(x.milestones.milestones());
    return notBlank("action", description, Column.ACTION_DESCRIPTION, "description", b::build);
  }

  /** Reads a cell of the plan's own row: an error names that row, whatever row is being read. */
  private <T> T planCell(
      String[] c, long row, Column column, String expected, Function<String, T> parser) {
    return csv.at(row, () -> csv.parse(plan(c, column), column, expected, parser));
  }

  /** The text of a column among the plan's cells, as {@link SheetRow#texts} read them. */
  private static String plan(String[] c, Column column) {
    return c[column.ordinal() - PlanCsvWriter.PLAN_FIRST];
  }

  /**
   * Builds an area or an action, whose one rule the cells can break here is a blank title or
   * description: the error names that column.
   */
  private <T> T notBlank(String what, String text, Column column, String noun, Supplier<T> build) {
    return csv.built(what, column, text, "a " + noun + " that is not blank", build);
  }

  /**
   * The cells of the first row of an area or action, from its first column on, as {@link
   * SheetRow#texts} read them, and the row's number: later rows are checked against them.
   */
  abstract static class FirstRow {
    final String[] cells;
    final long row;
    private final int first;

    FirstRow(String[] cells, long row, int first) {
      this.cells = cells;
      this.row = row;
      this.first = first;
    }

    String cell(Column c) {
      return cells[c.ordinal() - first];
    }

    List<String> lines(CsvCells csv, Column c) {
      return csv.lines(cell(c), c);
    }
  }

  /** An area's first row and its actions. */
  static final class AreaRows extends FirstRow {
    final int number;
    final Map<ActionRef, ActionRows> actions = new LinkedHashMap<>();

    AreaRows(int number, String[] cells, long row) {
      super(cells, row, PlanCsvWriter.AREA_FIRST);
      this.number = number;
    }
  }

  /** An action's first row and its milestones. */
  static final class ActionRows extends FirstRow {
    final AreaRows area;
    final ActionRef ref;
    final MilestoneRows milestones = new MilestoneRows();

    ActionRows(AreaRows area, ActionRef ref, String[] cells, long row) {
      super(cells, row, PlanCsvWriter.ACTION_FIRST);
      this.area = area;
      this.ref = ref;
    }
  }
}
