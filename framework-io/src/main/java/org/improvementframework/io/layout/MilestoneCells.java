package org.improvementframework.io.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.layout.Drafts.ActionDraft;
import org.improvementframework.io.layout.Drafts.AreaDraft;
import org.improvementframework.io.layout.Drafts.MilestoneDraft;
import org.improvementframework.io.layout.Layout.Field;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetContext;
import org.improvementframework.model.TargetKind;

/**
 * Reads the cells of one data row of a {@link TableLayoutReader} into the drafts it builds: the
 * milestone's target, status and RAG, the action's resolutions, leads and notes, and the area's
 * lists. Which area and action a row belongs to is the table reader's decision, not this one's.
 */
final class MilestoneCells {

  private final Headers.Match header;
  private final TargetContext context;
  private final List<ReadWarning> warnings;
  private final Set<Integer> warnedColumns = new HashSet<>();

  MilestoneCells(Headers.Match header, TargetContext context, List<ReadWarning> warnings) {
    this.header = header;
    this.context = context;
    this.warnings = warnings;
  }

  /** Reads the row's milestone: its target (or the date heading above it) and status. */
  MilestoneDraft milestone(
      TableRow row, RowCells cells, Integer number, String description, String dateHeading) {
    String targetText = cells.text(Field.TARGET);
    if (targetText.isEmpty() && dateHeading != null) {
      targetText = dateHeading;
    }
    Target target = targetText.isEmpty() ? Target.none() : Target.read(targetText, context);
    if (target.kind() == TargetKind.UNRECOGNISED) {
      warn(
          row.location(columnOf(Field.TARGET)),
          "a target date not understood",
          targetText,
          "kept it as written");
    }
    Status status = Status.read(cells.text(Field.STATUS));
    return new MilestoneDraft(
        number, description, target, status, cells.text(Field.RAG), row.number());
  }

  /** Adds what the row says of its action and area: the RAG, a resolution and the lead. */
  void actionCells(TableRow row, RowCells cells, AreaDraft area, ActionDraft action) {
    rag(row, cells, action);
    String resolution = cells.text(Field.RESOLUTION);
    if (!resolution.isEmpty()) {
      action.resolutions.add(resolution);
    }
    String lead = cells.text(Field.LEAD);
    if (!lead.isEmpty()) {
      area.leads.addAll(RowCells.leads(lead));
      String note = cells.column(Field.LEAD) + ": " + lead;
      if (!action.notes.contains(note)) {
        action.notes.add(note);
      }
    }
  }

  private void rag(TableRow row, RowCells cells, ActionDraft action) {
    String text = cells.text(Field.RAG);
    if (text.isEmpty()) {
      return;
    }
    Optional<Rag> rag = Rag.read(text);
    if (rag.isEmpty()) {
      warn(
          row.location(columnOf(Field.RAG)),
          "not a RAG rating",
          text,
          "kept it as a note on the action");
      action.notes.add(cells.column(Field.RAG) + ": " + text);
    } else if (action.rag == null || rag.get().ordinal() < action.rag.ordinal()) {
      if (action.rag != null) {
        warn(
            row.location(columnOf(Field.RAG)),
            "milestones of one action have different RAG " + "ratings",
            text,
            "took the worse, " + rag.get());
      }
      action.rag = rag.get();
    }
  }

  /** Adds the row's objectives, outcomes and measures to its area. */
  void areaLists(RowCells cells, AreaDraft area) {
    area.objectives.addAll(RowCells.items(cells.text(Field.OBJECTIVES)));
    area.outcomes.addAll(RowCells.items(cells.text(Field.OUTCOMES)));
    area.measures.addAll(RowCells.items(cells.text(Field.MEASURED_BY)));
  }

  /** Keeps the cells of columns the layout does not read as notes, warning once a column. */
  void otherCells(TableRow row, RowCells cells, ActionDraft action) {
    for (int i : cells.unmapped()) {
      String name = cells.columnName(i);
      action.notes.add(name + ": " + row.cell(i).strip());
      if (warnedColumns.add(i)) {
        warn(
            row.location(i + 1),
            "a column the layout does not read",
            name,
            "kept its text as notes on the actions");
      }
    }
  }

  private int columnOf(Field field) {
    Integer index = header.columns().get(field);
    return index == null ? 1 : index + 1;
  }

  private void warn(InputLocation at, String problem, String text, String action) {
    warnings.add(ReadWarning.of(at, problem, text, action));
  }
}
