package org.improvementframework.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.improvementframework.io.AtomicFiles;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;

/**
 * Generates the example history: twelve monthly updates of the bundled 2015 plan, shipped in this
 * module as {@code history/2015-03-31.json} to {@code history/2016-02-29.json}.
 *
 * <p>The first update is the plan as published (as at 31 March 2015). Each later one is as at the
 * end of the next month, made from the one before by these rules, drawn from one
 * {@link Random} seeded with {@link #SEED} and visiting milestones in plan order, so that the
 * files are the same on every run:
 * <ul>
 *   <li>a milestone already complete or ongoing stays so;</li>
 *   <li>an overdue one (its deadline before the new date) is completed with chance 35%, re-dated
 *       (it slips) to the end of the month two months on with chance 15%, else left overdue;</li>
 *   <li>one not yet overdue moves forward one step (not started to in progress, in progress to
 *       complete) with chance 25%;</li>
 *   <li>one with no deadline (TBC) is given one, the end of the month three months on, with
 *       chance 10%.</li>
 * </ul>
 *
 * <p>Run it with the folder to write to; the test {@code ExampleHistoryTest} regenerates the
 * files and checks they equal the shipped ones.
 */
public final class ExampleHistory {

  /** The seed of the rules' random draws. */
  public static final long SEED = 2015L;

  /** How many monthly updates. */
  public static final int MONTHS = 12;

  /** The class-path folder of the shipped files. */
  public static final String RESOURCE_FOLDER = "/org/improvementframework/examples/history/";

  private ExampleHistory() {}

  /**
   * Writes the twelve files into a folder.
   *
   * @param args the folder; default {@code framework-examples/src/main/resources/...}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder =
        Path.of(
            args.length > 0 ? args[0] : "framework-examples/src/main/resources" + RESOURCE_FOLDER);
    Files.createDirectories(folder);
    for (ImprovementPlan p : updates()) {
      byte[] json = PlanJson.write(p).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(folder.resolve(p.asAt() + ".json"), out -> out.write(json));
    }
  }

  /**
   * Makes the twelve updates.
   *
   * @return the updates in date order; not null
   */
  public static List<ImprovementPlan> updates() {
    Random random = new Random(SEED);
    List<ImprovementPlan> out = new ArrayList<>();
    ImprovementPlan plan = ExamplePlans.plymouth2015();
    out.add(plan);
    YearMonth month = YearMonth.from(plan.asAt());
    for (int i = 1; i < MONTHS; i++) {
      month = month.plusMonths(1);
      plan = next(plan, month.atEndOfMonth(), random);
      out.add(plan);
    }
    return out;
  }

  /**
   * Loads the shipped files.
   *
   * @return the updates in date order; not null
   * @throws IOException if a file is missing
   */
  public static List<ImprovementPlan> shipped() throws IOException {
    List<ImprovementPlan> out = new ArrayList<>();
    for (ImprovementPlan p : updates()) {
      String name = RESOURCE_FOLDER + p.asAt() + ".json";
      try (var in = ExampleHistory.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IOException("resource " + name + " is missing from the class path");
        }
        out.add(PlanJson.read(in));
      }
    }
    return out;
  }

  private static ImprovementPlan next(ImprovementPlan plan, LocalDate asAt, Random random) {
    List<Area> areas = new ArrayList<>();
    for (Area area : plan.areas()) {
      List<Action> actions = new ArrayList<>();
      for (Action action : area.actions()) {
        List<Milestone> ms = new ArrayList<>();
        for (Milestone m : action.milestones()) {
          ms.add(next(m, asAt, random));
        }
        actions.add(action.withMilestones(ms));
      }
      areas.add(area.withActions(actions));
    }
    return plan.withAsAt(asAt).withAreas(areas);
  }

  private static Milestone next(Milestone m, LocalDate asAt, Random random) {
    Progress p = m.status().progress();
    if (p.isDone()) {
      return m;
    }
    double roll = random.nextDouble();
    Optional<LocalDate> deadline = m.target().deadline(asAt);
    YearMonth month = YearMonth.from(asAt);
    if (deadline.isEmpty()) {
      return roll < 0.10 ? m.withTarget(Target.ofMonth(month.plusMonths(3))) : m;
    }
    if (deadline.get().isBefore(asAt)) {
      if (roll < 0.35) {
        return m.withStatus(Status.COMPLETE);
      }
      return roll < 0.50 ? m.withTarget(Target.ofMonth(month.plusMonths(2))) : m;
    }
    if (roll < 0.25) {
      return m.withStatus(p == Progress.IN_PROGRESS ? Status.COMPLETE : Status.IN_PROGRESS);
    }
    return m;
  }
}
