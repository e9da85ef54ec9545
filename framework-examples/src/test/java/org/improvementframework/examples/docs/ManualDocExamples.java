package org.improvementframework.examples.docs;

// spotless:off (the examples are laid out as the page shows them)

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.improvementframework.excel.Workbook;
import org.improvementframework.excel.WorkbookOptions;
import org.improvementframework.excel.Workbooks;
import org.improvementframework.history.JdbcHistoryStore;
import org.improvementframework.history.PlanHistory;
import org.improvementframework.history.Trend;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.layout.LayoutOptions;
import org.improvementframework.io.layout.PlanTables;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.indicators.AreaValue;
import org.improvementframework.metrics.indicators.Comparison;
import org.improvementframework.metrics.indicators.OwnValue;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator.Polarity;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/io-tracker.md, docs/io-excel.md, docs/history.md and docs/statistics.md,
 * compiled; the ones that need no outside resource also run.
 */
class ManualDocExamples {

  @TempDir Path dir;

  @SuppressWarnings("unused")
  static void layouts() throws IOException {
    // tag::plan-tables[]
    try (InputStream in = Files.newInputStream(Path.of("plan-october-2016.csv"))) {
      ReadResult<ImprovementPlan> result = PlanTables.read(in, LayoutOptions.defaults()
          .withSource("plan-october-2016.csv")
          .withReportingDate(LocalDate.of(2016, 10, 31)));     // optional
      result.warnings().forEach(System.out::println);
    }
    // end::plan-tables[]
  }

  @SuppressWarnings("unused")
  static void workbook() throws IOException {
    // tag::workbook[]
    try (Workbook book = Workbooks.open(Path.of("tracker.xlsx"), WorkbookOptions.defaults())) {
      List<String> names = book.sheetNames();          // in the order of the tabs, hidden ones too
      try (TableReader rows = book.sheet("Area 1")) {  // or book.allSheets()
        for (Optional<TableRow> row = rows.next(); row.isPresent(); row = rows.next()) {
          TableRow r = row.get();   // r.source() "tracker.xlsx", r.sheet() "Area 1",
                                    // r.number() the sheet's own row number, r.hidden(), r.cells()
        }
        rows.warnings();            // hidden rows and columns, formulas without a value, ...
      }
    }
    // end::workbook[]
  }

  @SuppressWarnings("unused")
  static Trend history(ImprovementPlan plan, Path folder) {
    Trend result;
    // tag::history-folder[]
    try (PlanHistory history = PlanHistory.inFolder(Path.of("plan-history"))) {
      history.record(plan);                                  // RECORDED
      history.record(plan);                                  // UNCHANGED: same canonical JSON
      List<LocalDate> dates = history.dates();
      Optional<ImprovementPlan> march = history.at(LocalDate.of(2015, 3, 31));
      Slippage s = history.slippage(LocalDate.of(2015, 3, 31), LocalDate.of(2015, 6, 30));
      Trend trend = history.trend(ReportOptions.defaults());
    }
    // end::history-folder[]
    return null;
  }

  @SuppressWarnings("unused")
  static void database(DataSource pool, ImprovementPlan plan) {
    // tag::history-jdbc[]
    DataSource ds = pool;  // your pool (HikariCP, the container's) or PGSimpleDataSource
    try (PlanHistory history = PlanHistory.of(JdbcHistoryStore.open(ds, "plymouth"))) {
      history.record(plan);
    }
    // end::history-jdbc[]
  }

  static Comparison comparison(List<AreaValue> neighbours) {
    // tag::comparison[]
    Comparison c = Comparison.builder("Annual health assessments", Polarity.HIGHER_IS_BETTER,
            ReportingPeriod.financialYear(2023))
        .council(AreaValue.of("E08000009", "Trafford", IndicatorValue.of(83)))
        .own(new OwnValue(IndicatorValue.of(84), OwnValue.Source.PLAN))
        .england(AreaValue.of("E92000001", "England", IndicatorValue.of(89)))
        .comparators(neighbours)            // AreaValue per statistical neighbour
        .build();
    c.councilRank();      // 10 (of c.rankedCount() = 11)
    c.councilQuartile();  // 4
    c.comparatorMean();   // 91.3
    c.gapToMean();        // -8.3
    // end::comparison[]
    return c;
  }

  @Test
  void comparison_rankOfAnEmptyNeighbourList_isFirst() {
    Comparison c = comparison(List.of());
    assertThat(c.councilRank()).hasValue(1);
    assertThat(c.comparatorMean()).isEmpty();
  }

  @Test
  void historyInAFolder_recordsThePlanOnce() {
    Path folder = dir.resolve("h");
    try (PlanHistory history = PlanHistory.inFolder(folder)) {
      history.record(ExamplePlans.plymouth2015());
      history.record(ExamplePlans.plymouth2015());
      assertThat(history.dates()).containsExactly(LocalDate.of(2015, 3, 31));
    }
  }
}
// spotless:on
