package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the case record layouts as councils' extracts reach them: a column named twice,
 * the exact list of required columns, every spelling of a flag, ages at the ends of their range,
 * optional codes and texts, and spans that end on the day they start, on both the record path
 * and the column fast path.
 */
class CaseRecordReaderMutationTest {

  private static final String SOURCE = "extract.csv";

  private static <T> CaseRecordReadResult<T> read(CaseRecordReader<T> reader, String csv) {
    return reader.readAll(new StringReader(csv), SOURCE);
  }

  // ------------------------------------------------------------------ header

  @Test
  void columns_areTheDocumentedLayouts() {
    assertThat(CaseRecordReader.REFERRALS.columns()).containsExactly("child_id", "referral_date");
    assertThat(CaseRecordReader.LOOKED_AFTER_PERIODS.columns())
        .containsExactly("child_id", "date_of_birth", "period_start", "period_end");
    assertThat(CaseRecordReader.CASE_ALLOCATIONS.columns())
        .containsExactly("child_id", "worker_id", "allocation_start", "allocation_end");
    assertThat(CaseRecordReader.CARE_LEAVER_ACTIVITIES.columns())
        .containsExactly("child_id", "birthday", "age", "activity", "in_touch", "accommodation");
    assertThat(CaseRecordReader.CASE_WORKERS.columns())
        .containsExactly("worker_id", "fte", "case_holding");
  }

