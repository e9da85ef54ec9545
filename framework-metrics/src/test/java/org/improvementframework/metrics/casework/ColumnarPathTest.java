package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.StrategyDiscussion;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;

/**
 * The columnar path of the event calculators (an id as any {@code CharSequence} and an epoch day,
 * no record) gives the result of the record path, for generated records.
 */
class ColumnarPathTest {

  private static final DateRange PERIOD =
      DateRange.of(LocalDate.of(2016, 4, 1), LocalDate.of(2019, 3, 31));

  @Test
  void icpc_columnarPath_givesTheRecordPathsResult() {
    qt().withExamples(60)
        .forAll(QuickTheoriesGen.of(CaseRecordGenerator.records(60), r -> r.size() + " records"))
        .checkAssert(
            records -> {
              IcpcTimeliness byRecord =
                  IcpcTimeliness.of(PERIOD, WorkingDayCalendar.englandAndWales());
              IcpcTimeliness byColumn =
                  IcpcTimeliness.of(PERIOD, WorkingDayCalendar.englandAndWales());
              for (Object r : records) {
                if (r instanceof StrategyDiscussion d) {
                  byRecord.add(d);
                  byColumn.addDiscussion(new StringBuilder(d.childId()), d.date().toEpochDay());
                } else if (r instanceof InitialConference c) {
                  byRecord.add(c);
                  byColumn.addConference(new StringBuilder(c.childId()), c.date().toEpochDay());
                }
              }
              assertThat(byColumn.result()).isEqualTo(byRecord.result());
              assertThat(byColumn.timings()).isEqualTo(byRecord.timings());
            });
  }

  @Test
  void reReferrals_columnarPath_givesTheRecordPathsResult() {
    qt().withExamples(60)
        .forAll(QuickTheoriesGen.of(CaseRecordGenerator.records(60), r -> r.size() + " records"))
        .checkAssert(
            records -> {
              ReReferrals byRecord = ReReferrals.of(PERIOD);
              ReReferrals byColumn = ReReferrals.of(PERIOD);
              for (Object r : records) {
                if (r instanceof Referral f) {
                  byRecord.add(f);
                  byColumn.addReferral(new StringBuilder(f.childId()), f.date().toEpochDay());
                }
              }
              assertThat(byColumn.result()).isEqualTo(byRecord.result());
            });
  }

  @Test
  void result_listsChildrenInIdOrder_whateverTheOrderTheyCameIn() {
    ReReferrals r = ReReferrals.of(PERIOD);
    for (String id : List.of("C9", "C10", "A2", "C9")) {
      r.addReferral(id, LocalDate.of(2017, 5, 1).toEpochDay());
    }
    assertThat(r.result().included())
        .extracting(IndicatorResult.Counted::id)
        .containsExactly("A2", "C10", "C9");
    assertThat(r.result().excluded())
        .extracting(IndicatorResult.Excluded::id)
        .containsExactly("C9");
  }

  @Test
  void blankIds_areRefused_onTheColumnarPath() {
    assertThatThrownBy(() -> ReReferrals.of(PERIOD).addReferral(" ", 17000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("childId");
    assertThatThrownBy(
            () ->
                IcpcTimeliness.of(PERIOD, WorkingDayCalendar.englandAndWales())
                    .addConference(null, 17000))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("childId");
  }
}
