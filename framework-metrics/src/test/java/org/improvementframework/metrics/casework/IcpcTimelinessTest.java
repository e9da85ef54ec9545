package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.Indicator.CountingUnit;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.StrategyDiscussion;
import org.junit.jupiter.api.Test;

class IcpcTimelinessTest {

  private static final DateRange FY2023 =
      DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
  private static final WorkingDayCalendar EW = WorkingDayCalendar.englandAndWales();

  private static StrategyDiscussion sd(String id, String day) {
    return new StrategyDiscussion(id, LocalDate.parse(day));
  }

  private static InitialConference icpc(String id, String day) {
    return new InitialConference(id, LocalDate.parse(day));
  }

  @Test
  void result_startDayExcluded_fifteenthWorkingDayAcrossTwoMayBankHolidays_isWithin() {
    IndicatorResult r =
        IcpcTimeliness.of(FY2023, EW, WorkingDayConvention.START_DAY_EXCLUDED)
            .add(sd("A", "2023-04-28"))
            .add(icpc("A", "2023-05-23")) // 15 working days
            .add(sd("B", "2023-04-28"))
            .add(icpc("B", "2023-05-24")) // 16
            .result();
    assertThat(r.included())
        .containsExactly(
            new Counted("A", LocalDate.of(2023, 5, 23), BigDecimal.ONE),
            new Counted("B", LocalDate.of(2023, 5, 24), BigDecimal.ZERO));
    assertThat(r.numerator()).isEqualByComparingTo("1");
    assertThat(r.denominator()).isEqualByComparingTo("2");
    assertThat(r.value()).isEqualTo(IndicatorValue.of(new BigDecimal("50.0")));
    assertThat(r.countingUnit()).isEqualTo(CountingUnit.EVENTS);
  }

  @Test
  void result_byDefault_countsTheDiscussionDayAsDayOneAsTheDfeDoes() {
    // Friday 28 April 2023 is day 1; 1 and 8 May are bank holidays; 22 May is day 15
    IcpcTimeliness c =
        IcpcTimeliness.of(FY2023, EW)
            .add(sd("A", "2023-04-28"))
            .add(icpc("A", "2023-05-22"))
            .add(sd("B", "2023-04-28"))
            .add(icpc("B", "2023-05-23"));
    IndicatorResult r = c.result();
    assertThat(r.included())
        .containsExactly(
            new Counted("A", LocalDate.of(2023, 5, 22), BigDecimal.ONE),
            new Counted("B", LocalDate.of(2023, 5, 23), BigDecimal.ZERO));
    assertThat(r.measure()).contains("start day is working day 1");
    assertThat(c.timings()).extracting(t -> t.workingDays().getAsInt()).containsExactly(15, 16);
    assertThat(c.timings().get(0).toString()).doesNotContain("2023").doesNotContain("A,");
  }

  @Test
  void result_conferenceBeforeItsDiscussion_isCountedNotWithinWithoutDuration() {
    IcpcTimeliness c =
        IcpcTimeliness.of(FY2023, EW).add(icpc("A", "2023-06-05")).add(sd("A", "2023-06-07"));
    IndicatorResult r = c.result();
    assertThat(r.denominator()).isEqualByComparingTo("1");
    assertThat(r.numerator()).isEqualByComparingTo("0");
    assertThat(r.excluded()).isEmpty();
    assertThat(c.timings()).singleElement().satisfies(t -> assertThat(t.workingDays()).isEmpty());
  }

  @Test
  void result_severalStrategyDiscussions_countsFromTheLast() {
    IndicatorResult r =
        IcpcTimeliness.of(FY2023, EW)
            .add(sd("A", "2023-06-01"))
            .add(sd("A", "2023-06-20"))
            .add(icpc("A", "2023-07-05"))
            .result();
    // 1 June to 5 July is 24 working days; 20 June to 5 July is 11
    assertThat(r.countInNumerator()).isEqualTo(1);
  }

