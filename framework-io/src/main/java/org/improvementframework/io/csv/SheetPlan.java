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
    b.title(c[Column.PLAN_TITLE.ordinal()]);
    if (!c[Column.ORGANISATION.ordinal()].isEmpty()) {
      b.organisation(c[Column.ORGANISATION.ordinal()]);
    }
    b.asAt(planCell(c, row, Column.AS_AT, "an ISO 8601 date such as 2015-03-31", LocalDate::parse));
    if (!c[Column.PLAN_PERIOD.ordinal()].isEmpty()) {
      b.period(
          planCell(
              c,
              row,
              Column.PLAN_PERIOD,
              "an ISO date range such as 2015-04-01/2016-03-31",
              DateRange::parse));
    }
    b.addAllNotes(csv.at(row, () -> csv.lines(c, Column.PLAN_NOTES)));
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
    return notBlank("area", c, Column.AREA_TITLE, "title", b::build);
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
    b.addAllMilestones(x.milestones.milestones());
    return notBlank("action", c, Column.ACTION_DESCRIPTION, "description", b::build);
  }

  /** Reads a cell of the plan's own row: an error names that row, whatever row is being read. */
  private <T> T planCell(
      String[] c, long row, Column column, String expected, Function<String, T> parser) {
    return csv.at(row, () -> csv.parse(c[column.ordinal()], column, expected, parser));
  }

  /**
   * Builds an area or an action, whose one rule the cells can break here is a blank title or
   * description: the error names that column.
   */
  private <T> T notBlank(String what, String[] c, Column column, String noun, Supplier<T> build) {
    return csv.built(what, column, c[column.ordinal()], "a " + noun + " that is not blank", build);
  }

  static final class AreaRows {
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

  static final class ActionRows {
    final AreaRows area;
    final ActionRef ref;
    final String[] cells;
    final long row;
    final MilestoneRows milestones = new MilestoneRows();

    ActionRows(AreaRows area, ActionRef ref, String[] cells, long row) {
      this.area = area;
      this.ref = ref;
      this.cells = cells;
      this.row = row;
    }
  }
}
