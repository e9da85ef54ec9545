package org.improvementframework.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.TestFiles;
import org.improvementframework.io.table.CsvOptions;
import org.improvementframework.io.table.CsvTables;
import org.improvementframework.io.table.TableReader;
import org.improvementframework.io.table.TableRow;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Reading a table's bytes as a stream gives what reading them held whole gives: the same plan,
 * the same warnings in the same order, or the same error.
 */
class PlanTablesStreamingTest {

  private static final LayoutOptions OPTIONS =
      LayoutOptions.defaults().withReportingDate(LocalDate.of(2016, 7, 31)).withSource("t.csv");

  /** The reading of bytes as it was before the text streamed: text, rows, then the plan. */
  private static ReadResult<ImprovementPlan> heldWhole(byte[] bytes, LayoutOptions options) {
    String source = options.source().orElse(null);
    List<ReadWarning> warnings = new ArrayList<>();
    String text = CsvTables.decode(bytes, null, source, warnings);
    List<TableRow> rows;
    if (options.layout().isEmpty() && FlattenedRows.isFlattened(text)) {
      rows = FlattenedRows.rows(text, source, warnings);
    } else {
      CsvTables.Table table =
          CsvTables.read(text, source, CsvOptions.defaults().withLimits(options.limits()));
      warnings.addAll(table.warnings());
      rows = table.rows();
    }
    ReadResult<ImprovementPlan> r = PlanTables.read(TableReader.of(rows), options);
    warnings.addAll(r.warnings());
    return ReadResult.of(r.value(), warnings);
  }

  private static void assertSameReading(byte[] bytes, LayoutOptions options) {
    Object held;
    try {
      held = heldWhole(bytes, options);
    } catch (RuntimeException e) {
      held = e;
    }
    Object streamed;
    try {
      streamed = PlanTables.read(new ByteArrayInputStream(bytes), options);
    } catch (RuntimeException e) {
      streamed = e;
    }
    if (held instanceof RuntimeException e) {
      assertThat(streamed).isInstanceOf(e.getClass());
      assertThat(((Throwable) streamed).getMessage()).isEqualTo(e.getMessage());
    } else {
      ReadResult<?> h = (ReadResult<?>) held;
      assertThat(streamed).isInstanceOf(ReadResult.class);
      ReadResult<?> s = (ReadResult<?>) streamed;
      assertThat(s.value()).isEqualTo(h.value());
      assertThat(s.warnings()).containsExactlyElementsOf(h.warnings());
    }
  }

  /** A generated table in one of the encodings a council's file comes in. */
  private static Gen<byte[]> encodedTables() {
    return PlanTablesPropertyTest.tables()
        .zip(
            integers().between(0, 4),
            (text, how) -> {
              String t = text.replaceFirst("Area 1", "Área 1");
              return switch (how) {
                case 0 -> t.getBytes(StandardCharsets.UTF_8);
                case 1 -> ("\uFEFF" + t).getBytes(StandardCharsets.UTF_8);
                case 2 -> t.getBytes(Charset.forName("windows-1252"));
                case 3 -> t.replace("\",\"", "\"\t\"").getBytes(StandardCharsets.UTF_8);
                default -> t.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
              };
            });
  }

  @Test
  void read_generatedTablesInAnyEncoding_streamsToTheSamePlanAndWarnings() {
    qt().withExamples(120)
        .forAll(encodedTables())
        .checkAssert(bytes -> assertSameReading(bytes, OPTIONS));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "action-rows.csv",
        "milestone-rows.csv",
        "date-headings.tsv",
        "pdf-extracted.tsv",
        "pdf-flattened-plan.txt"
      })
  void read_councilStyleFiles_streamToTheSamePlanAndWarnings(String name) {
    assertSameReading(TestFiles.bytes("layout/" + name), LayoutOptions.defaults());
  }

  @Test
  void read_tsvWithAQuoteThatSwallowsRows_warnsOnceAndReadsQuotesAsText() {
    String tsv =
        "Plan of Westbrook at July 2016\n"
            + "Ref\tAction\tLead\tDue date\tRAG\tProgress update\n"
            + "Area 1: Front door\n"
            + "1.1\t\"Screen referrals\tAnn Vale\tSep-16\tG\tdone\n"
            + "1.2\tAudit cases\tBo Lind\tDec-16\tA\tstarted\"\n";
    byte[] bytes = tsv.getBytes(StandardCharsets.UTF_8);
    assertSameReading(bytes, OPTIONS);
    ReadResult<ImprovementPlan> r = PlanTables.read(new ByteArrayInputStream(bytes), OPTIONS);
    assertThat(r.warnings())
        .filteredOn(w -> w.action().equals("read every quote of the input as text"))
        .hasSize(1);
  }

  @Test
  void read_brokenBytesUnderAByteOrderMark_isTheSameLocatedError() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', (byte) 0xC3, '\n'};
    assertSameReading(bytes, OPTIONS);
    assertThat(catchThrowable(() -> PlanTables.read(new ByteArrayInputStream(bytes), OPTIONS)))
        .hasMessageContaining("cannot decode the input as UTF-8");
  }

  /** The check as written before it streamed: split on every line break, then match. */
  private static boolean isFlattenedBySplitting(String text) {
    if (text.indexOf('\t') >= 0) {
      return false;
    }
    int references = 0;
    for (String line : text.split("\\R", -1)) {
      if (line.length() <= 12
          && line.matches("\\s*(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\.?\\s*")
          && ++references >= 2) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PIECES = {
    "1.1", "2.3.4.", " 10.1 ", "  1.2.3.  ", "7", "Area 3", "x", "\t", "12.12.12 and more",
    "\n", "\r\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", " "
  };

  @Test
  void isFlattened_streamed_agreesWithSplittingTheWholeText() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 14))
        .checkAssert(
            picks -> {
              StringBuilder sb = new StringBuilder();
              picks.forEach(i -> sb.append(PIECES[i]));
              String text = sb.toString();
              assertThat(FlattenedRows.isFlattened(text))
                  .as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
                  .isEqualTo(isFlattenedBySplitting(text));
            });
  }

  @Test
  void decoding_anyBytes_readsWhatDecodeGivesWithTheSameWarnings() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 40))
        .checkAssert(
            values -> {
              byte[] bytes = new byte[values.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (int) values.get(i);
              }
              List<ReadWarning> whole = new ArrayList<>();
              List<ReadWarning> streamed = new ArrayList<>();
              Object expected;
              try {
                expected = CsvTables.decode(bytes, null, "b.csv", whole);
              } catch (RuntimeException e) {
                expected = e.getMessage();
              }
              Object actual;
              try {
                actual = readAll(CsvTables.decoding(bytes, null, "b.csv", streamed).get());
              } catch (RuntimeException e) {
                actual = e.getMessage();
              }
              assertThat(actual).isEqualTo(expected);
              assertThat(streamed).containsExactlyElementsOf(whole);
            });
  }

  private static String readAll(Reader reader) {
    try (reader) {
      StringBuilder sb = new StringBuilder();
      char[] buffer = new char[64];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        sb.append(buffer, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
