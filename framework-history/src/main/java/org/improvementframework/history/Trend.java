package org.improvementframework.history;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.MilestoneRef;

/**
 * How a plan moved across its reporting dates: one {@link TrendPoint} per date for the plan, for
 * each area and for each lead (everything the lead leads), and the deadline moves of every
 * milestone whose deadline moved. An area or lead has points only for the dates on which it is in
 * the plan. Obtain one with {@link #of(List, ReportOptions)} or {@link PlanHistory#trend}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param plan the plan's points, in date order; not null
 * @param areas each area's points, areas in number order; not null
 * @param leads each lead's points, leads in name order; not null
 * @param deadlines the deadline history of each milestone that moved, in reference order; not
 *     null
 */
public record Trend(
    List<TrendPoint> plan,
    Map<AreaRef, List<TrendPoint>> areas,
    Map<String, List<TrendPoint>> leads,
    Map<MilestoneRef, DeadlineHistory> deadlines) {

  /**
   * Checks and copies the parts, keeping the order of the maps.
   *
   * @param plan the plan's points; not null
   * @param areas the areas' points; not null
   * @param leads the leads' points; not null
   * @param deadlines the deadline histories; not null
   * @throws NullPointerException if a part is null
   */
  public Trend {
    plan = List.copyOf(plan);
    areas = copy(areas, List::copyOf);
    leads = copy(leads, List::copyOf);
    deadlines = copy(deadlines, Function.identity());
  }

  private static <K, V> Map<K, V> copy(Map<K, V> map, Function<V, V> value) {
    Objects.requireNonNull(map, "map");
    Map<K, V> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(Objects.requireNonNull(k, "key"), value.apply(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Works out the trend of reports of one plan held in memory.
   *
   * @param reports the reports, in any order, with distinct as-at dates; not null
   * @param options how milestones are judged, RAG derived and rules run; not null
   * @return the trend; not null
   * @throws IllegalArgumentException if two reports have the same as-at date
   */
  public static Trend of(List<ImprovementPlan> reports, ReportOptions options) {
    Objects.requireNonNull(reports, "reports");
    TrendBuilder builder = new TrendBuilder(options);
    reports.stream().sorted((a, b) -> a.asAt().compareTo(b.asAt())).forEachOrdered(builder::add);
    return builder.build();
  }

  /**
   * Gets the reporting dates.
   *
   * @return the dates in order; not null
   */
  public List<LocalDate> dates() {
    return plan.stream().map(TrendPoint::asAt).toList();
  }

  /**
   * Gets one area's points.
   *
   * @param area the area; not null
   * @return its points in date order, empty if it was never in the plan; not null
   */
  public List<TrendPoint> area(AreaRef area) {
    return areas.getOrDefault(Objects.requireNonNull(area, "area"), List.of());
  }

  /**
   * Gets one lead's points.
   *
   * @param lead the lead's name as written in the plan; not null
   * @return the points in date order, empty if nobody of that name leads an area; not null
   */
  public List<TrendPoint> lead(String lead) {
    return leads.getOrDefault(Objects.requireNonNull(lead, "lead"), List.of());
  }

  /**
   * Gets one milestone's deadline history.
   *
   * @param milestone the milestone; not null
   * @return its moves; with none if its deadline never moved or it was never in the plan; not null
   */
  public DeadlineHistory deadline(MilestoneRef milestone) {
    return deadlines.getOrDefault(
        Objects.requireNonNull(milestone, "milestone"), new DeadlineHistory(milestone, List.of()));
  }
}
