package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.tracker.TrackerAlignment.Piece;
import org.improvementframework.io.tracker.TrackerHeaders.Field;

/** The cells gathered for one action while its area's rows are read, before it is built. */
final class TrackerActionDraft {
  final int row;
  Piece description;
  final List<Piece> milestones = new ArrayList<>();
  final List<Piece> targets = new ArrayList<>();
  final List<Piece> statuses = new ArrayList<>();
  final List<Piece> rags = new ArrayList<>();
  final List<Piece> resolutions = new ArrayList<>();
  final List<Piece> others = new ArrayList<>();

  TrackerActionDraft(int row) {
    this.row = row;
  }

  /** Adds the action-level cells of one aligned row. */
  void add(List<Piece>[] cells) {
    milestones.addAll(cells[Field.MILESTONES.ordinal()]);
    targets.addAll(cells[Field.TARGET.ordinal()]);
    statuses.addAll(cells[Field.STATUS.ordinal()]);
    rags.addAll(cells[Field.RAG.ordinal()]);
    resolutions.addAll(cells[Field.RESOLUTION.ordinal()]);
    others.addAll(cells[Field.OTHER.ordinal()]);
  }

  /** Puts the cells of rows read before this action's own row in front of its cells. */
  void absorb(TrackerActionDraft o) {
    milestones.addAll(0, o.milestones);
    targets.addAll(0, o.targets);
    statuses.addAll(0, o.statuses);
    rags.addAll(0, o.rags);
    resolutions.addAll(0, o.resolutions);
    others.addAll(0, o.others);
  }

  /** Adds the cells of rows read after this action's row. */
  void append(TrackerActionDraft o) {
    milestones.addAll(o.milestones);
    targets.addAll(o.targets);
    statuses.addAll(o.statuses);
    rags.addAll(o.rags);
    resolutions.addAll(o.resolutions);
    others.addAll(o.others);
  }
}
