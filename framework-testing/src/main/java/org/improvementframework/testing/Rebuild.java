package org.improvementframework.testing;

import java.util.List;
import java.util.Optional;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;

/** Copies of model values with some parts replaced, through the public builders only. */
final class Rebuild {

  private Rebuild() {}

  static ImprovementPlan plan(ImprovementPlan p, List<Area> areas) {
    ImprovementPlan.Builder b =
        ImprovementPlan.builder()
            .title(p.title())
            .asAt(p.asAt())
            .addAllAreas(areas)
            .addAllNotes(p.notes());
    p.organisation().ifPresent(b::organisation);
    p.period().ifPresent(b::period);
    return b.build();
  }

  static Area area(Area a, AreaRef ref, List<String> leads, List<Action> actions) {
    return Area.builder()
        .ref(ref)
        .title(a.title())
        .addAllLeads(leads)
        .addAllObjectives(a.objectives())
        .addAllOutcomes(a.outcomes())
        .addAllMeasures(a.measures())
        .addAllActions(actions)
        .addAllNotes(a.notes())
        .build();
  }

  static Action action(
      Action a,
      ActionRef ref,
      List<Milestone> milestones,
      Optional<String> resolution,
      List<? extends Reference> dependencies) {
    Action.Builder b =
        Action.builder()
            .ref(ref)
            .description(a.description())
            .addAllMilestones(milestones)
            .addAllDependencies(dependencies)
            .addAllNotes(a.notes());
    a.reportedRag().ifPresent(b::reportedRag);
    resolution.ifPresent(b::resolution);
    return b.build();
  }

  static Milestone milestone(Milestone m, MilestoneRef ref) {
    return Milestone.builder()
        .ref(ref)
        .description(m.description())
        .target(m.target())
        .status(m.status())
        .build();
  }
}
