package org.improvementframework.io.returns.ssda903;

import static org.improvementframework.io.returns.ssda903.EpisodeStore.Code.LS;
import static org.improvementframework.io.returns.ssda903.EpisodeStore.Code.PLACE;
import static org.improvementframework.io.returns.ssda903.EpisodeStore.Code.REC;
import static org.improvementframework.io.returns.ssda903.EpisodeStore.Code.RNE;
import static org.improvementframework.io.returns.ssda903.EpisodeStore.Day.DEC;
import static org.improvementframework.io.returns.ssda903.EpisodeStore.Day.DECOM;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.LookedAfterOutcomes;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;

/**
 * Turns the rows of an SSDA903 return, in any order, into case records given to a sink, as
 * {@link Ssda903CaseRecords} describes. OC3 and Missing rows become records at once; Header and
 * AD1 rows leave a date of birth and a match date in a {@link ChildIndex}; Episodes rows are
 * kept compact in an {@link EpisodeStore} until {@link #finish()}, when each child's episodes
 * become periods of care, placements and adoptions.
 */
final class Ssda903Derivation {

  private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "T");
  private static final Set<String> SHORT_BREAK = Set.of("V3", "V4");
  private static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");
  private static final Set<String> WITH_FOSTER_CARERS = Set.of("A3", "A4");
  private static final Set<String> PLACEMENT_ORDER = Set.of("E1", "D1");

  private final DateRange year;
  private final boolean onlyInYear;
  private final Ssda903CaseRecords.Sink sink;
  private final Consumer<ReadWarning> summaries;
  private final CappedReports<ReadWarning> warnings;
  private final ChildIndex children = new ChildIndex();
  private final EpisodeStore episodes = new EpisodeStore();
  private final ContinuousCohort cohort = new ContinuousCohort(children, episodes);

  Ssda903Derivation(
      DateRange year,
      boolean onlyInYear,
      Ssda903CaseRecords.Sink sink,
      Consumer<ReadWarning> warnings) {
    this.year = year;
    this.onlyInYear = onlyInYear;
    this.sink = sink;
    this.summaries = warnings;
    this.warnings = CappedReports.warnings(warnings);
  }

  /** Takes one row of any table; rows of tables no indicator reads are ignored. */
  void accept(Ssda903Row r) {
    switch (r.table()) {
      case HEADER -> children.header(r, warnings);
      case AD1 -> children.adoption(r);
      case EPISODES -> episodes.add(children.of(r.child()), r);
      case OC3 -> careLeaver(r);
      case MISSING -> {
        if (r.value("MISSING").orElse("").equals("M")) {
          missing(r);
        }
      }
      case OC2 -> {
        cohort.oc2(r);
        outcomes(r);
      }
      case UASC -> sink.unaccompanied(r.child());
      default -> {
        // Reviews, PlacedAdoption, PrevPerm, SocialWorker: read and checked only
      }
    }
  }

  /** The number of distinct children met in Header, AD1 and Episodes rows. */
  int children() {
    return children.size();
  }

  /** Derives every child's periods of care, placements and adoptions from the episodes. */
  void finish() {
    int[][] grouped = episodes.byChild(children.size());
    int[] order = grouped[0];
    int[] start = grouped[1];
    for (int c = 0; c < children.size(); c++) {
      if (start[c] < start[c + 1]) {
        child(c, order, start[c], start[c + 1]);
      }
    }
    if (episodes.size() > 0) {
      cohort.finish(warnings);
    }
    // the warnings of deriving span every table: the summary names no one file
    warnings.summary(InputLocation.unknown()).ifPresent(summaries);
  }

  private void child(int c, int[] order, int from, int to) {
    if (children.dob(c) == ChildIndex.NONE) {
      int first = order[from];
      warn(
          first,
          "CHILD",
          "a child with episodes but no Header row",
          "left out of periods of care, placements and adoptions");
      return;
    }
    // the periods' bounds first, so that a child never in care in the year can be left out
    int[] bounds = new int[to - from + 1];
    int periods = 0;
    bounds[periods++] = from;
    for (int i = from; i < to; i++) {
      int e = order[i];
      if (i > bounds[periods - 1] && episodes.code(RNE, e).equals("S")) {
        bounds[periods++] = i;
      }
      if (i + 1 < to && endsPeriod(e)) {
        bounds[periods++] = i + 1;
      }
    }
    bounds[periods] = to;
    if (onlyInYear && !inYear(order, bounds, periods)) {
      return;
    }
    int continuous = continuousFor12Months(order, bounds, periods);
    if (continuous >= 0) {
      cohort.continuous(c, continuous);
    }
    for (int p = 0; p < periods; p++) {
      period(c, order, bounds[p], bounds[p + 1]);
    }
  }

  /** Warns of an episode's cell; the message never holds the cell's text (personal data). */
  private void warn(int episode, String column, String problem, String consequence) {
    warn(episodes.location(episode, column), problem, consequence);
  }

  /** Warns of a row's cell, without its text. */
  private void warn(Ssda903Row r, String column, String problem, String consequence) {
    warn(r.location(column), problem, consequence);
  }

  private void warn(InputLocation at, String problem, String consequence) {
    warnings.accept(ReadWarning.of(at, problem, "", consequence));
  }

  private boolean endsPeriod(int e) {
    String rec = episodes.code(REC, e);
    return episodes.day(DEC, e) != ChildIndex.NONE && !rec.isEmpty() && !rec.equals("X1");
  }

  /**
   * The first episode of the child's period of care begun on or before 1 April and open at 31
   * March, if no episode of the child under legal status V3 or V4 falls on a day of the year;
   * else -1 (see {@link ContinuousCohort}).
   */
  private int continuousFor12Months(int[] order, int[] bounds, int periods) {
    long first = year.start().toEpochDay();
    long last = year.end().toEpochDay();
    for (int i = bounds[0]; i < bounds[periods]; i++) {
      int e = order[i];
      if (SHORT_BREAK.contains(episodes.code(LS, e))
          && episodes.day(DECOM, e) <= last
          && (episodes.day(DEC, e) == ChildIndex.NONE || episodes.day(DEC, e) >= first)) {
        return -1;
      }
    }
    for (int p = 0; p < periods; p++) {
      int head = order[bounds[p]];
      int end = order[bounds[p + 1] - 1];
      if (episodes.day(DECOM, head) <= first
          && (!endsPeriod(end) || episodes.day(DEC, end) > last)) {
        return head;
      }
    }
    return -1;
  }

  /** Whether one of the periods is open on some day of the year. */
  private boolean inYear(int[] order, int[] bounds, int periods) {
    long first = year.start().toEpochDay();
    long last = year.end().toEpochDay();
    for (int p = 0; p < periods; p++) {
      int end = order[bounds[p + 1] - 1];
      if (episodes.day(DECOM, order[bounds[p]]) <= last
          && (!endsPeriod(end) || episodes.day(DEC, end) >= first)) {
        return true;
      }
    }
    return false;
  }

  private void period(int c, int[] order, int from, int to) {
    int last = order[to - 1];
    String id = children.id(c);
    LocalDate start = ChildIndex.day(episodes.day(DECOM, order[from]));
    String rec = episodes.code(REC, last);
    Optional<LocalDate> end =
        !rec.isEmpty() && !rec.equals("X1") ? day(episodes.day(DEC, last)) : Optional.empty();
    try {
      sink.record(new LookedAfterPeriod(id, ChildIndex.day(children.dob(c)), start, end));
    } catch (IllegalArgumentException e) {
      warn(last, "DEC", "episode ceasing before its period of care began", "period left out");
      return;
    }
    int placed = firstPlacedForAdoption(order, from, to);
    int movedIn = placed < 0 ? ChildIndex.NONE : episodes.day(DECOM, placed);
    // the start of the placement that ended the day the child moved in, for A10
    int fosterStart = ChildIndex.NONE;
    int head = order[from];
    for (int i = from + 1; i <= to; i++) {
      int e = i < to ? order[i] : -1;
      if (e >= 0 && !NEW_PLACEMENT.contains(episodes.code(RNE, e))) {
        continue;
      }
      int placementEnd = e >= 0 ? episodes.day(DECOM, e) : episodes.day(DEC, order[to - 1]);
      placement(id, head, placementEnd);
      if (placementEnd != ChildIndex.NONE
          && placementEnd == movedIn
          && fosterStart == ChildIndex.NONE) {
        fosterStart = episodes.day(DECOM, head);
      }
      head = e;
    }
    if (end.isPresent() && (rec.equals("E11") || rec.equals("E12"))) {
      adoption(c, order, from, to, start, end.get(), placed, fosterStart);
    }
  }

  private void placement(String id, int head, int end) {
    try {
      sink.record(
          new Placement(
              id,
              ChildIndex.day(episodes.day(DECOM, head)),
              day(end),
              episodes.code(PLACE, head),
              SHORT_BREAK.contains(episodes.code(LS, head))));
    } catch (IllegalArgumentException e) {
      warn(head, "DEC", "placement ending before it began", "placement left out");
    }
  }

  private int firstPlacedForAdoption(int[] order, int from, int to) {
    for (int i = from; i < to; i++) {
      if (PLACED_FOR_ADOPTION.contains(episodes.code(PLACE, order[i]))) {
        return order[i];
      }
    }
    return -1;
  }

  private void adoption(
      int c,
      int[] order,
      int from,
      int to,
      LocalDate start,
      LocalDate adopted,
      int placed,
      int fosterStart) {
    if (placed < 0) {
      int last = order[to - 1];
      warn(
          last,
          "PLACE",
          "adopted without an episode placed for adoption (A3 to A6)",
          "left out of the adoption measures");
      return;
    }
    LocalDate placementOrder = null;
    for (int i = from; i < to && placementOrder == null; i++) {
      if (PLACEMENT_ORDER.contains(episodes.code(LS, order[i]))) {
        placementOrder = ChildIndex.day(episodes.day(DECOM, order[i]));
      }
    }
    Optional<LocalDate> foster =
        WITH_FOSTER_CARERS.contains(episodes.code(PLACE, placed))
            ? day(fosterStart)
            : Optional.empty();
    try {
      sink.record(
          new Adoption(
              children.id(c),
              start,
              foster,
              Optional.ofNullable(placementOrder),
              day(children.match(c)),
              ChildIndex.day(episodes.day(DECOM, placed)),
              adopted));
    } catch (IllegalArgumentException e) {
      warn(placed, "DECOM", "adoption dates out of order", "left out of the adoption measures");
    }
  }

  private void careLeaver(Ssda903Row o) {
    LocalDate dob = o.date("DOB").orElseThrow();
    for (int age = 17; age <= 21; age++) {
      LocalDate birthday = dob.plusYears(age);
      if (year.contains(birthday)) {
        sink.record(
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
    warn(o, "DOB", "no 17th to 21st birthday in the collection year", "left out of care leavers");
  }

  private void outcomes(Ssda903Row r) {
    Optional<Integer> sdq = r.value("SDQ_SCORE").map(Integer::valueOf);
    if (sdq.isPresent() && (sdq.get() < 0 || sdq.get() > LookedAfterOutcomes.MAX_SDQ_SCORE)) {
      warn(r, "SDQ_SCORE", "an SDQ score outside 0 to 40", "left out of the OC2 outcomes");
      return;
    }
    sink.record(
        new LookedAfterOutcomes(
            r.child(),
            r.date("DOB").orElseThrow(),
            flag(r, "CONVICTED"),
            flag(r, "HEALTH_ASSESSMENT"),
            flag(r, "IMMUNISATIONS"),
            flag(r, "TEETH_CHECK"),
            flag(r, "HEALTH_CHECK"),
            flag(r, "SUBSTANCE_MISUSE"),
            sdq));
  }

  /** A 0/1 column; another code was already warned of by the reader, and reads as unknown. */
  private static Optional<Boolean> flag(Ssda903Row r, String column) {
    return r.value(column)
        .flatMap(
            v ->
                switch (v) {
                  case "1" -> Optional.of(true);
                  case "0" -> Optional.of(false);
                  default -> Optional.empty();
                });
  }

  private void missing(Ssda903Row m) {
    try {
      sink.record(
          new MissingEpisode(
              m.child(),
              m.date("MIS_START").orElseThrow(),
              m.date("MIS_END"),
              false,
              Optional.empty()));
    } catch (IllegalArgumentException e) {
      warn(m, "MIS_END", "missing episode ending before it started", "left out");
    }
  }

  private static Optional<LocalDate> day(int epochDay) {
    return epochDay == ChildIndex.NONE
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(epochDay));
  }
}
