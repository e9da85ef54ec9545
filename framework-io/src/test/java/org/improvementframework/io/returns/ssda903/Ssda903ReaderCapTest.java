package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;

/** A Header table with many bad rows keeps a bounded number of problems and warnings. */
class Ssda903ReaderCapTest {

  private static final Pattern SKIPPED = Pattern.compile("^(\\d+) more rows skipped not kept.*");
  private static final Pattern WARNED = Pattern.compile("^(\\d+) more warnings not kept.*");

  private record Read(List<PlanFormatException> problems, List<ReadWarning> warnings, int rows) {}

  /** Rows: {@code undated} with an unreadable DOB, {@code unsexed} without SEX, codes unknown. */
  private static Read read(int undated, int unsexed, int unknownCodes) {
    StringBuilder csv = new StringBuilder("CHILD,SEX,DOB,ETHNIC\n");
    int child = 0;
    for (int i = 0; i < undated; i++) {
      csv.append("C").append(child++).append(",1,xx/02/2012,WBRI\n");
    }
    for (int i = 0; i < unsexed; i++) {
      csv.append("C").append(child++).append(",,01/02/2012,WBRI\n");
    }
    for (int i = 0; i < unknownCodes; i++) {
      csv.append("C").append(child++).append(",2,01/02/2012,QQQQ\n");
    }
    List<ReadWarning> warnings = new ArrayList<>();
    int[] rows = new int[1];
    List<PlanFormatException> problems =
        Ssda903Reader.of(Ssda903Table.HEADER, InputLimits.defaults(), 2024)
            .read(new StringReader(csv.toString()), "header.csv", r -> rows[0]++, warnings::add);
    return new Read(problems, warnings, rows[0]);
  }

  private static long counted(List<ReadWarning> warnings, Pattern p) {
    return warnings.stream()
        .map(w -> p.matcher(w.problem()))
        .filter(Matcher::matches)
        .mapToLong(m -> Long.parseLong(m.group(1)))
        .sum();
  }

  @Test
  void read_thousandBadRows_keepsEveryProblemWithoutSummary() {
    Read r = read(600, 400, 0);

    assertThat(r.problems()).hasSize(1000);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.rows()).isZero();
  }

  @Test
  void read_oneBadRowOverTheCap_keepsTheFirstThousandAndSummarisesTheLast() {
    Read r = read(600, 401, 0);

    assertThat(r.problems()).hasSize(1000);
    assertThat(r.problems().get(999).location().row()).hasValue(1001);
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).toString())
        .isEqualTo(
            "header.csv: 1 more rows skipped not kept, by kind: 'empty cell' 1: "
                + "counted only; the first 1000 are kept");
  }

  @Test
  void read_unknownCodesOverTheCap_keepsAThousandWarningsAndCountsTheRest() {
    Read r = read(0, 0, 1002);

    assertThat(r.rows()).isEqualTo(1002);
    assertThat(r.warnings()).hasSize(1001);
    assertThat(r.warnings().get(1000).problem())
        .isEqualTo("2 more warnings not kept, by kind: 'unknown code, not in the 2023-24 list' 2");
    assertThat(r.warnings().get(1000).location().source()).hasValue("header.csv");
  }

  @Test
  void read_anyNumberOfBadRows_problemsKeptAndCountedEqualTheBadRows() {
    qt().withExamples(25)
        .forAll(integers().between(0, 1300), integers().between(0, 1300))
        .checkAssert(
            (undated, unsexed) -> {
              Read r = read(undated, unsexed, 0);
              assertThat(r.problems().size() + counted(r.warnings(), SKIPPED))
                  .isEqualTo(undated + unsexed);
              assertThat(r.problems()).hasSizeLessThanOrEqualTo(1000);
            });
  }

  @Test
  void read_anyNumberOfUnknownCodes_warningsKeptAndCountedEqualTheCodes() {
    qt().withExamples(15)
        .forAll(integers().between(0, 2200))
        .checkAssert(
            n -> {
              Read r = read(0, 0, n);
              long kept = r.warnings().stream().filter(w -> w.row().isPresent()).count();
              assertThat(kept + counted(r.warnings(), WARNED)).isEqualTo((long) n);
              assertThat(kept).isLessThanOrEqualTo(1000);
            });
  }
}
