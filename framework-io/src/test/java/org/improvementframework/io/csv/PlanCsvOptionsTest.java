package org.improvementframework.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.testing.PlanGenerators;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;
import org.junit.jupiter.api.Test;

/** The tokenizer's part of {@link PlanCsv.Options}: one {@link CsvOptions}, shared. */
class PlanCsvOptionsTest {

  private static final List<String> HEADINGS =
      Arrays.stream(PlanCsv.Column.values()).map(PlanCsv.Column::heading).toList();

  @Test
  void csvOptions_defaults_areCommaRfcQuotesAndRecordNumbers() {
    CsvOptions csv = PlanCsv.Options.defaults().csvOptions();

    assertThat(csv)
        .isEqualTo(
            new CsvOptions(
                ',', false, PlanCsv.Options.DEFAULT_LIMITS, CsvOptions.RowNumbering.RECORDS));
  }

  @Test
  void csvOptions_followTheDelimiterAndLimits_andNothingElse() {
    qt().forAll(arbitrary().pick(',', ';', '\t', '|'), longs().between(1, 1_000_000))
        .checkAssert(
            (delimiter, rows) -> {
              InputLimits limits = InputLimits.defaults().withMaxRows(rows);
              PlanCsv.Options o =
                  PlanCsv.Options.defaults()
                      .withDelimiter(delimiter)
                      .withLimits(limits)
                      .withSource("p.csv")
                      .withByteOrderMark(true);

              assertThat(o.csvOptions())
                  .isEqualTo(
                      new CsvOptions(delimiter, false, limits, CsvOptions.RowNumbering.RECORDS));
              assertThat(o.delimiter()).isEqualTo(delimiter);
              assertThat(o.limits()).isEqualTo(limits);
            });
  }

  @Test
  void csvOptions_readWhatTheWriterWrote_asARectangularTable() {
    qt().withExamples(40)
        .forAll(QuickTheoriesGen.of(PlanGenerators.plans()), arbitrary().pick(',', ';', '\t', '|'))
        .checkAssert(
            (ImprovementPlan plan, Character delimiter) -> {
              PlanCsv.Options o = PlanCsv.Options.defaults().withDelimiter(delimiter);

              CsvTables.Table table = CsvTables.read(PlanCsv.write(plan, o), null, o.csvOptions());

              assertThat(table.warnings()).isEmpty();
              assertThat(table.rows().get(0).cells()).isEqualTo(HEADINGS);
              assertThat(table.rows())
                  .allSatisfy(r -> assertThat(r.cells()).hasSize(HEADINGS.size()))
                  .extracting(TableRow::number)
                  .doesNotHaveDuplicates();
            });
  }
}
