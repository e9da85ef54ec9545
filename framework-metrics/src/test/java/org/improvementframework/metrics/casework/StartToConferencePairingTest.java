package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Section47Enquiry;
import org.junit.jupiter.api.Test;

/**
 * How a conference is paired with a start, through {@link Section47ToConference}'s timings: the
 * last start on or before it, the first start after it when it has none, the period's edges and
 * the outcome of each.
 */
class StartToConferencePairingTest {

  private static final DateRange FY2024 =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  private static Section47ToConference calculator() {
    return Section47ToConference.of(
        FY2024, WorkingDayCalendar.englandAndWales(), WorkingDayConvention.START_DAY_EXCLUDED);
  }

  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void conferenceWithoutAnyStart_isExcludedAsHavingNoStart() {
    Section47ToConference c =
        calculator()
            .add(new InitialConference("A", day("2024-06-03")))
            .add(enquiry("B", "2024-06-03"));
    assertThat(c.timings())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.start()).isEmpty();
              assertThat(t.outcome()).startsWith("excluded: no ");
            });
    assertThat(c.result().excluded()).hasSize(1);
    assertThat(c.result().included()).isEmpty();
  }

  @Test
  void startAfterTheLastConference_makesItAConferenceBeforeItsStart() {
    Section47ToConference c =
        calculator()
            .add(new InitialConference("A", day("2024-06-03")))
            .add(enquiry("A", "2024-06-10"));
    assertThat(c.timings())
        .containsExactly(
            new ConferenceTiming(
                "A",
                day("2024-06-03"),
                Optional.of(day("2024-06-10")),
                OptionalInt.empty(),
                StartToConference.Collect.BEFORE_START));
    assertThat(c.result().breakdown()).containsEntry(Section47ToConference.BEFORE_START, 1L);
  }

  @Test
  void startOnTheNextConferenceDay_isTheLaterStartOfTheFirstAndTheStartOfTheSecond() {
    Section47ToConference c =
        calculator()
            .add(new InitialConference("A", day("2024-06-03")))
            .add(new InitialConference("A", day("2024-06-10")))
            .add(enquiry("A", "2024-06-10"));
    assertThat(c.timings())
        .extracting(ConferenceTiming::start, ConferenceTiming::workingDays)
        .containsExactly(
            tuple(Optional.of(day("2024-06-10")), OptionalInt.empty()),
            tuple(Optional.of(day("2024-06-10")), OptionalInt.of(0)));
  }

  @Test
  void startAfterTheNextConference_isNotTheStartOfTheFirst() {
    Section47ToConference c =
        calculator()
            .add(new InitialConference("A", day("2024-06-03")))
            .add(new InitialConference("A", day("2024-06-10")))
            .add(enquiry("A", "2024-06-11"));
    assertThat(c.timings())
        .extracting(ConferenceTiming::outcome)
        .first()
        .asString()
        .startsWith("excluded: no ");
    assertThat(c.timings().get(1).start()).contains(day("2024-06-11"));
  }

  @Test
  void conferencesOnTheFirstAndLastDayOfThePeriod_countAndTheDaysOutsideDoNot() {
    Section47ToConference c = calculator();
    String[][] pairs = {
      {"A", "2024-03-25", "2024-03-31"},
      {"B", "2024-03-25", "2024-04-01"},
      {"C", "2025-03-24", "2025-03-31"},
      {"D", "2025-03-24", "2025-04-01"},
    };
    for (String[] p : pairs) {
      c.add(enquiry(p[0], p[1])).add(new InitialConference(p[0], day(p[2])));
    }
    assertThat(c.timings()).extracting(ConferenceTiming::childId).containsExactly("B", "C");
    assertThat(c.result().included())
        .extracting(IndicatorResult.Counted::id)
        .containsExactly("B", "C");
  }

  @Test
  void outcome_isWithinUpToFifteenWorkingDaysAndNotWithinAfter() {
    // 2024-06-03 is a Monday: 15 working days later is 2024-06-24, 16 is 2024-06-25
    Section47ToConference c =
        calculator()
            .add(enquiry("A", "2024-06-03"))
            .add(new InitialConference("A", day("2024-06-24")))
            .add(enquiry("B", "2024-06-03"))
            .add(new InitialConference("B", day("2024-06-25")));
    assertThat(c.timings())
        .extracting(ConferenceTiming::workingDays, ConferenceTiming::outcome)
        .containsExactly(
            tuple(OptionalInt.of(15), StartToConference.Collect.WITHIN),
            tuple(OptionalInt.of(16), StartToConference.Collect.NOT_WITHIN));
    assertThat(c.timings().get(0).toString())
        .isEqualTo("ConferenceTiming[workingDays=15, outcome=within the timescale]");
  }

  @Test
  void conferenceAtTheCalendarsEdge_isCountedAndBeyondItExcluded() {
    LocalDate first = day("2024-06-03");
    LocalDate last = day("2024-06-07");
    WorkingDayCalendar week = WorkingDayCalendar.of(List.of(), DateRange.of(first, last));
    Section47ToConference c =
        Section47ToConference.of(FY2024, week, WorkingDayConvention.START_DAY_EXCLUDED)
            .add(enquiry("A", "2024-06-03"))
            .add(new InitialConference("A", last))
            .add(enquiry("B", "2024-06-02"))
            .add(new InitialConference("B", last))
            .add(enquiry("C", "2024-06-03"))
            .add(new InitialConference("C", day("2024-06-08")));
    assertThat(c.timings())
        .extracting(ConferenceTiming::childId, ConferenceTiming::workingDays)
        .containsExactly(
            tuple("A", OptionalInt.of(4)),
            tuple("B", OptionalInt.empty()),
            tuple("C", OptionalInt.empty()));
    assertThat(c.result().excluded())
        .extracting(IndicatorResult.Excluded::reason)
        .containsOnly(StartToConference.OUTSIDE_CALENDAR);
  }

  private static Section47Enquiry enquiry(String id, String start) {
    return new Section47Enquiry(id, day(start));
  }
}
