package org.improvementframework.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A local QuickTheories generator of the parts of a plan, valid or not: small numbers that
 * collide, references that belong elsewhere, blank texts. {@link #isValid(PlanPart)} says,
 * independently of the model's checks, whether a plan built from the parts satisfies the
 * invariants.
 */
final class PlanParts {

  private PlanParts() {}

  record MilestonePart(
      int area, int action, int number, String description, Optional<Status> status) {}

  record ActionPart(
      int area,
      int number,
      String description,
      List<MilestonePart> milestones,
      Optional<String> resolution,
      Optional<Rag> rag) {}

  record AreaPart(int number, String title, List<String> leads, List<ActionPart> actions) {}

  record PlanPart(String title, Optional<String> organisation, List<AreaPart> areas) {}

  private static final List<String> TEXTS =
      List.of("Agree the plan", "x", "Review\tmonthly", "Caseload action plan agreed", " ", "");

  static Gen<String> texts() {
    // Mostly non-blank, so that many generated plans are valid.
    return Generate.frequency(
        Pair.of(9, Generate.pick(TEXTS.subList(0, 4))),
        Pair.of(1, Generate.pick(TEXTS.subList(4, 6))));
  }

  private static Gen<Integer> small() {
    return Generate.frequency(
        Pair.of(12, SourceDSL.integers().between(1, 4)),
        Pair.of(1, SourceDSL.integers().between(1, 12)));
  }

  static Gen<MilestonePart> milestones() {
    Gen<Optional<Status>> statuses =
        Generate.pick(
            List.of(
                Optional.<Status>empty(),
                Optional.of(Status.COMPLETE),
                Optional.of(Status.read("Meeting booked 30/3"))));
    return small().zip(small(), small(), texts(), statuses, MilestonePart::new);
  }

  static Gen<ActionPart> actions() {
    Gen<List<MilestonePart>> milestones = SourceDSL.lists().of(milestones()).ofSizeBetween(0, 4);
    Gen<Optional<String>> resolutions = texts().toOptionals(50);
    Gen<Optional<Rag>> rags = Generate.enumValues(Rag.class).toOptionals(30);
    return small()
        .zip(
            small(),
            texts(),
            milestones,
            resolutions,
            (area, number, description, ms, resolution) ->
                new ActionPart(area, number, description, ms, resolution, Optional.empty()))
        .zip(
            rags,
            (a, rag) ->
                new ActionPart(
                    a.area(), a.number(), a.description(), a.milestones(), a.resolution(), rag));
  }

  static Gen<AreaPart> areas() {
    return small()
        .zip(
            texts(),
            SourceDSL.lists().of(texts()).ofSizeBetween(0, 2),
            SourceDSL.lists().of(actions()).ofSizeBetween(0, 3),
            AreaPart::new);
  }

  static Gen<PlanPart> plans() {
    return texts()
        .zip(
            texts().toOptionals(50),
            SourceDSL.lists().of(areas()).ofSizeBetween(0, 4),
            PlanPart::new);
  }

  /** Parts that satisfy the invariants: generated parts, renumbered and with blanks filled. */
  static Gen<PlanPart> validPlans() {
    return plans().map(PlanParts::repair);
  }

  /** Generated parts, about half of them valid, so that both outcomes are tried often. */
  static Gen<PlanPart> mixedPlans() {
    return plans().mix(validPlans());
  }

  private static PlanPart repair(PlanPart plan) {
    List<AreaPart> areas = new ArrayList<>();
    int number = 0;
    for (AreaPart area : plan.areas()) {
      number += area.number();
      List<ActionPart> actions = new ArrayList<>();
      for (ActionPart action : area.actions()) {
        int actionNumber = actions.size() + 1;
        List<MilestonePart> milestones = new ArrayList<>();
        int milestoneNumber = 0;
        for (MilestonePart m : action.milestones()) {
          milestoneNumber += m.number();
          milestones.add(
              new MilestonePart(
                  number, actionNumber, milestoneNumber, filled(m.description()), m.status()));
        }
        actions.add(
            new ActionPart(
                number,
                actionNumber,
                filled(action.description()),
                milestones,
                action.resolution().map(PlanParts::filled),
                action.rag()));
      }
      areas.add(
          new AreaPart(
              number,
              filled(area.title()),
              area.leads().stream().map(PlanParts::filled).collect(Collectors.toList()),
              actions));
    }
    return new PlanPart(filled(plan.title()), plan.organisation().map(PlanParts::filled), areas);
  }

  private static String filled(String text) {
    return text.isBlank() ? "x" + text : text;
  }

  /** Builds the plan the parts describe, through the public builders. */
  static ImprovementPlan build(PlanPart plan) {
    ImprovementPlan.Builder builder =
        ImprovementPlan.builder()
            .title(plan.title())
            .organisation(plan.organisation())
            .asAt(LocalDate.of(2015, 3, 31));
    for (AreaPart area : plan.areas()) {
      builder.addAreas(build(area));
    }
    return builder.build();
  }

  static Area build(AreaPart area) {
    Area.Builder builder =
        Area.builder().ref(AreaRef.of(area.number())).title(area.title()).addAllLeads(area.leads());
    for (ActionPart action : area.actions()) {
      builder.addActions(build(action));
    }
    return builder.build();
  }

  static Action build(ActionPart action) {
    Action.Builder builder =
        Action.builder()
            .ref(ActionRef.of(action.area(), action.number()))
            .description(action.description())
            .resolution(action.resolution())
            .reportedRag(action.rag());
    for (MilestonePart m : action.milestones()) {
      builder.addMilestones(build(m));
    }
    return builder.build();
  }

  static Milestone build(MilestonePart m) {
    Milestone.Builder builder =
        Milestone.builder()
            .ref(MilestoneRef.of(m.area(), m.action(), m.number()))
            .description(m.description());
    m.status().ifPresent(builder::status);
    return builder.build();
  }

  /** Whether the parts satisfy the model's invariants, judged without the model. */
  static boolean isValid(PlanPart plan) {
    if (plan.title().isBlank() || plan.organisation().map(String::isBlank).orElse(false)) {
      return false;
    }
    int previous = 0;
    for (AreaPart area : plan.areas()) {
      if (area.number() <= previous || !isValid(area)) {
        return false;
      }
      previous = area.number();
    }
    return true;
  }

  static boolean isValid(AreaPart area) {
    if (area.title().isBlank() || area.leads().stream().anyMatch(String::isBlank)) {
      return false;
    }
    Set<Integer> seen = new HashSet<>();
    for (ActionPart action : area.actions()) {
      if (action.area() != area.number() || !seen.add(action.number()) || !isValid(action)) {
        return false;
      }
    }
    return true;
  }

  static boolean isValid(ActionPart action) {
    if (action.description().isBlank() || action.resolution().map(String::isBlank).orElse(false)) {
      return false;
    }
    Set<Integer> seen = new HashSet<>();
    for (MilestonePart m : action.milestones()) {
      if (m.area() != action.area()
          || m.action() != action.number()
          || !seen.add(m.number())
          || m.description().isBlank()) {
        return false;
      }
    }
    return true;
  }
}
