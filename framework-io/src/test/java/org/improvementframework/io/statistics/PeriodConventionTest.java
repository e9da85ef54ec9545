package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodConventionTest {

  @ParameterizedTest
  @CsvSource({
    "FINANCIAL_YEAR, 2017/18, FY2017-18",
    "FINANCIAL_YEAR, 2017-18, FY2017-18",
    "FINANCIAL_YEAR, 201718, FY2017-18",
    "FINANCIAL_YEAR, 2017/2018, FY2017-18",
    "FINANCIAL_YEAR, 2018, FY2017-18",
    "FINANCIAL_YEAR, FY2017-18, FY2017-18",
    "FINANCIAL_YEAR, 2018-03-31, 2018-03-31",
    "ACADEMIC_YEAR, 2017/18, AY2017-18",
    "ACADEMIC_YEAR, 2018, AY2017-18",
    "CALENDAR_YEAR, 2018, 2018",
    "FINANCIAL_YEAR, 1999/00, FY1999-00"
  })
  void read_periodAsWritten_isThePeriodOfItsConvention(
      PeriodConvention c, String text, String expected) {
    assertThat(c.read(text)).contains(ReportingPeriod.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "FINANCIAL_YEAR, 2017/19",
    "FINANCIAL_YEAR, 17/18",
    "CALENDAR_YEAR, 2017/18",
    "ACADEMIC_YEAR, Q1 2018",
    "FINANCIAL_YEAR, FY2017-19",
    "FINANCIAL_YEAR, 0999"
  })
  void read_textOfNoPeriod_isEmpty(PeriodConvention c, String text) {
    assertThat(c.read(text)).isEmpty();
  }
}
