package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcpcFastMainTest {

  private static final DateRange FY2018 =
      DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31));
  private static final DateRange ALL =
      DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.of(2027, 3, 31));

  @Test
  void bothPrototypes_generatedFiles_printWhatIcpcMainPrints(@TempDir Path dir) {
    CaseRecordFiles.write(dir, 30_000);
    for (DateRange period : List.of(FY2018, ALL)) {
      String expected = IcpcMain.line(IcpcMain.compute(dir, period));
      IcpcFastMain.Phases phases = new IcpcFastMain.Phases();
      IndicatorResult library = IcpcFastMain.library(dir, period, phases);
      assertThat(IcpcMain.line(library)).isEqualTo(expected);
      assertThat(IcpcFastMain.counts(dir, period, WorkingDayCalendar.englandAndWales(), phases))
          .isEqualTo(expected);
    }
  }

  @Test
  void property_readsWhatCaseRecordReaderReads_inAnyLayout(@TempDir Path dir) {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 30_000)).ofSizeBetween(0, 40),
            booleans().all(),
            booleans().all(),
            booleans().all())
        .checkAssert(
            (days, idFirst, crlf, bom) -> {
              StringBuilder csv = new StringBuilder(bom ? "\ufeff" : "");
              String eol = crlf ? "\r\n" : "\n";
              csv.append(idFirst ? "Child_ID ,other,referral_date" : "referral_date,other,child_id")
                  .append(eol);
              for (int i = 0; i < days.size(); i++) {
                LocalDate day = LocalDate.ofEpochDay(days.get(i));
                // Both date forms the reader accepts, and ids of different lengths.
                String date =
                    i % 2 == 0
                        ? day.toString()
                        : String.format(
                            "%02d/%02d/%04d",
                            day.getDayOfMonth(), day.getMonthValue(), day.getYear());
                String id = "K" + (i * 7919 % 1000);
                csv.append(idFirst ? id + ",x," + date : date + ",x," + id).append(eol);
              }
              List<Referral> expected =
                  CaseRecordReader.REFERRALS
                      .readAll(new StringReader(csv.toString()), "r.csv")
                      .recordsOrThrow();
              assertThat(read(dir, csv.toString())).isEqualTo(expected);
            });
  }

  @Test
  void read_quotedCell_namesFileRowAndColumnButNotTheText(@TempDir Path dir) {
    String csv = "child_id,referral_date\nC1,2020-01-02\n\"C2\",2020-01-03\n";
    assertThatThrownBy(() -> read(dir, csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "r.csv, row 3, column 'child_id': expected an unquoted cell (this prototype"
                + " reads no quoting)");
  }

  @Test
  void read_impossibleDate_namesFileRowAndColumnButNotTheText(@TempDir Path dir) {
    assertThatThrownBy(() -> read(dir, "child_id,referral_date\nC1,2021-02-29\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "r.csv, row 2, column 'referral_date': expected a date as yyyy-MM-dd or"
                + " dd/MM/yyyy")
        .message()
        .doesNotContain("2021")
        .doesNotContain("C1");
  }

  @Test
  void read_missingColumnOrCell_isNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> read(dir, "child_id,date\nC1,2021-02-28\n"))
        .hasMessage("r.csv: no column 'referral_date' in the header");
    assertThatThrownBy(() -> read(dir, "child_id,referral_date\nC1\n"))
        .hasMessage(
            "r.csv, row 2, column 'referral_date': expected a cell; the row ends" + " before it");
  }

  private static List<Referral> read(Path dir, String csv) {
    Path file = dir.resolve("r.csv");
    try {
      Files.writeString(file, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Referral> out = new ArrayList<>();
    DatedIdColumns.read(
        file,
        "child_id",
        "referral_date",
        (b, s, e, day) ->
            out.add(
                new Referral(
                    new String(b, s, e - s, StandardCharsets.UTF_8), LocalDate.ofEpochDay(day))));
    return out;
  }
}