  @Test
  void result_twoConferencesOfOneChild_countsEachEvent() {
    IndicatorResult r =
        IcpcTimeliness.of(FY2023, EW)
            .add(sd("A", "2023-06-01"))
            .add(icpc("A", "2023-06-08"))
            .add(sd("A", "2023-11-01"))
            .add(icpc("A", "2023-12-20"))
            .result();
    assertThat(r.denominator()).isEqualByComparingTo("2");
    assertThat(r.numerator()).isEqualByComparingTo("1");
  }

  @Test
  void result_conferenceWithoutItsOwnDiscussion_isExcluded() {
    IndicatorResult r =
        IcpcTimeliness.of(FY2023, EW)
            .add(sd("A", "2023-06-01"))
            .add(icpc("A", "2023-06-08"))
            .add(icpc("A", "2023-09-08"))
            .add(icpc("B", "2023-09-08"))
            .result();
    assertThat(r.included()).hasSize(1);
    assertThat(r.excluded()).extracting(Excluded::id).containsExactly("A", "B");
    assertThat(r.excluded().get(0).reason()).contains("no strategy discussion");
  }

  @Test
  void result_sameDayDuplicateConference_isExcludedOnce() {
    IndicatorResult r =
        IcpcTimeliness.of(FY2023, EW)
            .add(sd("A", "2023-06-01"))
            .add(icpc("A", "2023-06-08"))
            .add(icpc("A", "2023-06-08"))
            .result();
    assertThat(r.included()).hasSize(1);
    assertThat(r.excluded())
        .extracting(Excluded::reason)
        .containsExactly(StartToConference.DUPLICATE);
  }

  @Test
  void result_discussionBeforeThePeriod_stillCounts() {
    IndicatorResult r =
        IcpcTimeliness.of(FY2023, EW)
            .add(sd("A", "2023-03-24"))
            .add(icpc("A", "2023-04-12")) // Easter 7 and 10 April
            .add(icpc("B", "2023-03-30"))
            .add(sd("B", "2023-03-01")) // conference before period
            .result();
    assertThat(r.included())
        .containsExactly(new Counted("A", LocalDate.of(2023, 4, 12), BigDecimal.ONE));
  }

  @Test
  void result_noConferences_isNotApplicableNotZero() {
    IndicatorResult r = IcpcTimeliness.of(FY2023, EW).add(sd("A", "2023-06-01")).result();
    assertThat(r.value()).isEqualTo(IndicatorValue.of(IndicatorValue.Marker.NOT_APPLICABLE));
  }

