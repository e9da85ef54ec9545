package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.ReturnDates;
import org.improvementframework.model.casework.Referral;
import org.junit.jupiter.api.Test;

/** The dated fast path of {@link CaseRecordReader} against its record path. */
class DatedFastPathTest {

  @Test
  void epochDays_agreeWithReturnDates_forAnyTextOfTenCharacters() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String s = dateLike(new Random(seed));
              LocalDate d = ReturnDates.parse(s);
              assertThat(EpochDays.parse(s))
                  .as(s)
                  .isEqualTo(d == null ? EpochDays.INVALID : d.toEpochDay());
              // the byte-level reading, within a larger buffer, agrees with the text's
              byte[] b = ("," + s + ",").getBytes(StandardCharsets.ISO_8859_1);
              assertThat(EpochDays.parse(b, 1, b.length - 1)).as(s).isEqualTo(EpochDays.parse(s));
            });
  }

  @Test
  void epochDays_readEveryDayOfFourHundredYears_inBothForms() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2300; d = d.plusDays(1)) {
      String iso = d.toString();
      String uk = iso.substring(8) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
      assertThat(EpochDays.parse(iso)).isEqualTo(d.toEpochDay());
      assertThat(EpochDays.parse(uk)).isEqualTo(d.toEpochDay());
      byte[] b = uk.getBytes(StandardCharsets.ISO_8859_1);
      assertThat(EpochDays.parse(b, 0, b.length)).isEqualTo(d.toEpochDay());
    }
    assertThat(EpochDays.parse("0000-02-29")).isEqualTo(LocalDate.of(0, 2, 29).toEpochDay());
  }

  @Test
  void forEachDated_givesWhatTheRecordsHold_andTheSameProblemsAndWarnings() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 30), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              String csv = file(kinds, new Random(seed));
              List<ReadWarning> slowWarnings = new ArrayList<>();
              List<String> slow = new ArrayList<>();
              List<String> slowProblems =
                  CaseRecordReader.REFERRALS
                      .forEach(
                          new StringReader(csv),
                          "r.csv",
                          r -> slow.add(r.childId() + " " + r.date().toEpochDay()),
                          slowWarnings::add)
                      .stream()
                      .map(Throwable::getMessage)
                      .toList();
              List<ReadWarning> fastWarnings = new ArrayList<>();
              List<String> fast = new ArrayList<>();
              List<String> fastProblems =
                  CaseRecordReader.REFERRALS
                      .forEachDated(
                          new StringReader(csv),
                          "r.csv",
                          (id, day) -> fast.add(id + " " + day),
                          fastWarnings::add)
                      .stream()
                      .map(Throwable::getMessage)
                      .toList();
              assertThat(fast).isEqualTo(slow);
              assertThat(fastProblems).isEqualTo(slowProblems);
              assertThat(fastWarnings).isEqualTo(slowWarnings);
            });
  }

  @Test
  void forEachDated_isRefused_forARecordOfMoreThanAnIdAndADate() {
    assertThatThrownBy(
            () ->
                CaseRecordReader.PLACEMENTS.forEachDated(
                    new StringReader("child_id\n"), "p.csv", (id, day) -> {}, w -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("placement_start");
  }

  @Test
  void forEachDated_keepsIdsWithSpacesStripped() {
    List<String> ids = new ArrayList<>();
    CaseRecordReader.REFERRALS.forEachDated(
        new StringReader("referral_date,child_id\n 2024-01-02 , A 1 \n"),
        "r.csv",
        (id, day) -> ids.add(id + "|" + LocalDate.ofEpochDay(day)),
        w -> {});
    assertThat(ids).containsExactly("A 1|2024-01-02");
    assertThat(
            CaseRecordReader.REFERRALS
                .readAll(new StringReader("referral_date,child_id\n 2024-01-02 , A 1 \n"), "r.csv")
                .records())
        .containsExactly(new Referral("A 1", LocalDate.of(2024, 1, 2)));
  }

  /** Ten characters that are often a date in one of the two forms, and often nearly one. */
  private static String dateLike(Random r) {
    int y = r.nextInt(3) == 0 ? r.nextInt(10_000) : 1990 + r.nextInt(60);
    int m = r.nextInt(14);
    int d = r.nextInt(33);
    String s =
        r.nextBoolean()
            ? String.format("%04d-%02d-%02d", y, m, d)
            : String.format("%02d/%02d/%04d", d, m, y);
    if (r.nextInt(5) == 0) {
      char[] c = s.toCharArray();
      c[r.nextInt(c.length)] = "0-/x 9".charAt(r.nextInt(6));
      s = new String(c);
    }
    return s;
  }

  /**
   * A referrals file whose rows are good, blank, short, empty-id, non-ASCII-id or bad-date, at
   * random.
   */
  static String file(List<Integer> kinds, Random r) {
    StringBuilder sb =
        new StringBuilder(
            r.nextBoolean() ? "child_id,referral_date\n" : "referral_date,x,Child_ID\n");
    boolean idFirst = sb.charAt(0) == 'c';
    for (int k : kinds) {
      String id =
          switch (k) {
            case 0 -> "";
            case 1 -> "  ";
            case 2 -> "\"C,1\"";
            case 8 -> "C\u00e9" + r.nextInt(3); // not ASCII: the tokenizer's row
            default -> "C" + r.nextInt(5);
          };
      String date =
          switch (k) {
            case 3 -> "2024-02-30";
            case 4 -> "";
            case 5 -> "31/12/2023";
            default -> String.format("2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
          };
      if (k == 6) {
        sb.append('\n');
        continue;
      }
      sb.append(idFirst ? id + "," + date : date + ",x," + id).append(k == 7 ? "\r\n" : "\n");
    }
    return sb.toString();
  }
}