  @Test
  void header_columnNamedTwice_readsTheFirstAndWarnsAtTheSecond() {
    CaseRecordReadResult<Referral> r =
        read(
            CaseRecordReader.REFERRALS,
            "child_id,referral_date,Referral_Date\nC1,2024-01-05,2024-02-06\n");

    assertThat(r.records()).containsExactly(new Referral("C1", LocalDate.of(2024, 1, 5)));
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem()).isEqualTo("column named twice");
              assertThat(w.source()).hasValue(SOURCE);
              assertThat(w.row()).hasValue(1);
              assertThat(w.column()).hasValue("#3");
              assertThat(w.text()).isEmpty();
              assertThat(w.action()).isEqualTo("read the first, ignored this one");
            });
  }

  @Test
  void header_emptyHeadingsOfTrailingDelimiters_areNeitherTwiceNorUnknown() {
    CaseRecordReadResult<Referral> r =
        read(CaseRecordReader.REFERRALS, "child_id,referral_date,,\nC1,2024-01-05,,\n");

    assertThat(r.records()).containsExactly(new Referral("C1", LocalDate.of(2024, 1, 5)));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void header_unknownColumn_isNamedByPositionAndListsTheLayout() {
    CaseRecordReadResult<CaseAllocation> r =
        read(
            CaseRecordReader.CASE_ALLOCATIONS,
            "child_id,worker_id,allocation_start,team\nC1,W1,2024-01-05,North\n");
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem())
                  .isEqualTo(
                      "unknown column, not one of child_id, worker_id, allocation_start,"
                          + " allocation_end");
              assertThat(w.column()).hasValue("#4");
              assertThat(w.action()).isEqualTo("ignored");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PLACEMENTS|child_id,placement_end|placement_start|child_id, placement_start",
        "LOOKED_AFTER_PERIODS|child_id,period_start|date_of_birth"
            + "|child_id, date_of_birth, period_start",
        "ADOPTIONS|child_id,entered_care,matched|moved_in"
            + "|child_id, entered_care, moved_in, adoption_order",
        "CASE_WORKERS|worker_id,case_holding|fte|worker_id, fte",
      })
  void header_missingRequiredColumn_namesItAndListsOnlyTheRequiredOnes(
      String reader, String header, String missing, String required) {
    CaseRecordReader<?> r = reader(reader);

    CaseRecordFormatException e =
        catchThrowableOfType(CaseRecordFormatException.class, () -> read(r, header + "\n"));

    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(missing);
    assertThat(e.expected()).isEqualTo("this column in the header row (needed: " + required + ")");
  }

  private static CaseRecordReader<?> reader(String name) {
    return switch (name) {
      case "PLACEMENTS" -> CaseRecordReader.PLACEMENTS;
      case "LOOKED_AFTER_PERIODS" -> CaseRecordReader.LOOKED_AFTER_PERIODS;
      case "ADOPTIONS" -> CaseRecordReader.ADOPTIONS;
      case "CASE_WORKERS" -> CaseRecordReader.CASE_WORKERS;
      default -> throw new IllegalArgumentException(name);
    };
  }

  // ------------------------------------------------------------------ cells

  @ParameterizedTest
  @CsvSource(
      value = {
        "Y,true",
        "N,false",
        "y,true",
        "n,false",
        "yes,true",
        "No,false",
        "TRUE,true",
        "false,false",
        "1,true",
        "0,false",
        "' ',false",
        "' Y ',true",
        "'',false"
      })
  void flag_everySpelling_isRead(String cell, boolean expected) {
    CaseRecordReadResult<Placement> r =
        read(
            CaseRecordReader.PLACEMENTS,
            "child_id,placement_start,short_break\nC1,2024-01-05," + cell + "\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.records()).singleElement().extracting(Placement::shortBreak).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"X", "YN", "2", "T", "Ja"})
  void flag_otherText_isALocatedProblem(String cell) {
    CaseRecordReadResult<Placement> r =
        read(
            CaseRecordReader.PLACEMENTS,
            "child_id,placement_start,short_break\nC1,2024-01-05," + cell + "\n");

    assertThat(r.records()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("short_break");
              assertThat(p.expected())
                  .isEqualTo("Y or N (also yes/no, true/false, 1/0; empty is N)");
            });
  }

  @Test
  void age_fromZeroToThirty_isReadAndOneBeyondEitherEndIsAProblem() {
    CaseRecordReadResult<CareLeaverActivity> r =
        read(
            CaseRecordReader.CARE_LEAVER_ACTIVITIES,
            "child_id,birthday,age,activity\n"
                + "C1,2023-06-01,0,F1\n"
                + "C2,2023-06-01,30,F1\n"
                + "C3,2023-06-01,-1,F1\n"
                + "C4,2023-06-01,31,F1\n");

    assertThat(r.records()).extracting(CareLeaverActivity::age).containsExactly(0, 30);
    assertThat(r.problems()).extracting(CaseRecordFormatException::row).containsExactly(4L, 5L);
    assertThat(r.problems())
        .allSatisfy(
            p -> {
              assertThat(p.column()).isEqualTo("age");
              assertThat(p.expected()).isEqualTo("a whole number from 0 to 30");
            });
  }

  @Test
  void careLeaver_optionalCodeAndText_areReadWhenGivenAndAProblemWhenUnknown() {
    CaseRecordReadResult<CareLeaverActivity> r =
        read(
            CaseRecordReader.CARE_LEAVER_ACTIVITIES,
            "child_id,birthday,age,activity,in_touch,accommodation\n"
                + "C1,2023-06-01,19,F2,YES,U1\n"
                + "C2,2023-06-01,19,F2,,\n"
                + "C3,2023-06-01,19,F2,MAYBE,U1\n");

    assertThat(r.records())
        .containsExactly(
            new CareLeaverActivity(
                "C1",
                LocalDate.of(2023, 6, 1),
                19,
                CareLeaverActivity.Activity.F2,
                Optional.of(CareLeaverActivity.InTouch.YES),
                Optional.of("U1")),
            new CareLeaverActivity(
                "C2",
                LocalDate.of(2023, 6, 1),
                19,
                CareLeaverActivity.Activity.F2,
                Optional.empty(),
                Optional.empty()));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(4);
              assertThat(p.column()).isEqualTo("in_touch");
              assertThat(p.expected())
                  .isEqualTo("an SSDA903 IN_TOUCH code: YES, NO, DIED, REFU, NREQ or RHOM");
              assertThat(p.getMessage()).doesNotContain("MAYBE");
            });
  }

  @Test
  void allocation_readsTheWorkerAndAnEndOnTheStartDay() {
    CaseRecordReadResult<CaseAllocation> r =
        read(
            CaseRecordReader.CASE_ALLOCATIONS,
            "child_id,worker_id,allocation_start,allocation_end\nC1,W7,2024-01-05,05/01/2024\n");

    assertThat(r.recordsOrThrow())
        .containsExactly(
            new CaseAllocation(
                "C1", "W7", LocalDate.of(2024, 1, 5), Optional.of(LocalDate.of(2024, 1, 5))));
  }

  // ------------------------------------------------------------------ spans

  /**
   * A period of care and a placement that end {@code days} after they start: an end on the start
   * day is a span of one day, an end the day before is a problem naming the end column; the
   * record path and the column fast path agree.
   */
  @Test
  void spans_endOnOrAfterTheStart_isReadAndBeforeItIsAProblem_onBothPaths() {
    qt().forAll(integers().between(-3, 3))
        .checkAssert(
            days -> {
              LocalDate start = LocalDate.of(2024, 2, 28);
              String end = start.plusDays(days).toString();
              boolean ok = days >= 0;
              String periods =
                  "child_id,date_of_birth,period_start,period_end\nC1,2012-05-01,"
                      + start
                      + ","
                      + end
                      + "\n";
              String placements =
                  "child_id,placement_start,placement_end\nC1," + start + "," + end + "\n";

              CaseRecordReadResult<LookedAfterPeriod> p =
                  read(CaseRecordReader.LOOKED_AFTER_PERIODS, periods);
              CaseRecordReadResult<Placement> q = read(CaseRecordReader.PLACEMENTS, placements);
              List<Long> fastEnds = new ArrayList<>();
              List<CaseRecordFormatException> fastPeriods =
                  CareColumns.PERIODS.forEach(
                      new StringReader(periods),
                      SOURCE,
                      (id, birth, s, e) -> fastEnds.add(e - s),
                      w -> {});
              List<CaseRecordFormatException> fastPlacements =
                  CareColumns.PLACEMENTS.forEach(
                      new StringReader(placements),
                      SOURCE,
                      (id, s, e, type, shortBreak) -> fastEnds.add(e - s),
                      w -> {});

              assertThat(p.records()).hasSize(ok ? 1 : 0);
              assertThat(q.records()).hasSize(ok ? 1 : 0);
              assertThat(fastEnds).isEqualTo(ok ? List.of((long) days, (long) days) : List.of());
              assertThat(p.problems())
                  .extracting(CaseRecordFormatException::column)
                  .isEqualTo(ok ? List.of() : List.of("period_end"));
              assertThat(q.problems())
                  .extracting(CaseRecordFormatException::column)
                  .isEqualTo(ok ? List.of() : List.of("placement_end"));
              assertThat(fastPeriods)
                  .extracting(CaseRecordFormatException::column)
                  .isEqualTo(ok ? List.of() : List.of("period_end"));
              assertThat(fastPlacements)
                  .extracting(CaseRecordFormatException::column)
                  .isEqualTo(ok ? List.of() : List.of("placement_end"));
            });
  }

  // ------------------------------------------------------------------ problems

  @Test
  void problem_isCheapAndNamesItsSource() {
    CaseRecordReadResult<Referral> r =
        read(CaseRecordReader.REFERRALS, "child_id,referral_date\nC1,2024-13-01\n");

    CaseRecordFormatException p = r.problems().get(0);

    assertThat(p.source()).isEqualTo(SOURCE);
    assertThat(p.location().source()).hasValue(SOURCE);
    assertThat(p.location().column()).hasValue("referral_date");
    assertThat(p.getStackTrace()).isEmpty();
    assertThat(p.fillInStackTrace()).isSameAs(p);
    assertThat(p.getStackTrace()).isEmpty();
  }
}
