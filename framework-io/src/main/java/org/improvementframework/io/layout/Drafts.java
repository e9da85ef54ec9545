package org.improvementframework.io.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * What the table reader gathers before the model's invariants apply: areas, actions and
 * milestones as written, numbered at the end so that a missing or repeated number is repaired
 * (with a warning) instead of failing the whole plan.
 */
final class Drafts {

  private Drafts() {}

  /** A milestone as read from its row, with the RAG written on that row ("" if none). */
  record MilestoneDraft(
      Integer number, String description, Target target, Status status, String rag, long row) {
    MilestoneDraft withDescription(String d) {
      return new MilestoneDraft(number, d, target, status, rag, row);
    }
  }

  /**
   * What an area and an action have in common: the number as written (null where there was none
   * to read), the table row they start on, by which numbering repairs and warns, and their notes.
   */
  abstract static class NumberedDraft {
    final Integer number;
    final long row;
    final List<String> notes = new ArrayList<>();

    NumberedDraft(Integer number, long row) {
      this.number = number;
      this.row = row;
    }
  }

  /** An action and its milestones. */
  static final class ActionDraft extends NumberedDraft {
    String description;
    Rag rag;
    final List<String> resolutions = new ArrayList<>();
    final List<MilestoneDraft> milestones = new ArrayList<>();

    ActionDraft(Integer number, String description, long row) {
      super(number, row);
      this.description = description;
    }
  }

  /** An area and its actions; list items are kept once each, in the order first seen. */
  static final class AreaDraft extends NumberedDraft {
    final String title;
    final Set<String> leads = new LinkedHashSet<>();
    final Set<String> objectives = new LinkedHashSet<>();
    final Set<String> outcomes = new LinkedHashSet<>();
    final Set<String> measures = new LinkedHashSet<>();
    final List<ActionDraft> actions = new ArrayList<>();

    AreaDraft(Integer number, String title, long row) {
      super(number, row);
      this.title = title;
    }
  }

  /**
   * Builds the areas, numbering those without a usable number after the previous one.
   *
   * @param references whether the table has a reference column, so that an action without a
   *     number is worth a warning (without one, numbering in order is the only reading)
   * @param renumbered told of each repaired number: the draft's row and what was done
   */
  static List<Area> build(
      List<AreaDraft> drafts, boolean references, BiConsumer<Long, String> renumbered) {
    List<Area> areas = new ArrayList<>();
    int previous = 0;
    for (AreaDraft d : drafts) {
      int number;
      if (d.number != null && d.number > previous) {
        number = d.number;
      } else {
        number = previous + 1;
        if (d.number != null) {
          renumbered.accept(
              d.row,
              "area number " + d.number + " is not after " + previous + ": numbered it " + number);
        }
      }
      previous = number;
      areas.add(area(AreaRef.of(number), d, references, renumbered));
    }
    return areas;
  }

  private static Area area(
      AreaRef ref, AreaDraft d, boolean references, BiConsumer<Long, String> renumbered) {
    Area.Builder b =
        Area.builder()
            .ref(ref)
            .title(d.title)
            .addAllLeads(d.leads)
            .addAllObjectives(d.objectives)
            .addAllOutcomes(d.outcomes)
            .addAllNotes(d.notes);
    d.measures.forEach(m -> b.addMeasures(Measure.of(m)));
    Set<Integer> used = new HashSet<>();
    for (ActionDraft a : d.actions) {
      if (a.number != null && a.number > 0) {
        used.add(a.number);
      }
    }
    Set<Integer> taken = new HashSet<>();
    int next = 1;
    for (ActionDraft a : d.actions) {
      int number;
      if (a.number != null && a.number > 0 && taken.add(a.number)) {
        number = a.number;
      } else {
        while (used.contains(next) || taken.contains(next)) {
          next++;
        }
        number = next;
        taken.add(number);
        if (a.number != null || references) {
          renumbered.accept(
              a.row,
              a.number == null
                  ? "numbered the action " + ref + "." + number
                  : "action number " + a.number + " repeats: numbered it " + ref + "." + number);
        }
      }
      b.addActions(action(ActionRef.of(ref, number), a, renumbered));
    }
    return b.build();
  }

  private static Action action(ActionRef ref, ActionDraft d, BiConsumer<Long, String> renumbered) {
    Action.Builder b =
        Action.builder()
            .ref(ref)
            .description(d.description)
            .reportedRag(Optional.ofNullable(d.rag))
            .addAllNotes(d.notes);
    if (!d.resolutions.isEmpty()) {
      b.resolution(String.join("\n", d.resolutions));
    }
    Set<Integer> taken = new HashSet<>();
    int next = 1;
    List<String> rags = new ArrayList<>();
    for (MilestoneDraft m : d.milestones) {
      int number;
      if (m.number() != null && m.number() > 0 && taken.add(m.number())) {
        number = m.number();
      } else {
        while (taken.contains(next)) {
          next++;
        }
        number = next;
        taken.add(number);
        if (m.number() != null) {
          // The number as written is kept in the warning, so that no word of the file is lost.
          renumbered.accept(
              m.row(),
              "milestone number "
                  + m.number()
                  + (m.number() > 0 ? " repeats" : " is not 1 or more")
                  + ": numbered it "
                  + MilestoneRef.of(ref, number));
        }
      }
      if (!m.rag().isEmpty()) {
        rags.add(MilestoneRef.of(ref, number) + " " + m.rag());
      }
      b.addMilestones(
          Milestone.builder()
              .ref(MilestoneRef.of(ref, number))
              .description(m.description())
              .target(m.target())
              .status(m.status())
              .build());
    }
    if (d.milestones.stream().map(MilestoneDraft::rag).filter(r -> !r.isEmpty()).distinct().count()
        > 1) {
      // The model rates actions, not milestones: the ratings of each milestone stay as written.
      b.addNotes("RAG by milestone: " + String.join(", ", rags));
    }
    return b.build();
  }
}
