package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.improvementframework.io.tracker.TrackerAlignment.Piece;
import org.improvementframework.io.tracker.TrackerHeaders.Field;

/** The cells gathered for one action while its area's rows are read, before it is built. */
final class TrackerActionDraft {
  final int row;
  Piece description;

  /** The cells of each action-level column: one list a column, moved between drafts alike. */
  private final Map<Field, List<Piece>> byField = new EnumMap<>(Field.class);

  final List<Piece> milestones = column(Field.MILESTONES);
  final List<Piece> targets = column(Field.TARGET);
  final List<Piece> statuses = column(Field.STATUS);
  final List<Piece> rags = column(Field.RAG);
  final List<Piece> resolutions = column(Field.RESOLUTION);
  final List<Piece> others = column(Field.OTHER);

  TrackerActionDraft(int row) {
    this.row = row;
  }

  private List<Piece> column(Field field) {
    List<Piece> cells = new ArrayList<>();
    byField.put(field, cells);
    return cells;
  }

  /** Adds the action-level cells of one aligned row. */
  void add(List<Piece>[] cells) {
    byField.forEach((field, mine) -> mine.addAll(cells[field.ordinal()]));
  }

  /** Puts the cells of rows read before this action's own row in front of its cells. */
  void absorb(TrackerActionDraft o) {
    byField.forEach((field, mine) -> mine.addAll(0, o.byField.get(field)));
  }

  /** Adds the cells of rows read after this action's row. */
  void append(TrackerActionDraft o) {
    byField.forEach((field, mine) -> mine.addAll(o.byField.get(field)));
  }
}
