package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.CaseAllocation;
import org.improvementframework.model.casework.CaseWorker;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseRecordReaderTest {

  /** Recognisable personal data that must never reach a message. */
  private static final String ID = "JaneDoe-NHS4857773456";

  private static final String DOB = "2009-07-14";

  private static <T> CaseRecordReadResult<T> read(CaseRecordReader<T> reader, String csv) {
    return reader.readAll(new StringReader(csv), "extract.csv");
  }

  @Test
  void readAll_referrals_anyColumnOrderExtraColumnsAndBothDateForms() {
    CaseRecordReadResult<Referral> r =
        read(
            CaseRecordReader.REFERRALS,
            "\uFEFFSource, Referral_Date ,CHILD_ID\nx,2024-02-29,A1\ny,01/03/2024,A2\n\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.records())
        .containsExactly(
            new Referral("A1", LocalDate.of(2024, 2, 29)),
            new Referral("A2", LocalDate.of(2024, 3, 1)));
  }

  @Test
  void readAll_everyRecordType_readsItsDocumentedLayout() {
    assertThat(
            read(
                    CaseRecordReader.LOOKED_AFTER_PERIODS,
                    "child_id,date_of_birth,period_start,period_end\nA,2010-01-01,2020-01-01,\n")
                .recordsOrThrow())
        .containsExactly(
            new LookedAfterPeriod(
                "A", LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1), Optional.empty()));
    assertThat(
            read(
                    CaseRecordReader.PLACEMENTS,
                    "child_id,placement_start,placement_end,placement_type,short_break\n"
                        + "A,2020-01-01,2020-02-01,U1,N\n")
                .recordsOrThrow())
        .containsExactly(
            new Placement(
                "A", LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2020, 2, 1)), "U1", false));
    assertThat(
            read(
                    CaseRecordReader.MISSING_EPISODES,
                    "child_id,missing_start,return_date,interview_offered,interview_date\n"
                        + "A,2020-01-01,2020-01-02,Y,2020-01-03\n")
                .recordsOrThrow())
        .containsExactly(
            new MissingEpisode(
                "A",
                LocalDate.of(2020, 1, 1),
                Optional.of(LocalDate.of(2020, 1, 2)),
                true,
                Optional.of(LocalDate.of(2020, 1, 3))));
    assertThat(
            read(
                    CaseRecordReader.CARE_LEAVER_ACTIVITIES,
                    "child_id,birthday,age,activity\nA,2023-06-01,19,f2\n")
                .recordsOrThrow())
        .containsExactly(
            new CareLeaverActivity(
                "A", LocalDate.of(2023, 6, 1), 19, CareLeaverActivity.Activity.F2));
    assertThat(
            read(
                    CaseRecordReader.ADOPTIONS,
                    "child_id,entered_care,foster_placement_start,placement_order,matched,"
                        + "moved_in,adoption_order\n"
                        + "A,2020-01-01,,2020-03-01,2020-04-01,2020-05-01,2020-09-01\n")
                .recordsOrThrow())
        .containsExactly(
            new Adoption(
                "A",
                LocalDate.of(2020, 1, 1),
                Optional.empty(),
                Optional.of(LocalDate.of(2020, 3, 1)),
                Optional.of(LocalDate.of(2020, 4, 1)),
                LocalDate.of(2020, 5, 1),
                LocalDate.of(2020, 9, 1)));
    assertThat(
            read(CaseRecordReader.CASE_WORKERS, "worker_id,fte,case_holding\nW,0.8,Y\n")
                .recordsOrThrow())
        .containsExactly(new CaseWorker("W", new BigDecimal("0.8"), true));
    assertThat(
            read(
                    CaseRecordReader.CASE_ALLOCATIONS,
                    "child_id,worker_id,allocation_start,allocation_end\nA,W,2020-01-01,\n")
                .recordsOrThrow())
        .containsExactly(new CaseAllocation("A", "W", LocalDate.of(2020, 1, 1), Optional.empty()));
    assertThat(
            read(CaseRecordReader.INITIAL_CONFERENCES, "child_id,icpc_date\nA,2020-01-01\n")
                .recordsOrThrow())
        .containsExactly(new InitialConference("A", LocalDate.of(2020, 1, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad date (a date of birth in the wrong column)|"
            + "child_id,date_of_birth,period_start,period_end\\n"
            + ID
            + ",14/07/2009x,2020-01-01,|"
            + "3|date_of_birth|yyyy-MM-dd",
        "impossible date|child_id,date_of_birth,period_start,period_end\\n"
            + ID
            + ","
            + DOB
            + ",2021-02-29,|3|period_start|yyyy-MM-dd",
        "missing id|child_id,date_of_birth,period_start,period_end\\n,"
            + DOB
            + ",2020-01-01,|3|child_id|an id",
        "missing required date|child_id,date_of_birth,period_start,period_end\\n"
            + ID
            + ",,2020-01-01,|3|date_of_birth|empty",
        "end before start|child_id,date_of_birth,period_start,period_end\\n"
            + ID
            + ","
            + DOB
            + ",2020-01-01,2019-01-01|3|period_end|column 'period_start'",
      })
  void readAll_badRow_namesRowAndColumnButNoPersonalData(
      String name, String csv, long row, String column, String expected) {
    String text =
        "child_id,date_of_birth,period_start,period_end\nOK1,"
            + DOB
            + ",2020-01-01,\n"
            + csv.substring(csv.indexOf("\\n") + 2)
            + "\n";
    List<LookedAfterPeriod> seen = new ArrayList<>();
    List<CaseRecordFormatException> problems =
        CaseRecordReader.LOOKED_AFTER_PERIODS.forEach(
            new StringReader(text), "extract.csv", seen::add);
    assertThat(seen).hasSize(1);
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(row);
              assertThat(p.column()).isEqualTo(column == null ? "" : column);
              assertThat(p.getMessage())
                  .contains("extract.csv row " + row)
                  .contains(expected)
                  .doesNotContain(ID)
                  .doesNotContain(DOB)
                  .doesNotContain("2009");
              assertThat(p.getCause()).isNull();
            });
  }

  @Test
  void readAll_unknownCodesAndNumbers_namePlaceButNoText() {
    CaseRecordReadResult<CareLeaverActivity> r =
        read(
            CaseRecordReader.CARE_LEAVER_ACTIVITIES,
            "child_id,birthday,age,activity\n"
                + ID
                + ",2023-06-01,19,"
                + ID
                + "\n"
                + ID
                + ",2023-06-01,"
                + ID
                + ",F1\n"
                + ID
                + ",2023-06-01,42,F1\n");
    assertThat(r.records()).isEmpty();
    assertThat(r.problems())
        .extracting(CaseRecordFormatException::column)
        .containsExactly("activity", "age", "age");
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.getMessage()).doesNotContain(ID));
    assertThat(r.problems().get(0).expected()).contains("F1, P1");

    CaseRecordReadResult<CaseWorker> w =
        read(
            CaseRecordReader.CASE_WORKERS,
            "worker_id,fte,case_holding\n"
                + ID
                + ","
                + ID
                + ",Y\n"
                + ID
                + ",0.5,"
                + ID
                + "\n"
                + ID
                + ",2,Y\n");
    assertThat(w.problems())
        .extracting(CaseRecordFormatException::column)
        .containsExactly("fte", "case_holding", "");
    assertThat(w.problems()).allSatisfy(p -> assertThat(p.getMessage()).doesNotContain(ID));
  }

  @Test
  void forEach_blankLinesBeforeABadRow_reportTheLineASpreadsheetShows() {
    // header on line 1, blank lines 2 and 3, a good row on line 4, the bad row on line 6
    CaseRecordReadResult<Referral> r =
        read(
            CaseRecordReader.REFERRALS,
            "child_id,referral_date\r\n\r\n\r\nA,2020-01-01\r\n\r\nB,2020-13-01\r\n");
    assertThat(r.records()).hasSize(1);
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(6));
  }

  @Test
  void forEach_quotedCellOverTwoLines_numbersTheRowByItsFirstLine() {
    CaseRecordReadResult<Placement> r =
        read(
            CaseRecordReader.PLACEMENTS,
            "child_id,placement_start,placement_type\nA,2020-01-01,\"U1\nU2\"\nB,bad,U1\n");
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(4));
  }

  @ParameterizedTest
  @CsvSource({"1e999999999", "1e99999", "1e-1000", "-0.5", "NaN"})
  void readAll_hostileFte_isALocatedShortProblemNotAnError(String fte) {
    CaseRecordReadResult<CaseWorker> r =
        read(CaseRecordReader.CASE_WORKERS, "worker_id,fte\n\nW1," + fte + "\n");
    assertThat(r.records()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.getMessage()).hasSizeLessThan(300).doesNotContain("W1");
            });
  }

  @Test
  void readAll_headerWithoutOptionalColumns_readsThemAsEmpty() {
    CaseRecordReadResult<Placement> r =
        read(CaseRecordReader.PLACEMENTS, "child_id,placement_start\nA,2020-01-01\n");
    assertThat(r.recordsOrThrow())
        .containsExactly(new Placement("A", LocalDate.of(2020, 1, 1), Optional.empty(), "", false));
    assertThat(r.warnings()).isEmpty();
    assertThat(CaseRecordReader.PLACEMENTS.optionalColumns())
        .containsExactlyInAnyOrder("placement_end", "placement_type", "short_break");
  }

  @Test
  void readAll_unknownColumn_isALocatedWarningAndInTouchIsRead() {
    CaseRecordReadResult<CareLeaverActivity> r =
        read(
            CaseRecordReader.CARE_LEAVER_ACTIVITIES,
            "child_id,birthday,age,activity,In_Touch,accomodation\nA,2023-06-01,19,F5,died,U1\n");
    assertThat(r.records())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.inTouch()).contains(CareLeaverActivity.InTouch.DIED);
              assertThat(a.activity()).isEqualTo(CareLeaverActivity.Activity.F5);
              assertThat(a.accommodation()).isEmpty();
            });
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.row()).hasValue(1);
              assertThat(w.column()).contains("#6");
              assertThat(w.text()).isEmpty();
              assertThat(w.action()).isEqualTo("ignored");
            });
  }

  @Test
  void readAll_missingHeaderColumn_throwsNamingIt() {
    assertThatThrownBy(() -> read(CaseRecordReader.REFERRALS, "child_id,date\nA,2020-01-01\n"))
        .isInstanceOf(CaseRecordFormatException.class)
        .hasMessageContaining("row 1, column 'referral_date'");
  }

  @Test
  void readAll_emptyInput_throwsAskingForAHeader() {
    assertThatThrownBy(() -> read(CaseRecordReader.REFERRALS, ""))
        .isInstanceOf(CaseRecordFormatException.class)
        .hasMessageContaining("header row");
  }

  @Test
  void readAll_malformedQuotes_throwsWithoutTheText() {
    assertThatThrownBy(
            () ->
                read(
                    CaseRecordReader.REFERRALS,
                    "child_id,referral_date\n\"" + ID + "\"x,2020-01-01\n"))
        .isInstanceOf(CaseRecordFormatException.class)
        .hasMessageContaining("row 2")
        .hasMessageNotContaining(ID)
        .hasNoCause();
  }

  @Test
  void recordsOrThrow_withAProblem_throwsTheFirst() {
    CaseRecordReadResult<Referral> r =
        read(CaseRecordReader.REFERRALS, "child_id,referral_date\nA,2020-13-01\nB,nope\n");
    assertThatThrownBy(r::recordsOrThrow).isSameAs(r.problems().get(0));
    assertThat(r.toString()).isEqualTo("CaseRecordReadResult[0 records, 2 problems, 0 warnings]");
  }

  @Test
  void toString_ofRecords_showsNoIdOrDateOfBirth() {
    LookedAfterPeriod p =
        read(
                CaseRecordReader.LOOKED_AFTER_PERIODS,
                "child_id,date_of_birth,period_start,period_end\n"
                    + ID
                    + ","
                    + DOB
                    + ",2020-01-01,\n")
            .recordsOrThrow()
            .get(0);
    assertThat(p.toString()).doesNotContain(ID).doesNotContain(DOB);
  }
}
