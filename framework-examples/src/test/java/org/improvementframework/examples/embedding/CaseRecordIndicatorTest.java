package org.improvementframework.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.improvementframework.metrics.indicators.DisclosureControl;
import org.improvementframework.model.DateRange;
import org.junit.jupiter.api.Test;

class CaseRecordIndicatorTest {

  private static final DateRange FY_2024 =
      DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  @Test
  void compute_bundledSample_givesTheSharesWorkedOutByHand() throws Exception {
    CaseRecordIndicator.Results r;
    try (Reader in =
        new InputStreamReader(
            CaseRecordIndicator.class.getResourceAsStream(CaseRecordIndicator.SAMPLE),
            StandardCharsets.UTF_8)) {
      r = CaseRecordIndicator.compute(in, "sample.csv", FY_2024);
    }

    // Returns within the year: C001 twice, C002, C003, C006, C007 (C005 returned in April 2025,
    // C004 has not returned, C008's row has no readable return date).
    assertThat(r.offered().denominator()).isEqualByComparingTo("6");
    // Offered: both of C001's, C003's (an interview held counts as offered), C006's, C007's.
    assertThat(r.offered().numerator()).isEqualByComparingTo("5");
    // Within 72 hours: C001 on the next day, C003 and C007 three days later.
    assertThat(r.heldWithin72Hours().numerator()).isEqualByComparingTo("3");
    assertThat(r.heldWithin72Hours().number())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("50")));
    assertThat(r.skipped()).hasSize(1);
    assertThat(r.skipped().get(0).getMessage())
        .contains("row 10")
        .contains("return_date")
        .doesNotContain("C008");
  }

  @Test
  void describe_smallCounts_areSuppressedByDefault() {
    String csv =
        "child_id,missing_start,return_date,interview_offered,interview_date\n"
            + "A,2024-05-01,2024-05-02,Y,2024-05-03\n"
            + "B,2024-06-01,2024-06-01,N,\n";

    var lines =
        CaseRecordIndicator.describe(
            CaseRecordIndicator.compute(new StringReader(csv), "two.csv", FY_2024));

    // 1 of 2 returns: both counts lie in 1 to 5, so neither they nor the share are published.
    assertThat(lines.get(0)).startsWith("return interview offered: c% (c of c returns");
    assertThat(lines.get(1)).startsWith("return interview within 72 hours: c% (c of c returns");
    assertThat(lines.get(2)).isEqualTo("episodes left out: 0 []");
    assertThat(lines).hasSize(3);
  }

  @Test
  void describe_largerCounts_arePublishedWithTheTotalRounded() {
    StringBuilder csv =
        new StringBuilder("child_id,missing_start,return_date,interview_offered,interview_date\n");
    for (int i = 0; i < 23; i++) {
      // 23 returns; the first 12 offered and interviewed the next day.
      csv.append("C")
          .append(i)
          .append(",2024-05-01,2024-05-02,")
          .append(i < 12 ? "Y,2024-05-03" : "N,")
          .append('\n');
    }

    var lines =
        CaseRecordIndicator.describe(
            CaseRecordIndicator.compute(new StringReader(csv.toString()), "many.csv", FY_2024),
            DisclosureControl.dfe());

    assertThat(lines.get(0)).startsWith("return interview offered: 52% (12 of 20 returns");
  }
}
