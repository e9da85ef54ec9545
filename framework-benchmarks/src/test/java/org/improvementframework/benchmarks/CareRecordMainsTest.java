package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CareRecordMainsTest {

  private static final DateRange TEN_YEARS =
      DateRange.of(LocalDate.of(2016, 4, 1), LocalDate.of(2026, 3, 31));
  private static final DateRange FY2024 =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  @Test
  void reReferrals_generatedFile_agreesWithAPlainCountOfTheDefinition(@TempDir Path dir)
      throws IOException {
    long written = CareRecordFiles.writeReferrals(dir, 20_000);
    IndicatorResult r = ReReferralsMain.compute(dir, TEN_YEARS);

    long[] expected = plainReReferrals(dir, TEN_YEARS);
    assertThat(written).isBetween(20_000L, 20_020L);
    assertThat(r.numerator().longValueExact()).isEqualTo(expected[0]);
    assertThat(r.denominator().longValueExact()).isEqualTo(expected[1]);
    assertThat((long) r.excluded().size()).isEqualTo(expected[2]);
    assertThat(expected[0]).isPositive().isLessThan(expected[1]);
    assertThat(expected[2]).isPositive();
    assertThat(ReReferralsMain.line(r))
        .startsWith("re-referrals within 12 months: ")
        .endsWith(" = " + expected[0] + " / " + expected[1] + "; excluded " + expected[2]);
  }

  @Test
  void placementMoves_generatedFiles_agreeWithAPlainCountOfTheDefinition(@TempDir Path dir)
      throws IOException {
    long written = CareRecordFiles.writeCare(dir, 40_000);
    IndicatorResult r = PlacementMovesMain.compute(dir, FY2024);

    long[] expected = plainPlacementMoves(dir, FY2024);
    assertThat(written).isBetween(40_000L, 40_020L);
    assertThat(r.numerator().longValueExact()).isEqualTo(expected[0]);
    assertThat(r.denominator().longValueExact()).isEqualTo(expected[1]);
    assertThat((long) r.excluded().size()).isEqualTo(expected[2]);
    assertThat(expected[0]).isPositive().isLessThan(expected[1]);
    // Every reason to leave a child out occurs in the generated records: no placement open at
    // the end, only short breaks at the end, and not looked after at the end.
    assertThat(r.excluded().stream().map(Excluded::reason).collect(Collectors.toSet())).hasSize(3);
    assertThat(PlacementMovesMain.line(r))
        .endsWith(" = " + expected[0] + " / " + expected[1] + "; excluded " + expected[2]);
  }

  @Test
  void write_sameCount_writesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    CareRecordFiles.writeReferrals(a, 3000);
    CareRecordFiles.writeReferrals(b, 3000);
    CareRecordFiles.writeCare(a, 3000);
    CareRecordFiles.writeCare(b, 3000);
    for (String file :
        List.of(CareRecordFiles.REFERRALS, CareRecordFiles.PERIODS, CareRecordFiles.PLACEMENTS)) {
      assertThat(Files.readAllBytes(a.resolve(file)))
          .isEqualTo(Files.readAllBytes(b.resolve(file)));
    }
  }

  /** Re-referrals, duplicates and counted referrals, by the definition, one child at a time. */
  private static long[] plainReReferrals(Path dir, DateRange period) throws IOException {
    Map<String, List<LocalDate>> byChild = new TreeMap<>();
    for (String[] cells : rows(dir.resolve(CareRecordFiles.REFERRALS))) {
      byChild.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(LocalDate.parse(cells[1]));
    }
    long again = 0;
    long counted = 0;
    long duplicates = 0;
    for (List<LocalDate> days : byChild.values()) {
      days.sort(null);
      for (int i = 0; i < days.size(); i++) {
        LocalDate d = days.get(i);
        if (!period.contains(d)) {
          continue;
        }
        if (i > 0 && days.get(i - 1).equals(d)) {
          duplicates++;
          continue;
        }
        counted++;
        boolean earlierWithinAYear = false;
        for (LocalDate e : days.subList(0, i)) {
          earlierWithinAYear |= !e.isBefore(d.minusMonths(12));
        }
        again += earlierWithinAYear ? 1 : 0;
      }
    }
    return new long[] {again, counted, duplicates};
  }

  /** Children with 3 or more placements, children counted and children left out. */
  private static long[] plainPlacementMoves(Path dir, DateRange period) throws IOException {
    LocalDate end = period.end();
    Set<String> lookedAfter = new TreeSet<>();
    Set<String> lookedAfterInPeriod = new TreeSet<>();
    for (String[] p : rows(dir.resolve(CareRecordFiles.PERIODS))) {
      Optional<LocalDate> ended = date(p, 3);
      boolean startedByEnd = !LocalDate.parse(p[2]).isAfter(end);
      if (startedByEnd && (ended.isEmpty() || ended.get().isAfter(end))) {
        lookedAfter.add(p[0]);
      }
      if (startedByEnd && (ended.isEmpty() || !ended.get().isBefore(period.start()))) {
        lookedAfterInPeriod.add(p[0]);
      }
    }
    // Looked after on some day of the period but not at its end: left out, with that reason.
    lookedAfterInPeriod.removeAll(lookedAfter);
    Map<String, Integer> moves = new TreeMap<>();
    Set<String> placedAtEnd = new TreeSet<>();
    for (String[] p : rows(dir.resolve(CareRecordFiles.PLACEMENTS))) {
      LocalDate start = LocalDate.parse(p[1]);
      Optional<LocalDate> ended = date(p, 2);
      if (p[4].equals("Y") || start.isAfter(end)) {
        continue;
      }
      if (ended.isEmpty() || !ended.get().isBefore(period.start())) {
        moves.merge(p[0], 1, Integer::sum);
      }
      if (ended.isEmpty() || ended.get().isAfter(end)) {
        placedAtEnd.add(p[0]);
      }
    }
    long within = 0;
    long counted = 0;
    for (String child : lookedAfter) {
      if (placedAtEnd.contains(child)) {
        counted++;
        within += moves.getOrDefault(child, 0) >= 3 ? 1 : 0;
      }
    }
    return new long[] {within, counted, lookedAfter.size() - counted + lookedAfterInPeriod.size()};
  }

  private static Optional<LocalDate> date(String[] cells, int i) {
    return i < cells.length && !cells[i].isEmpty()
        ? Optional.of(LocalDate.parse(cells[i]))
        : Optional.empty();
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }
}
