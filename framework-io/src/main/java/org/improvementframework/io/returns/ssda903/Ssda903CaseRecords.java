package org.improvementframework.io.returns.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;

/**
 * The case records an SSDA903 return holds, derived as the DfE's specification defines its
 * fields.
 *
 * <ul>
 *   <li><b>Periods of care</b>: a child's episodes in {@code DECOM} order; a period starts with an
 *       episode whose {@code RNE} is {@code S} ("started to be looked after") or with the child's
 *       first episode, and ends on the {@code DEC} of an episode whose {@code REC} is not
 *       {@code X1} ("episode ceases, and new episode begins on same day"); open if the last
 *       episode has no {@code DEC}. The date of birth is the child's Header {@code DOB}; a child
 *       without a Header row is left out with a warning.</li>
 *   <li><b>Placements</b>: a new placement starts with {@code RNE} {@code S}, {@code P} (change of
 *       placement and carer only) or {@code T} (change of legal status and of placement and
 *       carer); {@code L}, {@code B} and {@code U} change the legal status or the placement with
 *       the same carer, so the placement goes on. Its type is the first episode's
 *       {@code PLACE}; it is a short break when that episode's {@code LS} is {@code V3} or
 *       {@code V4}.</li>
 *   <li><b>Care leavers</b>: each OC3 row, on the birthday ({@code DOB} plus 17 to 21 years) that
 *       falls in the collection year, with {@code IN_TOUCH}, {@code ACTIV} and
 *       {@code ACCOM}.</li>
 *   <li><b>Missing episodes</b>: Missing rows with {@code MISSING} {@code M}; the return holds no
 *       return interviews, so none is offered or held in these records.</li>
 *   <li><b>Adoptions</b>: a period of care ending with {@code REC} {@code E11} or {@code E12}
 *       (adopted); moved in on the {@code DECOM} of the period's first episode with
 *       {@code PLACE} {@code A3} to {@code A6} (placed for adoption); placement order on the first
 *       {@code DECOM} with {@code LS} {@code E1} or {@code D1}; matched on the AD1
 *       {@code DATE_MATCH}; a foster placement with the adopters ({@code A3}/{@code A4}, placed
 *       with the current foster carers) starts with the placement before.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ssda903CaseRecords {

  private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "T");
  private static final Set<String> SHORT_BREAK = Set.of("V3", "V4");
  private static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");
  private static final Set<String> WITH_FOSTER_CARERS = Set.of("A3", "A4");

  private final List<LookedAfterPeriod> periods = new ArrayList<>();
  private final List<Placement> placements = new ArrayList<>();
  private final List<CareLeaverActivity> careLeavers = new ArrayList<>();
  private final List<MissingEpisode> missing = new ArrayList<>();
  private final List<Adoption> adoptions = new ArrayList<>();
  private final List<ReadWarning> warnings = new ArrayList<>();

  private Ssda903CaseRecords() {}

  /**
   * Derives the case records of a return for a collection year.
   *
   * @param r the return; not null
   * @param year the collection year, 1 April to 31 March; not null
   * @return the records; not null
   * @throws NullPointerException if an argument is null
   */
  public static Ssda903CaseRecords from(Ssda903Return r, DateRange year) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(year, "year");
    Ssda903CaseRecords out = new Ssda903CaseRecords();
    Map<String, LocalDate> dob = new HashMap<>();
    r.rows(Ssda903Table.HEADER).forEach(h -> dob.put(h.child(), h.date("DOB").orElseThrow()));
    Map<String, LocalDate> matched = new HashMap<>();
    r.rows(Ssda903Table.AD1)
        .forEach(a -> matched.put(a.child(), a.date("DATE_MATCH").orElseThrow()));
    Map<String, List<Ssda903Row>> episodes = new LinkedHashMap<>();
    r.rows(Ssda903Table.EPISODES)
        .forEach(e -> episodes.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(e));
    episodes.forEach(
        (child, list) -> {
          list.sort(Comparator.comparing((Ssda903Row e) -> e.date("DECOM").orElseThrow()));
          out.episodes(child, list, dob.get(child), matched.get(child));
        });
    for (Ssda903Row o : r.rows(Ssda903Table.OC3)) {
      out.careLeaver(o, year);
    }
    for (Ssda903Row m : r.rows(Ssda903Table.MISSING)) {
      if (m.value("MISSING").orElse("").equals("M")) {
        out.missing(m);
      }
    }
    return out;
  }

  private void episodes(String child, List<Ssda903Row> list, LocalDate dob, LocalDate match) {
    Ssda903Row first = list.get(0);
    if (dob == null) {
      warnings.add(
          ReadWarning.of(
              InputLocation.ofCell(first.source(), first.row(), "CHILD"),
              "a child with episodes but no Header row",
              "",
              "left out of periods of care, placements and adoptions"));
      return;
    }
    List<Ssda903Row> period = new ArrayList<>();
    for (Ssda903Row e : list) {
      if (!period.isEmpty() && e.value("RNE").orElse("").equals("S")) {
        closePeriod(child, dob, period, match);
        period = new ArrayList<>();
      }
      period.add(e);
      String rec = e.value("REC").orElse("");
      if (e.date("DEC").isPresent() && !rec.isEmpty() && !rec.equals("X1")) {
        closePeriod(child, dob, period, match);
        period = new ArrayList<>();
      }
    }
    if (!period.isEmpty()) {
      closePeriod(child, dob, period, match);
    }
  }

  private void closePeriod(String child, LocalDate dob, List<Ssda903Row> eps, LocalDate match) {
    Ssda903Row last = eps.get(eps.size() - 1);
    LocalDate start = eps.get(0).date("DECOM").orElseThrow();
    Optional<LocalDate> end =
        last.value("REC").filter(c -> !c.equals("X1")).flatMap(c -> last.date("DEC"));
    try {
      periods.add(new LookedAfterPeriod(child, dob, start, end));
    } catch (IllegalArgumentException e) {
      warnings.add(
          ReadWarning.of(
              InputLocation.ofCell(last.source(), last.row(), "DEC"),
              "episode ceasing before its period of care began",
              "",
              "period left out"));
      return;
    }
    List<Placement> mine = placements(child, eps);
    placements.addAll(mine);
    String rec = last.value("REC").orElse("");
    if (end.isPresent() && (rec.equals("E11") || rec.equals("E12"))) {
      adoption(child, start, end.get(), eps, mine, match);
    }
  }

  private List<Placement> placements(String child, List<Ssda903Row> eps) {
    List<Placement> out = new ArrayList<>();
    Ssda903Row head = null;
    Optional<LocalDate> end = Optional.empty();
    for (Ssda903Row e : eps) {
      if (head == null || NEW_PLACEMENT.contains(e.value("RNE").orElse(""))) {
        if (head != null) {
          out.add(placement(child, head, Optional.of(e.date("DECOM").orElseThrow())));
        }
        head = e;
      }
      end = e.date("DEC");
    }
    if (head != null) {
      out.add(placement(child, head, end));
    }
    return out;
  }

  private static Placement placement(String child, Ssda903Row head, Optional<LocalDate> end) {
    return new Placement(
        child,
        head.date("DECOM").orElseThrow(),
        end,
        head.value("PLACE").orElse(""),
        SHORT_BREAK.contains(head.value("LS").orElse("")));
  }

  private void adoption(
      String child,
      LocalDate start,
      LocalDate order,
      List<Ssda903Row> eps,
      List<Placement> mine,
      LocalDate match) {
    Optional<Ssda903Row> placed =
        eps.stream()
            .filter(e -> PLACED_FOR_ADOPTION.contains(e.value("PLACE").orElse("")))
            .findFirst();
    if (placed.isEmpty()) {
      Ssda903Row last = eps.get(eps.size() - 1);
      warnings.add(
          ReadWarning.of(
              InputLocation.ofCell(last.source(), last.row(), "PLACE"),
              "adopted without an episode placed for adoption (A3 to A6)",
              "",
              "left out of the adoption measures"));
      return;
    }
    LocalDate movedIn = placed.get().date("DECOM").orElseThrow();
    Optional<LocalDate> placementOrder =
        eps.stream()
            .filter(e -> Set.of("E1", "D1").contains(e.value("LS").orElse("")))
            .map(e -> e.date("DECOM").orElseThrow())
            .findFirst();
    Optional<LocalDate> fosterStart = Optional.empty();
    if (WITH_FOSTER_CARERS.contains(placed.get().value("PLACE").orElse(""))) {
      fosterStart =
          mine.stream()
              .filter(p -> p.end().isPresent() && p.end().get().equals(movedIn))
              .map(Placement::start)
              .findFirst();
    }
    try {
      adoptions.add(
          new Adoption(
              child,
              start,
              fosterStart,
              placementOrder,
              Optional.ofNullable(match),
              movedIn,
              order));
    } catch (IllegalArgumentException e) {
      warnings.add(
          ReadWarning.of(
              InputLocation.ofCell(placed.get().source(), placed.get().row(), "DECOM"),
              "adoption dates out of order",
              "",
              "left out of the adoption measures"));
    }
  }

  private void careLeaver(Ssda903Row o, DateRange year) {
    LocalDate dob = o.date("DOB").orElseThrow();
    for (int age = 17; age <= 21; age++) {
      LocalDate birthday = dob.plusYears(age);
      if (year.contains(birthday)) {
        careLeavers.add(
            new CareLeaverActivity(
                o.child(),
                birthday,
                age,
                CareLeaverActivity.Activity.ofCode(o.value("ACTIV").orElse("0"))
                    .orElse(CareLeaverActivity.Activity.NO_INFORMATION),
                CareLeaverActivity.InTouch.ofCode(o.value("IN_TOUCH").orElse("")),
                o.value("ACCOM")));
        return;
      }
    }
    warnings.add(
        ReadWarning.of(
            InputLocation.ofCell(o.source(), o.row(), "DOB"),
            "no 17th to 21st birthday in the collection year",
            "",
            "left out of care leavers"));
  }

  private void missing(Ssda903Row m) {
    try {
      missing.add(
          new MissingEpisode(
              m.child(),
              m.date("MIS_START").orElseThrow(),
              m.date("MIS_END"),
              false,
              Optional.empty()));
    } catch (IllegalArgumentException e) {
      warnings.add(
          ReadWarning.of(
              InputLocation.ofCell(m.source(), m.row(), "MIS_END"),
              "missing episode ending before it started",
              "",
              "left out"));
    }
  }

  /**
   * Gets the periods of care.
   *
   * @return the periods; not null
   */
  public List<LookedAfterPeriod> periods() {
    return List.copyOf(periods);
  }

  /**
   * Gets the placements.
   *
   * @return the placements; not null
   */
  public List<Placement> placements() {
    return List.copyOf(placements);
  }

  /**
   * Gets the care leavers' activity records.
   *
   * @return the records; not null
   */
  public List<CareLeaverActivity> careLeavers() {
    return List.copyOf(careLeavers);
  }

  /**
   * Gets the missing episodes (without return interviews, which the return does not hold).
   *
   * @return the episodes; not null
   */
  public List<MissingEpisode> missingEpisodes() {
    return List.copyOf(missing);
  }

  /**
   * Gets the adoptions.
   *
   * @return the adoptions; not null
   */
  public List<Adoption> adoptions() {
    return List.copyOf(adoptions);
  }

  /**
   * Gets what could not be derived, located in the return.
   *
   * @return the warnings; not null
   */
  public List<ReadWarning> warnings() {
    return List.copyOf(warnings);
  }
}
