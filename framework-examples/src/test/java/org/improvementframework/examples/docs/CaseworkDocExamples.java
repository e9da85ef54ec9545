package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import java.io.Reader;
import java.time.LocalDate;
import org.improvementframework.io.casework.CaseRecordReader;
import org.improvementframework.metrics.casework.IcpcTimeliness;
import org.improvementframework.metrics.casework.IndicatorResult;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.model.DateRange;

/**
 * The code examples of docs/casework.md, compiled with the tests; {@code DocExamplesTest} checks
 * that the page shows exactly the text between each pair of tags. Compiled, not run.
 */
@SuppressWarnings({"unused", "checkstyle:all"})
class CaseworkDocExamples {

  void icpcTimeliness(Reader sdCsv, Reader icpcCsv) throws Exception {
    // tag::icpc-timeliness[]
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    DateRange fy = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    IcpcTimeliness icpc = IcpcTimeliness.of(fy, calendar);
    CaseRecordReader.STRATEGY_DISCUSSIONS.forEach(sdCsv, "sd.csv", icpc::add);       // streaming
    CaseRecordReader.INITIAL_CONFERENCES.forEach(icpcCsv, "icpc.csv", icpc::add);
    IndicatorResult r = icpc.result();
    r.value();       // 87.5  (IndicatorValue; "z" when the denominator is 0, never 0)
    r.numerator();   // 35
    r.denominator(); // 40
    r.included();    // every conference: child id, date, contribution (1 within, 0 not)
    r.excluded();    // conferences left out: child id, date, reason
    // end::icpc-timeliness[]
  }
}
// spotless:on
