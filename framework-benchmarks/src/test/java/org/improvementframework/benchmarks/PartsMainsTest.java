package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.io.casework.CaseRecordFormatException;
import org.improvementframework.io.casework.FileParts;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs raced against the peers give, reading their files in parts on several threads,
 * the result and the first bad row of reading them on one: every counted and excluded child,
 * and the row of a bad row late in a file, where a part after the first reads it.
 */
class PartsMainsTest {

  private static final DateRange TEN_YEARS =
      DateRange.of(LocalDate.of(2016, 4, 1), LocalDate.of(2026, 3, 31));
  private static final DateRange FY2024 =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  @Test
  void placementMoves_inParts_isTheOneThreadResult(@TempDir Path dir) throws IOException {
    CareRecordFiles.writeCare(dir, 60_000);
    assertThat(Files.size(dir.resolve(CareRecordFiles.PLACEMENTS)))
        .isGreaterThan(FileParts.SMALLEST);
    var one = PlacementMovesMain.compute(dir, FY2024, 1);
    assertThat(PlacementMovesMain.compute(dir, FY2024, 2)).isEqualTo(one);
    assertThat(PlacementMovesMain.compute(dir, FY2024, 3)).isEqualTo(one);
    assertThat(one.included()).isNotEmpty();
  }

  @Test
  void placementMoves_onTwoThreads_isTheOneThreadResult_andReportsItsFirstBadRow(@TempDir Path dir)
      throws IOException {
    CareRecordFiles.writeCare(dir, 20_000);
    var one = PlacementMovesMain.compute(dir, FY2024, 1);
    assertThat(PlacementMovesMain.computeOnTwoThreads(dir, FY2024)).isEqualTo(one);
    assertThat(one.included()).isNotEmpty();

    long row = spoil(dir.resolve(CareRecordFiles.PLACEMENTS), 0.8);
    CaseRecordFormatException placement =
        catchThrowableOfType(
            CaseRecordFormatException.class,
            () -> PlacementMovesMain.computeOnTwoThreads(dir, FY2024));
    assertThat(placement.source()).isEqualTo(CareRecordFiles.PLACEMENTS);
    assertThat(placement.row()).isEqualTo(row);
    // a bad period too: the periods' file is read first on one thread, so its row is reported
    long periodRow = spoil(dir.resolve(CareRecordFiles.PERIODS), 0.3);
    CaseRecordFormatException period =
        catchThrowableOfType(
            CaseRecordFormatException.class,
            () -> PlacementMovesMain.computeOnTwoThreads(dir, FY2024));
    assertThat(period.source()).isEqualTo(CareRecordFiles.PERIODS);
    assertThat(period.row()).isEqualTo(periodRow);
  }

  @Test
  void reReferrals_inParts_isTheOneThreadResult(@TempDir Path dir) throws IOException {
    CareRecordFiles.writeReferrals(dir, 60_000);
    assertThat(Files.size(dir.resolve(CareRecordFiles.REFERRALS)))
        .isGreaterThan(FileParts.SMALLEST);
    var one = ReReferralsMain.compute(dir, TEN_YEARS, 1);
    assertThat(ReReferralsMain.compute(dir, TEN_YEARS, 2)).isEqualTo(one);
    assertThat(one.included()).isNotEmpty();
  }

  @Test
  void aBadPlacementLateInTheFile_isReportedAtItsRow_asOnOneThread(@TempDir Path dir)
      throws IOException {
    CareRecordFiles.writeCare(dir, 60_000);
    long row = spoil(dir.resolve(CareRecordFiles.PLACEMENTS), 0.8);
    CaseRecordFormatException one =
        catchThrowableOfType(
            CaseRecordFormatException.class, () -> PlacementMovesMain.compute(dir, FY2024, 1));
    CaseRecordFormatException two =
        catchThrowableOfType(
            CaseRecordFormatException.class, () -> PlacementMovesMain.compute(dir, FY2024, 2));
    assertThat(one.row()).isEqualTo(row);
    assertThat(two).hasMessage(one.getMessage());
    assertThat(two.source()).isEqualTo(CareRecordFiles.PLACEMENTS);

    // a bad period too: the periods' file is read first on one thread, so its row is reported
    long periodRow = spoil(dir.resolve(CareRecordFiles.PERIODS), 0.3);
    CaseRecordFormatException both =
        catchThrowableOfType(
            CaseRecordFormatException.class, () -> PlacementMovesMain.compute(dir, FY2024, 2));
    assertThat(both.source()).isEqualTo(CareRecordFiles.PERIODS);
    assertThat(both.row()).isEqualTo(periodRow);
  }

  @Test
  void aBadReferralLateInTheFile_isReportedAtItsRow_asOnOneThread(@TempDir Path dir)
      throws IOException {
    CareRecordFiles.writeReferrals(dir, 60_000);
    long row = spoil(dir.resolve(CareRecordFiles.REFERRALS), 0.9);
    CaseRecordFormatException one =
        catchThrowableOfType(
            CaseRecordFormatException.class, () -> ReReferralsMain.compute(dir, TEN_YEARS, 1));
    CaseRecordFormatException two =
        catchThrowableOfType(
            CaseRecordFormatException.class, () -> ReReferralsMain.compute(dir, TEN_YEARS, 2));
    assertThat(one.row()).isEqualTo(row);
    assertThat(two).hasMessage(one.getMessage());
  }

  /**
   * Gives the line at a share of the file an impossible date (the 30th of February) in its
   * second column; returns its row, counting the header as row 1.
   */
  private static long spoil(Path file, double share) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int i = (int) (lines.size() * share);
    String[] cells = lines.get(i).split(",", -1);
    cells[1] = "2020-02-30";
    lines.set(i, String.join(",", cells));
    Files.write(file, lines, StandardCharsets.UTF_8);
    return i + 1;
  }
}