  @Test
  void result_datesOutsideCalendar_areExcluded() {
    DateRange y2009 = DateRange.of(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
    IndicatorResult r =
        IcpcTimeliness.of(y2009, EW)
            .add(sd("A", "2009-06-01"))
            .add(icpc("A", "2009-06-08"))
            .result();
    assertThat(r.excluded())
        .extracting(Excluded::reason)
        .containsExactly(StartToConference.OUTSIDE_CALENDAR);
  }

  @Test
  void toString_showsFiguresButNoId() {
    IndicatorResult r =
        IcpcTimeliness.of(FY2023, EW)
            .add(sd("CHILD-SECRET-1", "2023-06-01"))
            .add(icpc("CHILD-SECRET-1", "2023-06-08"))
            .result();
    assertThat(r.toString()).contains("100.0").doesNotContain("CHILD-SECRET-1");
    assertThat(r.included().get(0).toString()).doesNotContain("CHILD-SECRET-1");
  }

  @Test
  void merge_differentPeriods_throws() {
    IcpcTimeliness a = IcpcTimeliness.of(FY2023, EW);
    IcpcTimeliness b = IcpcTimeliness.of(DateRange.ofDay(LocalDate.of(2023, 5, 1)), EW);
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    DateRange period = DateRange.of(LocalDate.of(2016, 4, 1), LocalDate.of(2024, 3, 31));
    MergeLaw.check(
        () -> IcpcTimeliness.of(period, EW),
        (c, r) -> {
          if (r instanceof StrategyDiscussion strategyDiscussion) {
            c.add(strategyDiscussion);
          } else if (r instanceof InitialConference initialConference) {
            c.add(initialConference);
          }
        },
        IcpcTimeliness::merge,
        IcpcTimeliness::result);
  }

  /**
   * Short ids (kept beside their days and sorted once) and long ones (numbered through the id
   * table) give the same result and timings: every id prefixed with eleven characters, which
   * keeps their order but makes them all long, gives the same entries with the prefix on their
   * ids; so do a long id among short ones, short ids too wide to pack beside the days, and
   * merges of two parts in either order.
   */
  @Test
  void result_isTheSame_forShortAndLongIds_andAcrossMerges() {
    String prefix = "CONFERENCE-";
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 61)).ofSizeBetween(1, 80),
            lists().of(integers().between(0, 500)).ofSizeBetween(1, 80),
            integers().between(0, 80),
            integers().between(ShortIdCases.SHORT, ShortIdCases.WIDE))
        .checkAssert(
            (events, days, split, style) -> {
              IcpcTimeliness byShort = IcpcTimeliness.of(FY2023, EW);
              IcpcTimeliness byLong = IcpcTimeliness.of(FY2023, EW);
              IcpcTimeliness first = IcpcTimeliness.of(FY2023, EW);
              IcpcTimeliness second = IcpcTimeliness.of(FY2023, EW);
              for (int i = 0; i < events.size(); i++) {
                String id = ShortIdCases.id(events.get(i) / 2, style);
                long day = LocalDate.of(2023, 1, 1).toEpochDay() + days.get(i % days.size());
                boolean conference = events.get(i) % 2 == 1;
                add(byShort, id, day, conference);
                add(byLong, prefix + id, day, conference);
                add(i < split ? first : second, id, day, conference);
              }
              IndicatorResult expected = byShort.result();
              ShortIdCases.assertPrefixed(byLong.result(), expected, prefix);
              assertThat(byLong.timings())
                  .isEqualTo(
                      byShort.timings().stream()
                          .map(
                              t ->
                                  new ConferenceTiming(
                                      prefix + t.childId(),
                                      t.conference(),
                                      t.start(),
                                      t.workingDays(),
                                      t.outcome()))
                          .toList());
              IcpcTimeliness merged = IcpcTimeliness.of(FY2023, EW).merge(first).merge(second);
              assertThat(merged.result()).isEqualTo(expected);
              assertThat(second.merge(first).result()).isEqualTo(expected);
            });
  }

  /**
   * Ids given as UTF-8 bytes (packed from the bytes while short and ASCII, decoded otherwise)
   * give the result, and refuse the ids, that the same ids as text do.
   */
  @Test
  void addDiscussionAndConference_ofUtf8Bytes_isTheSameAsOfText() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(integers().between(0, ShortIdCases.CHARACTERS.length() - 1))
                .ofSizeBetween(0, 10),
            lists().of(integers().between(0, 61)).ofSizeBetween(1, 60),
            lists().of(integers().between(0, 500)).ofSizeBetween(1, 60))
        .checkAssert(
            (picks, events, days) -> {
              IcpcTimeliness byText = IcpcTimeliness.of(FY2023, EW);
              IcpcTimeliness byBytes = IcpcTimeliness.of(FY2023, EW);
              for (int i = 0; i < events.size(); i++) {
                int child = events.get(i) / 2;
                // one drawn id, of any characters, among short ASCII ones
                String id = child == 0 ? ShortIdCases.of(picks) : "C" + child;
                long day = LocalDate.of(2023, 1, 1).toEpochDay() + days.get(i % days.size());
                byte[] b = ShortIdCases.utf8(id, i % 3);
                int from = i % 3;
                int to = b.length - 2;
                boolean conference = events.get(i) % 2 == 1;
                String text = ShortIdCases.outcome(() -> add(byText, id, day, conference));
                String bytes =
                    ShortIdCases.outcome(
                        () -> {
                          if (conference) {
                            byBytes.addConference(b, from, to, day);
                          } else {
                            byBytes.addDiscussion(b, from, to, day);
                          }
                        });
                assertThat(bytes).isEqualTo(text);
              }
              assertThat(byBytes.result()).isEqualTo(byText.result());
            });
  }

  private static void add(IcpcTimeliness c, String id, long day, boolean conference) {
    if (conference) {
      c.addConference(id, day);
    } else {
      c.addDiscussion(new StringBuilder(id), day);
    }
  }
}
