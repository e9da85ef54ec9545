package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The header search, the required columns, the footnote warning and the header list in messages
 * of {@link MappedStatistics}, each at its edge.
 */
class MappedStatisticsMutationTest {

  private static final ReportingPeriod FY2014 = ReportingPeriod.financialYear(2014);
  private static final String FILE = "release.csv";

  /** A wide mapping reading the area code {@code code} and one measure in {@code n}. */
  private static StatisticsMapping wide() {
    return StatisticsMapping.wide("code", FY2014)
        .withMeasure(MeasureColumn.of("looked after", "n"));
  }

  private static ReadResult<List<PublishedSeries>> read(String csv, StatisticsMapping mapping) {
    return MappedStatistics.read(Samples.rows(csv, FILE), mapping, InputLimits.defaults());
  }

  private static PlanFormatException refusal(String csv, StatisticsMapping mapping) {
    return catchThrowableOfType(PlanFormatException.class, () -> read(csv, mapping));
  }

  @Test
  void read_noRowsAtAll_isNoHeaderRowAtAnUnknownPlace() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> MappedStatistics.read(List.of(), wide(), InputLimits.defaults()));
    assertThat(e.problem()).isEqualTo("no header row");
    assertThat(e.location().isUnknown()).isTrue();
  }

  @Test
  void read_onlyBlankRows_isNoHeaderRowAtTheFirstRow() {
    List<TableRow> rows =
        List.of(TableRow.of(FILE, 1, List.of("", " ")), TableRow.of(FILE, 2, List.of("\t")));
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> MappedStatistics.read(rows, wide(), InputLimits.defaults()));
    assertThat(e.problem()).isEqualTo("no header row");
    assertThat(e.location().source()).contains(FILE);
    assertThat(e.location().row()).hasValue(1);
  }

  @Test
  void read_blankRowsBeforeTheHeader_areSkipped() {
    ReadResult<List<PublishedSeries>> r = read("\n,\ncode,n\nE09000006,12\n", wide());
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value())
        .singleElement()
        .satisfies(s -> assertThat(s.areaCode()).isEqualTo("E09000006"));
  }

  @Test
  void read_headerWithoutTheAreaNameColumn_namesItAsTheAreaName() {
    PlanFormatException e = refusal("code,n\nE09000006,12\n", wide().withAreaName("name"));
    assertThat(e.problem())
        .isEqualTo("missing column 'name' that the mapping names as the area name");
    assertThat(e.field()).contains("name");
    assertThat(e.location().row()).hasValue(1);
  }

  @Test
  void read_headerWithoutTheLevelColumn_namesItAsTheGeographicLevel() {
    PlanFormatException e = refusal("code,n\nE09000006,12\n", wide().withLevel("level"));
    assertThat(e.problem())
        .isEqualTo("missing column 'level' that the mapping names as the geographic level");
  }

  @Test
  void read_headerWithoutThePeriodColumn_namesItAsThePeriod() {
    StatisticsMapping tidy =
        StatisticsMapping.tidyPeriod("code", "year", PeriodConvention.FINANCIAL_YEAR)
            .withMeasure(MeasureColumn.of("looked after", "n"));
    PlanFormatException e = refusal("code,n\nE09000006,12\n", tidy);
    assertThat(e.problem()).isEqualTo("missing column 'year' that the mapping names as the period");
    assertThat(e.expected().orElseThrow())
        .startsWith("a " + StatisticsShape.TIDY_PERIOD.description() + " with the mapped columns");
  }

  @Test
  void read_headerWithoutAMeasuresSelectionColumn_namesTheMeasure() {
    StatisticsMapping m =
        StatisticsMapping.wide("code", FY2014)
            .withMeasure(MeasureColumn.of("looked after", "n").where("breakdown", "Total"));
    PlanFormatException e = refusal("code,n\nE09000006,12\n", m);
    assertThat(e.problem())
        .isEqualTo(
            "missing column 'breakdown' that the mapping names as the selection of measure"
                + " 'looked after'");
  }

  @Test
  void read_footnoteRow_isLeftOutWithItsFirstNonBlankCellAsText() {
    ReadResult<List<PublishedSeries>> r =
        read("code,n,note\nE09000006,12,\n,,Source: DfE SFR34\n", wide());
    assertThat(r.value()).hasSize(1);
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem()).isEqualTo("row without any value (a footnote?)");
              assertThat(w.text()).isEqualTo("Source: DfE SFR34");
              assertThat(w.location().row()).hasValue(3);
            });
  }

  @Test
  void read_rowWithExtraBlankCells_isRead_butTextBeyondTheHeaderIsRefusedAtItsColumn() {
    assertThat(read("code,n\nE09000006,12,, \n", wide()).value()).hasSize(1);
    PlanFormatException e = refusal("code,n\nE09000006,12,,stray\n", wide());
    assertThat(e.problem()).isEqualTo("row has 4 cells but the header has 2");
    assertThat(e.text()).contains("stray");
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.location().column()).contains("D");
  }

  @Test
  void missingColumn_listsAWholeHeaderOfTwelve_andCutsALongerOneAfterTwelve() {
    qt().forAll(integers().between(1, 30))
        .checkAssert(
            width -> {
              List<String> names =
                  IntStream.rangeClosed(1, width)
                      .mapToObj(i -> "c" + i)
                      .collect(Collectors.toList());
              String csv = String.join(",", names) + "\n" + "1,".repeat(width - 1) + "1\n";
              String expected = refusal(csv, wide()).expected().orElseThrow();
              List<String> shown = new ArrayList<>(names.subList(0, Math.min(12, width)));
              String more = width > 12 ? " and " + (width - 12) + " more" : "";
              assertThat(expected).contains("the header has " + shown + more + ". ");
            });
  }

  @Test
  void emptyValueCell_isAWarningAtTheMeasureColumnNamedByItsHeader() {
    ReadResult<List<PublishedSeries>> r =
        read("code,n,m\nE09000006,,4\n", wide().withMeasure(MeasureColumn.of("placed", "m")));
    ReadWarning w = r.warnings().get(0);
    assertThat(w.problem()).isEqualTo("empty value cell");
    assertThat(w.location().column()).contains("n");
    assertThat(w.location().row()).hasValue(2);
  }
}
