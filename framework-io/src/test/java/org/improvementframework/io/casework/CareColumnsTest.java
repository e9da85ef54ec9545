package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;

/**
 * The columnar path of periods of care and placements gives each row's parts as the records hold
 * them, and the same skipped rows, warnings and errors, for generated files with the defects real
 * exports have: empty and blank ids, impossible and empty dates, ends before starts, unknown flags,
 * blank lines, CRLF, quoted cells, columns in another order and an unknown column.
 */
class CareColumnsTest {

  @Test
  void forEachPlacement_givesWhatTheRecordsHold_andTheSameProblemsAndWarnings() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 11)).ofSizeBetween(0, 30), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              String csv = placements(kinds, new Random(seed));
              List<ReadWarning> slowWarnings = new ArrayList<>();
              List<String> slow = new ArrayList<>();
              List<String> slowProblems =
                  messages(
                      CaseRecordReader.PLACEMENTS.forEach(
                          new StringReader(csv),
                          "p.csv",
                          p ->
                              slow.add(
                                  line(
                                      p.childId(),
                                      p.start().toEpochDay(),
                                      day(p.end()),
                                      p.placementType() + " " + p.shortBreak())),
                          slowWarnings::add));
              List<ReadWarning> fastWarnings = new ArrayList<>();
              List<String> fast = new ArrayList<>();
              List<String> fastProblems =
                  messages(
                      CareColumns.PLACEMENTS.forEach(
                          new StringReader(csv),
                          "p.csv",
                          (id, start, end, type, shortBreak) ->
                              fast.add(line(id, start, end, type + " " + shortBreak)),
                          fastWarnings::add));
              assertThat(fast).isEqualTo(slow);
              assertThat(fastProblems).isEqualTo(slowProblems);
              assertThat(fastWarnings).isEqualTo(slowWarnings);
            });
  }

  @Test
  void forEachPeriod_givesWhatTheRecordsHold_andTheSameProblemsAndWarnings() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 11)).ofSizeBetween(0, 30), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              String csv = periods(kinds, new Random(seed));
              List<ReadWarning> slowWarnings = new ArrayList<>();
              List<String> slow = new ArrayList<>();
              List<String> slowProblems =
                  messages(
                      CaseRecordReader.LOOKED_AFTER_PERIODS.forEach(
                          new StringReader(csv),
                          "c.csv",
                          p ->
                              slow.add(
                                  line(
                                      p.childId(),
                                      p.start().toEpochDay(),
                                      day(p.end()),
                                      "" + p.dateOfBirth().toEpochDay())),
                          slowWarnings::add));
              List<ReadWarning> fastWarnings = new ArrayList<>();
              List<String> fast = new ArrayList<>();
              List<String> fastProblems =
                  messages(
                      CareColumns.PERIODS.forEach(
                          new StringReader(csv),
                          "c.csv",
                          (id, birth, start, end) -> fast.add(line(id, start, end, "" + birth)),
                          fastWarnings::add));
              assertThat(fast).isEqualTo(slow);
              assertThat(fastProblems).isEqualTo(slowProblems);
              assertThat(fastWarnings).isEqualTo(slowWarnings);
            });
  }

  @Test
  void aMissingColumn_stopsReading_namingIt() {
    assertThatThrownBy(
            () ->
                CareColumns.PLACEMENTS.forEach(
                    new StringReader("child_id,placement_end\nC1,2024-01-01\n"),
                    "p.csv",
                    (id, s, e, t, b) -> {},
                    w -> {}))
        .isInstanceOf(CaseRecordFormatException.class)
        .hasMessageContaining("p.csv")
        .hasMessageContaining("placement_start");
  }

  @Test
  void anEndBeforeTheStart_isSkipped_namingTheEndColumn_withoutTheDates() {
    List<CaseRecordFormatException> problems =
        CareColumns.PERIODS.forEach(
            new StringReader(
                "child_id,date_of_birth,period_start,period_end\n"
                    + "C1,2010-01-01,2020-05-01,2020-04-30\n"),
            "c.csv",
            (id, b, s, e) -> {},
            w -> {});
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getMessage()).contains("c.csv").contains("period_end").contains("2");
              assertThat(p.getMessage()).doesNotContain("2020").doesNotContain("C1");
            });
  }

  private static String line(CharSequence id, long start, long end, String rest) {
    return id + " " + start + " " + end + " " + rest;
  }

  private static long day(Optional<LocalDate> end) {
    return end.map(LocalDate::toEpochDay).orElse(CareColumns.NO_END);
  }

  private static List<String> messages(List<CaseRecordFormatException> problems) {
    return problems.stream().map(Throwable::getMessage).toList();
  }

  private static String date(Random r) {
    return String.format(
        "20%02d-%02d-%02d", 10 + r.nextInt(15), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private static String id(int k, Random r) {
    return switch (k) {
      case 0 -> "";
      case 1 -> "  ";
      case 2 -> "\"C,1\"";
      default -> " C" + r.nextInt(5);
    };
  }

  /** A date cell: good, impossible, empty, day first, or (for an end) earlier than any start. */
  private static String badOr(int k, int bad, String good, Random r) {
    if (k != bad) {
      return good;
    }
    return switch (r.nextInt(4)) {
      case 0 -> "2024-02-30";
      case 1 -> "";
      case 2 -> "31/12/2023";
      default -> "1999-01-01";
    };
  }

  static String placements(List<Integer> kinds, Random r) {
    boolean usual = r.nextBoolean();
    StringBuilder sb =
        new StringBuilder(
            usual
                ? "child_id,placement_start,placement_end,placement_type,short_break\n"
                : "Short_Break,placement_type,x,placement_start,CHILD_ID,placement_end\n");
    for (int k : kinds) {
      if (k == 8) {
        sb.append('\n');
        continue;
      }
      String id = id(k, r);
      String start = badOr(k, 3, date(r), r);
      String end = r.nextBoolean() ? "" : badOr(k, 4, date(r), r);
      String type = k == 5 ? "" : "U" + r.nextInt(6);
      String flag = k == 6 ? "maybe" : new String[] {"Y", "N", "", "yes", "n", "0"}[r.nextInt(6)];
      sb.append(
              usual
                  ? String.join(",", id, start, end, type, flag)
                  : String.join(",", flag, type, "x", start, id, end))
          .append(k == 7 ? "\r\n" : "\n");
    }
    return sb.toString();
  }

  static String periods(List<Integer> kinds, Random r) {
    boolean usual = r.nextBoolean();
    StringBuilder sb =
        new StringBuilder(
            usual
                ? "child_id,date_of_birth,period_start,period_end\n"
                : "period_end,start_reason,Period_Start,child_id,date_of_birth\n");
    for (int k : kinds) {
      if (k == 8) {
        sb.append('\n');
        continue;
      }
      String id = id(k, r);
      String birth = badOr(k, 5, date(r), r);
      String start = badOr(k, 3, date(r), r);
      String end = r.nextBoolean() ? "" : badOr(k, 4, date(r), r);
      sb.append(
              usual
                  ? String.join(",", id, birth, start, end)
                  : String.join(",", end, "S1", start, id, birth))
          .append(k == 7 ? "\r\n" : "\n");
    }
    return sb.toString();
  }
}
