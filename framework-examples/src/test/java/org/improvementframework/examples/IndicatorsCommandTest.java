package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IndicatorsCommandTest {

  private static String path(String name) {
    try {
      return Path.of(IndicatorsCommandTest.class.getResource("returns/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Exact figures of the sample SSDA903 return, each worked by hand in the comment. */
  @Test
  void indicators_ssda903Sample_printsTheHandWorkedFigures() {
    Cli.Run r =
        Cli.run(
            "indicators",
            "--ssda903",
            path("ssda903-2024"),
            "--year",
            "2024",
            "--no-disclosure-control");
    assertThat(r.code()).isZero();
    // at 31 March 2024: C1 (U1, U2, U3 in the year: 3) and C2 (one placement); C3 and C4 left
    // care in the year, C5 is on short breaks (LS V3) only
    assertThat(r.out())
        .contains(
            "Children looked after with 3 or more placements\n"
                + "  value 50.0 = 1 / 2 (children, 2023-04-01/2024-03-31)");
    assertThat(r.out()).contains("  excluded 2: not looked after at the end of the period");
    // under 16 and in care since before 30 September 2021: C1 (placement since January 2024,
    // no) and C2 (same placement since 2020, yes; its RNE L episode is not a move)
    assertThat(r.out()).contains("in the same placement for 2 years\n" + "  value 50.0 = 1 / 2");
    // OC3: L1 19th birthday, F3 (older EET code); L2 DIED, excluded; L3 G5, accommodation S2
    assertThat(r.out())
        .contains("in education, employment or training\n" + "  value 50.0 = 1 / 2")
        .contains("excluded 1: IN_TOUCH code excluded from the denominator: DIED")
        .contains("in suitable accommodation\n  value 50.0 = 1 / 2");
    // C4: care 1 February 2021, placed for adoption (A5) 1 November 2022: 638 days; placement
    // order (LS E1) 1 June 2022 to match (AD1) 1 October 2022: 122 days
    assertThat(r.out())
        .contains(
            "A1 days from entering care to moving in with the adoptive"
                + " family\n  value 638 = 638 / 1")
        .contains("A2 days from placement order to match\n" + "  value 122 = 122 / 1");
    assertThat(r.out()).contains("Return interviews after missing episodes\n  x: not held");
    assertThat(r.out()).contains("skipped: not a date at episodes.csv, row 12, column 'DECOM'");
  }

  /** Exact figures of the sample CIN and workforce censuses, worked by hand. */
  @Test
  void indicators_cinAndWorkforceSamples_printTheHandWorkedFigures() {
    Cli.Run r =
        Cli.run(
            "indicators",
            "--cin",
            path("cin-2022.xml"),
            "--workforce",
            path("csww-2021.xml"),
            "--year",
            "2022",
            "--no-disclosure-control");
    assertThat(r.code()).isZero();
    // K1: S47 Friday 11 March 2022, ICPC 31 March: 15 working days counting 11 March as day 1
    // (the CIN validator's threshold), within; K3: 4 May to 3 June 2021 with the 31 May bank
    // holiday, 22; K2: ICPC 3 September before its S47 of 6 September, counted, no band
    assertThat(r.out())
        .contains(
            "ICPC within 15 working days of the section 47 start (start"
                + " day is working day 1)\n  value 33.3 = 1 / 3 (events, 2021-04-01/2022-03-31)")
        .contains("  band 11-15: 1\n  band 16-20: 0\n  band 21+: 1\n  band before start: 1");
    // referrals in the year: K1 1 Nov 2021 (within 12 months of 10 Feb 2021), K2, K3
    assertThat(r.out()).contains("Re-referrals within 12 months\n  value 33.3 = 1 / 3");
    // 18 + 9 cases over 1.0 + 0.5 FTE; the agency worker with no cases is excluded; the worker
    // with FTE 1e999999999 is a located problem
    assertThat(r.out())
        .contains("value 18.0 = 27 / 1.500000")
        .contains("excluded 1: holds no cases at 30 September")
        .contains("number out of range");
  }

  @Test
  void indicators_startDayExcluded_isAVisibleChoice() {
    Cli.Run r =
        Cli.run(
            "indicators",
            "--cin",
            path("cin-2022.xml"),
            "--year",
            "2022",
            "--no-disclosure-control",
            "--working-days",
            "START_DAY_EXCLUDED");
    assertThat(r.out())
        .contains("(start day not counted)\n  value 33.3 = 1 / 3")
        .contains("  band 11-15: 1\n  band 16-20: 0\n  band 21+: 1");
  }

  @Test
  void indicators_byDefault_areUnderDisclosureControlAndHoldNoPersonalData() {
    Cli.Run r =
        Cli.run(
            "indicators",
            "--ssda903",
            path("ssda903-2024"),
            "--cin",
            path("cin-2022.xml"),
            "--workforce",
            path("csww-2021.xml"),
            "--year",
            "2024");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("Under disclosure control")
        .contains("value c = c / c")
        .doesNotContain("value 50.0");
    for (String personal :
        new String[] {
          "C1,", "K1", "SW000", "AB12CD", "AB1 2CD", "10/05/2012", "2012-05-10", "2021-03-11"
        }) {
      assertThat(r.out() + r.err()).doesNotContain(personal);
    }
  }

  @Test
  void indicators_detail_isOptInAndGoesToStandardOutputOnly() {
    Cli.Run r = Cli.run("indicators", "--cin", path("cin-2022.xml"), "--year", "2022", "--detail");
    assertThat(r.out()).contains("K2,2021-09-03,2021-09-06,,dated before its start");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void indicators_jsonAndCsv_carryTheSameFigures() {
    Cli.Run json =
        Cli.run(
            "indicators",
            "--cin",
            path("cin-2022.xml"),
            "--year",
            "2022",
            "--no-disclosure-control",
            "--format",
            "json");
    assertThat(json.out()).contains("\"value\" : \"33.3\"").contains("\"before start\" : \"1\"");
    Cli.Run csv =
        Cli.run(
            "indicators",
            "--cin",
            path("cin-2022.xml"),
            "--year",
            "2022",
            "--no-disclosure-control",
            "--format",
            "csv");
    assertThat(csv.out())
        .startsWith("measure,source,period,counting_unit,value")
        .contains("\"33.3\",\"1\",\"3\"");
  }

  @Test
  void indicators_noReturn_isAUsageError() {
    assertThat(Cli.run("indicators", "--year", "2024").code()).isEqualTo(Main.UNREADABLE);
  }

  /**
   * The OC2 outcomes of the sample, worked by hand at 31 March 2024 ("Age is as at 31 March"):
   * C1 is 11 and in the UASC table, C2 is 9, C6 is 3; C7's SDQ score 45 is outside 0 to 40, so
   * C7 is left out with a warning.
   */
  @Test
  void indicators_oc2Sample_printsTheHandWorkedOutcomesInEveryFormat() {
    Cli.Run r = oc2Sample("text");
    String prefix = "Children looked after for 12 months at 31 March: ";
    assertThat(r.out())
        // C1 and C2 up to date, C6 not
        .contains(
            prefix
                + "Health assessments up to date\n"
                + "  value 66.7 = 2 / 3 (children, 2023-04-01/2024-03-31)")
        .contains(
            prefix + "Development assessments up to date (aged 0 to 4)\n  value 100.0 = 1 / 1")
        .contains("  excluded 2: not aged 0 to 4 at 31 March")
        // C1 scored 14, C2 has no score; C6 is too young
        .contains(prefix + "SDQ score received (aged 5 to 16)\n  value 50.0 = 1 / 2")
        // only C1 is 10 or over: convicted, and unaccompanied
        .contains("(aged 10 to 17)\n  value 100.0 = 1 / 1")
        .contains("  band UASC in numerator: 1\n  band UASC in denominator: 1\n")
        .contains("  band not UASC in numerator: 0\n  band not UASC in denominator: 0\n")
        // no one identified; C6's blank stays in the denominator
        .contains("substance misuse problem\n  value 0.0 = 0 / 3")
        .contains("from SSDA903 OC2 (DOB, TEETH_CHECK), UASC (CHILD)")
        .contains("an SDQ score outside 0 to 40");
    Cli.Run json = oc2Sample("json");
    assertThat(json.out())
        .contains("\"measure\" : \"" + prefix + "Immunisations up to date\"")
        .contains("\"UASC in denominator\" : \"1\"");
    Cli.Run csv = oc2Sample("csv");
    assertThat(csv.out())
        .contains("\"" + prefix + "Teeth checked by a dentist\"")
        .contains("\"66.7\",\"2\",\"3\"");
  }

  private static Cli.Run oc2Sample(String format) {
    return Cli.run(
        "indicators",
        "--ssda903",
        path("ssda903-2024"),
        "--year",
        "2024",
        "--no-disclosure-control",
        "--format",
        format);
  }
}
