package org.improvementframework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcpcMainTest {

  private static final DateRange FY2018 =
      DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31));

  @Test
  void compute_generatedFiles_agreesWithAPlainCountOfTheDefinition(@TempDir Path dir)
      throws IOException {
    long written = CaseRecordFiles.write(dir, 20_000);
    IndicatorResult r = IcpcMain.compute(dir, FY2018);
    IndicatorResult twoThreads = IcpcMain.compute(dir, FY2018, true);

    long[] expected = plainCount(dir, FY2018);
    assertThat(written).isBetween(20_000L, 20_020L);
    assertThat(r.numerator().longValueExact()).isEqualTo(expected[0]);
    assertThat(r.denominator().longValueExact()).isEqualTo(expected[1]);
    assertThat((long) r.excluded().size()).isEqualTo(expected[2]);
    assertThat(expected[0]).isPositive().isLessThan(expected[1]);
    assertThat(expected[2]).isPositive();
    assertThat(twoThreads).isEqualTo(r);
    assertThat(IcpcMain.line(r))
        .startsWith("icpc within 15 working days: ")
        .contains(" = " + expected[0] + " / " + expected[1] + "; excluded " + expected[2]);
  }

  @Test
  void write_sameCount_writesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    CaseRecordFiles.write(a, 5000);
    CaseRecordFiles.write(b, 5000);
    assertThat(Files.readAllBytes(a.resolve(CaseRecordFiles.CONFERENCES)))
        .isEqualTo(Files.readAllBytes(b.resolve(CaseRecordFiles.CONFERENCES)));
    assertThat(Files.readAllLines(a.resolve(CaseRecordFiles.DISCUSSIONS)).get(0))
        .isEqualTo("child_id,strategy_discussion_date");
  }

  /** Numerator, denominator and exclusions, by the definition, one conference at a time. */
  private static long[] plainCount(Path dir, DateRange period) throws IOException {
    Map<String, List<LocalDate>> sds = read(dir.resolve(CaseRecordFiles.DISCUSSIONS));
    Map<String, List<LocalDate>> cps = read(dir.resolve(CaseRecordFiles.CONFERENCES));
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    long within = 0;
    long counted = 0;
    long excluded = 0;
    for (Map.Entry<String, List<LocalDate>> e : cps.entrySet()) {
      List<LocalDate> days = e.getValue();
      days.sort(null);
      for (int i = 0; i < days.size(); i++) {
        LocalDate c = days.get(i);
        LocalDate previous = i == 0 ? LocalDate.MIN : days.get(i - 1);
        if (!period.contains(c)) {
          continue;
        }
        LocalDate last = null;
        for (LocalDate s : sds.getOrDefault(e.getKey(), List.of())) {
          if (!s.isAfter(c) && s.isAfter(previous) && (last == null || s.isAfter(last))) {
            last = s;
          }
        }
        LocalDate next = i + 1 < days.size() ? days.get(i + 1) : LocalDate.MAX;
        boolean startAfter =
            sds.getOrDefault(e.getKey(), List.of()).stream()
                .anyMatch(s -> s.isAfter(c) && !s.isAfter(next));
        if (c.equals(previous)) {
          excluded++;
        } else if (last == null) {
          // dated before the start it belongs to: an ICPC, not within; with no start, excluded
          counted += startAfter ? 1 : 0;
          excluded += startAfter ? 0 : 1;
        } else {
          counted++;
          within += calendar.workingDaysBetween(last, c) <= 15 ? 1 : 0;
        }
      }
    }
    return new long[] {within, counted, excluded};
  }

  private static Map<String, List<LocalDate>> read(Path file) throws IOException {
    Map<String, List<LocalDate>> byChild = new TreeMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      byChild.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(LocalDate.parse(cells[1]));
    }
    return byChild;
  }
}
