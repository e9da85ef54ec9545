package org.improvementframework.metrics.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;

/** Periods of care and placements by child, shared by the two placement stability measures. */
final class CareHistories {

  static final String SHORT_BREAKS =
      "looked after at the end of the period only under an agreed"
          + " series of short-term placements";
  static final String NO_PLACEMENT = "no placement open at the end of the period";
  static final String NOT_LOOKED_AFTER_AT_END = "not looked after at the end of the period";

  static final class Child {
    final List<LookedAfterPeriod> periods = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
  }

  final DateRange period;
  final Map<String, Child> children = new HashMap<>();

  CareHistories(DateRange period) {
    this.period = Objects.requireNonNull(period, "period");
  }

  void add(LookedAfterPeriod p) {
    Objects.requireNonNull(p, "period");
    children.computeIfAbsent(p.childId(), k -> new Child()).periods.add(p);
  }

  void add(Placement p) {
    Objects.requireNonNull(p, "placement");
    children.computeIfAbsent(p.childId(), k -> new Child()).placements.add(p);
  }

  void merge(CareHistories other) {
    Merging.samePeriod(period, other.period);
    other.children.forEach(
        (id, c) -> {
          Child mine = children.computeIfAbsent(id, k -> new Child());
          mine.periods.addAll(c.periods);
          mine.placements.addAll(c.placements);
        });
  }

  /** The period of care open at the day, the earliest-starting if records overlap. */
  static Optional<LookedAfterPeriod> openPeriod(Child c, LocalDate day) {
    return c.periods.stream()
        .filter(p -> p.isOpenAt(day))
        .min(
            Comparator.comparing(LookedAfterPeriod::start)
                .thenComparing(LookedAfterPeriod::dateOfBirth));
  }

  /**
   * The period of care open at the end of the period; or empty, after adding the reason to
   * {@code excluded} when the child was looked after on some day of the period, so that every
   * child looked after during the period is either counted or excluded with a reason.
   */
  Optional<LookedAfterPeriod> openAtEnd(String id, Child c, List<Excluded> excluded) {
    LocalDate end = period.end();
    Optional<LookedAfterPeriod> open = openPeriod(c, end);
    if (open.isEmpty()
        && c.periods.stream()
            .anyMatch(
                p ->
                    !p.start().isAfter(end)
                        && (p.end().isEmpty() || !p.end().get().isBefore(period.start())))) {
      excluded.add(new Excluded(id, end, NOT_LOOKED_AFTER_AT_END));
    }
    return open;
  }

  /**
   * The placement open at the day that is not a short break, the latest-starting if records
   * overlap; or empty, after adding the reason to {@code excluded}.
   */
  static Optional<Placement> currentPlacement(
      String id, Child c, LocalDate day, List<Excluded> excluded) {
    Optional<Placement> current =
        c.placements.stream()
            .filter(p -> !p.shortBreak() && p.isOpenAt(day))
            .max(Comparator.comparing(Placement::start).thenComparing(Placement::placementType));
    if (current.isEmpty()) {
      boolean shortBreak = c.placements.stream().anyMatch(p -> p.shortBreak() && p.isOpenAt(day));
      excluded.add(new Excluded(id, day, shortBreak ? SHORT_BREAKS : NO_PLACEMENT));
    }
    return current;
  }
}
