package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.improvementframework.io.csv.PlanCsv;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.io.statistics.PublishedSeries;
import org.improvementframework.io.statistics.PublishedStatistics;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs across the readers of this package that their own tests do not already cover
 * (see docs/reliability.md for the full list): a 1 GB JSON stream, nesting 10^5 deep, a million
 * empty rows, a 100 MB cell and invalid UTF-8 in published statistics, byte order marks in the
 * middle of a file, and formula-like text in every cell of a CSV.
 */
class HostileInputTest {

  private static final String SAMPLE_JSON = TestFiles.text("sample-plan.json");
  private static final ImprovementPlan SAMPLE = PlanJson.read(SAMPLE_JSON);
  private static final String STATS_HEADER =
      "time_period,time_identifier,geographic_level,country_code,country_name,la_name,"
          + "new_la_code,age,number\n";
  private static final String STATS_ROW =
      "2022,Reporting year,National,E92000001,England,,,All,1\n";

  /** Counts the bytes a reader took, to show it stopped early. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }

  private static String csvHeader(String csv) {
    return csv.substring(0, csv.indexOf("\r\n") + 2);
  }

  private static String csvBody(String csv) {
    return csv.substring(csv.indexOf("\r\n") + 2);
  }

  @Test
  void planJson_oneGigabyteStream_isRefusedAtTheDocumentLimitWithoutReadingItAll() {
    CountingStream in =
        new CountingStream(
            TestFiles.endless(
                "{\"format\": \"improvement-plan\", "
                    + "\"version\": 1, \"plan\": {\"title\": \"t\", \"asAt\": \"2015-03-31\", "
                    + "\"notes\": [\"a\"",
                ",\"note\"",
                1L << 30));
    InputLimitException e =
        catchThrowableOfType(InputLimitException.class, () -> PlanJson.read(in));
    assertThat(e.limit()).isEqualTo(PlanJson.Options.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(in.count).isLessThan(PlanJson.Options.DEFAULT_MAX_DOCUMENT_LENGTH + (1 << 20));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[", "{\"x\": "})
  void planJson_nesting100000Deep_isRefusedAtTheDepthLimitAfterAFewBytes(String opener) {
    CountingStream in =
        new CountingStream(
            TestFiles.endless(
                "{\"format\": \"improvement-plan\", \"version\": 1, \"plan\": {\"title\": \"t\","
                    + " \"asAt\": \"2015-03-31\", \"x\": ",
                opener,
                100 + 100_000L * opener.length()));
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> PlanJson.read(in, PlanJson.Options.defaults().withUnknownFieldsAsWarnings()));
    assertThat(e.getMessage()).contains("nesting depth");
    assertThat(e.limit()).isEqualTo(PlanJson.Options.DEFAULT_MAX_DEPTH);
    assertThat(in.count).isLessThan(64 * 1024);
  }

  @Test
  void planJson_byteOrderMarkThenUtf32LikeBytes_isAFormatErrorNotAnIoError() {
    // Found by PlanJsonFuzzTest (crash-8d7712d7...): Jackson's encoding detection threw a
    // CharConversionException, which left the reader as an UncheckedIOException.
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0, 0, '<', 0, (byte) 0xBF, '?'};
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> PlanJson.read(new ByteArrayInputStream(bytes)));
    assertThat(e.getMessage()).contains("not valid UTF-8");
    assertThat(e.location().line()).hasValue(1);
  }

  @Test
  void planJson_byteOrderMarkBetweenTokens_isAFormatErrorWithItsPlace() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> PlanJson.read(SAMPLE_JSON.replace("\"plan\":", "\uFEFF\"plan\":")));
    assertThat(e.location().line()).isPresent();
    assertThat(e.getMessage()).contains("malformed JSON");
  }

  @Test
  void planJson_byteOrderMarkInsideAString_isKeptAndWrittenBack() {
    ImprovementPlan plan = PlanJson.read(SAMPLE_JSON.replace("Plymouth", "Ply\uFEFFmouth"));
    assertThat(plan.organisation()).hasValueSatisfying(o -> assertThat(o).contains("\uFEFF"));
    assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    assertThat(PlanCsv.read(PlanCsv.write(plan))).isEqualTo(plan);
  }

  @Test
  void planCsv_millionEmptyRows_exceedTheDefaultRowLimit() {
    String csv = PlanCsv.write(SAMPLE);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> PlanCsv.read(csvHeader(csv) + "\r\n".repeat(1_000_000) + csvBody(csv)));
    assertThat(e.getMessage()).contains("row count");
    assertThat(e.limit()).isEqualTo(1_000_000);
  }

  @Test
  void planCsv_tenMillionEmptyRows_areRefusedAtTheRowLimitWithoutReadingThemAll() {
    String header = csvHeader(PlanCsv.write(SAMPLE));
    long rows = 10_000_000;
    CountingStream in = new CountingStream(TestFiles.endless(header, "\r\n", 2 * rows));
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class, () -> PlanCsv.read(in, PlanCsv.Options.defaults()));
    assertThat(e.limit()).isEqualTo(1_000_000);
    // two bytes a row: the reader stopped at the millionth row, a tenth of the way, plus buffers
    assertThat(in.count).isLessThan(header.length() + 2 * 1_000_001L + (1 << 20));
  }

  @Test
  void planCsv_millionRowsOfEmptyCellsUnderARaisedLimit_areSkippedWithAWarningEach() {
    String csv = PlanCsv.write(SAMPLE);
    String emptyCells = ",".repeat(PlanCsv.Column.values().length - 1) + "\r\n";
    ReadResult<ImprovementPlan> result =
        PlanCsv.read(
            csvHeader(csv) + emptyCells.repeat(1_000_000) + csvBody(csv),
            PlanCsv.Options.defaults()
                .withLimits(
                    PlanCsv.Options.DEFAULT_LIMITS
                        .withMaxRows(2_000_000)
                        .withMaxCellChars(1_000_000)
                        .withMaxInputBytes(1L << 30)));
    assertThat(result.value()).isEqualTo(SAMPLE);
    assertThat(result.warnings()).hasSize(1_000_000);
  }

  @Test
  void planCsv_byteOrderMarkAtTheStartOfALaterRow_isAFormatErrorNamingRowAndColumn() {
    String csv = PlanCsv.write(SAMPLE);
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> PlanCsv.read(csvHeader(csv) + "\uFEFF" + csvBody(csv)));
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.getMessage()).contains("'Area'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "'", "=HYPERLINK(\"http://x\")&"})
  void planCsv_formulaLikeTextInEveryCell_isNeutralisedAndReadBackExactly(String prefix)
      throws IOException {
    String escaped = prefix.replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r");
    ImprovementPlan plan =
        PlanJson.read(
            SAMPLE_JSON
                .replace("\"description\": \"", "\"description\": \"" + escaped)
                .replace("\"title\": \"", "\"title\": \"" + escaped)
                .replace("\"organisation\": \"", "\"organisation\": \"" + escaped));
    String csv = PlanCsv.write(plan);

    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    int formulaCells = 0;
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(csv)) {
      for (String[] row : rows.readAll()) {
        for (String cell : row) {
          if (!cell.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(cell.substring(0, 1));
            formulaCells += cell.startsWith("'" + prefix.charAt(0)) ? 1 : 0;
          }
        }
      }
    }
    assertThat(formulaCells).isGreaterThan(10);
    assertThat(PlanCsv.read(csv)).isEqualTo(plan);
  }

  @Test
  void trackerImporter_millionEmptyRows_areRefusedAtTheRowLimit() {
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () ->
                TrackerImporter.read(
                    TestFiles.text("seed-2015.txt") + "\n".repeat(1_000_000),
                    TrackerOptions.defaults()));
    assertThat(e.getMessage()).contains("rows");
    assertThat(e.limit()).isEqualTo(TrackerOptions.DEFAULT_MAX_ROWS);
  }

  @Test
  void trackerImporter_byteOrderMarkInTheMiddle_readsTheSameAreas() {
    String tracker = TestFiles.text("seed-2015.txt");
    int line = tracker.indexOf('\n', tracker.length() / 2) + 1;
    ImprovementPlan plain = TrackerImporter.read(tracker, TrackerOptions.defaults()).value();
    ImprovementPlan marked =
        TrackerImporter.read(
                tracker.substring(0, line) + "\uFEFF" + tracker.substring(line),
                TrackerOptions.defaults())
            .value();
    assertThat(marked.areas()).hasSameSizeAs(plain.areas());
  }

  @Test
  void publishedStatistics_millionEmptyRows_areSkipped() {
    byte[] csv =
        (STATS_HEADER + "\n".repeat(1_000_000) + STATS_ROW).getBytes(StandardCharsets.UTF_8);
    List<PublishedSeries> series =
        PublishedStatistics.read(
                new ByteArrayInputStream(csv), PublishedStatistics.Options.defaults())
            .value();
    assertThat(series).singleElement().satisfies(s -> assertThat(s.observations()).hasSize(1));
  }

  @Test
  void publishedStatistics_hundredMegabyteCell_isRefusedAtTheCellLimit() {
    CountingStream in =
        new CountingStream(TestFiles.endless(STATS_HEADER + "\"", "a", 100L * 1024 * 1024));
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> PublishedStatistics.read(in, PublishedStatistics.Options.defaults()));
    assertThat(e.getMessage()).contains("cell length");
    assertThat(e.location().row()).hasValue(2);
    assertThat(e.limit()).isEqualTo(PlanCsv.Options.DEFAULT_MAX_CELL_LENGTH);
    // refused at the one-million-character cell limit, about 1% of the stream, plus buffers
    assertThat(in.count).isLessThan(PlanCsv.Options.DEFAULT_MAX_CELL_LENGTH + (1L << 20));
  }

  @Test
  void publishedStatistics_invalidUtf8_isAFormatError() {
    byte[] windows1252 =
        (STATS_HEADER + STATS_ROW.replace("England", "Engl\u00e9nd"))
            .getBytes(Charset.forName("windows-1252"));
    assertThat(
            catchThrowableOfType(
                PlanFormatException.class,
                () ->
                    PublishedStatistics.read(
                        new ByteArrayInputStream(windows1252),
                        PublishedStatistics.Options.defaults())))
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void publishedStatistics_byteOrderMarkAtTheStartOfARow_isAFormatErrorNamingTheRow() {
    byte[] csv = (STATS_HEADER + "\uFEFF" + STATS_ROW).getBytes(StandardCharsets.UTF_8);
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () ->
                PublishedStatistics.read(
                    new ByteArrayInputStream(csv), PublishedStatistics.Options.defaults()));
    assertThat(e.location().row()).hasValue(2);
  }
}
