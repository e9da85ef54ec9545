package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Section47Enquiry;
import org.junit.jupiter.api.Test;

class Section47ToConferenceTest {

  private static final DateRange FY2024 =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  @Test
  void result_bandsEdgesAcrossChristmas() {
    LocalDate start = LocalDate.of(2024, 12, 20); // Friday
    Section47ToConference c =
        Section47ToConference.of(
            FY2024, WorkingDayCalendar.englandAndWales(), WorkingDayConvention.START_DAY_EXCLUDED);
    // 10, 11, 15, 16, 20 and 21 working days after 20 December 2024
    List<String> days =
        List.of("2025-01-08", "2025-01-09", "2025-01-15", "2025-01-16", "2025-01-22", "2025-01-23");
    for (int i = 0; i < days.size(); i++) {
      c.add(new Section47Enquiry("K" + i, start));
      c.add(new InitialConference("K" + i, LocalDate.parse(days.get(i))));
    }
    IndicatorResult r = c.result();
    assertThat(r.breakdown())
        .containsExactly(
            Map.entry("0-10", 1L),
            Map.entry("11-15", 2L),
            Map.entry("16-20", 2L),
            Map.entry("21+", 1L),
            Map.entry("before start", 0L));
    assertThat(r.numerator()).isEqualByComparingTo("3");
    assertThat(r.number()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50.0"));
  }

  @Test
  void result_byDefault_agreesWithTheDfeValidatorThreshold() {
    // the CIN validator's "31 March 2022 minus 15 working days" is 11 March 2022: 11 to 31 March
    // inclusive is 15 working days, so a conference on 31 March is within, 1 April is not
    DateRange period = DateRange.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30));
    Section47ToConference c =
        Section47ToConference.of(period, WorkingDayCalendar.englandAndWales())
            .add(new Section47Enquiry("A", LocalDate.of(2022, 3, 11)))
            .add(new InitialConference("A", LocalDate.of(2022, 3, 31)))
            .add(new Section47Enquiry("B", LocalDate.of(2022, 3, 11)))
            .add(new InitialConference("B", LocalDate.of(2022, 4, 1)));
    IndicatorResult r = c.result();
    assertThat(r.breakdown()).containsEntry("11-15", 1L).containsEntry("16-20", 1L);
    assertThat(r.numerator()).isEqualByComparingTo("1");
    assertThat(c.timings()).extracting(t -> t.workingDays().getAsInt()).containsExactly(15, 16);
    assertThat(r.measure()).contains("start day is working day 1");
  }

  @Test
  void result_conferenceBeforeItsSection47Start_isAnIcpcOutsideTheBands() {
    IndicatorResult r =
        Section47ToConference.of(FY2024, WorkingDayCalendar.englandAndWales())
            .add(new Section47Enquiry("A", LocalDate.of(2024, 6, 10)))
            .add(new InitialConference("A", LocalDate.of(2024, 6, 7)))
            .result();
    assertThat(r.denominator()).isEqualByComparingTo("1");
    assertThat(r.value()).isEqualTo(IndicatorValue.of(new BigDecimal("0.0")));
    assertThat(r.breakdown()).containsEntry("before start", 1L).containsEntry("0-10", 0L);
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void result_enquiryStartingOnTheConferenceDay_isZeroWorkingDays() {
    IndicatorResult r =
        Section47ToConference.of(FY2024, WorkingDayCalendar.englandAndWales())
            .add(new Section47Enquiry("A", LocalDate.of(2024, 6, 3)))
            .add(new InitialConference("A", LocalDate.of(2024, 6, 3)))
            .result();
    assertThat(r.breakdown().get("0-10")).isEqualTo(1L);
  }

  private static final DateRange MERGE_PERIOD =
      DateRange.of(LocalDate.of(2017, 4, 1), LocalDate.of(2021, 3, 31));

  @Test
  void merge_ofAnySplitInAnyOrder_equalsTheWhole() {
    MergeLaw.check(
        () -> Section47ToConference.of(MERGE_PERIOD, WorkingDayCalendar.englandAndWales()),
        (c, r) -> {
          if (r instanceof Section47Enquiry section47Enquiry) {
            c.add(section47Enquiry);
          } else if (r instanceof InitialConference initialConference) {
            c.add(initialConference);
          }
        },
        Section47ToConference::merge,
        Section47ToConference::result);
  }
}
