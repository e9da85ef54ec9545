package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boundaries of the shared limits: at a limit accepted, one over refused with the limit named, in
 * each of the counting streams, readers and writers and in {@link Decimals}.
 */
class LimitsEdgeTest {

  private static final InputLocation AT = InputLocation.ofCell("f.csv", 7, "Value");

  @Test
  void defaults_areTheDocumentedValues() {
    InputLimits d = InputLimits.defaults();
    assertThat(d)
        .isEqualTo(InputLimits.of(256L * 1024 * 1024, 1_000_000, 10_000_000, 16_384, 64, 100))
        .isSameAs(InputLimits.defaults());
  }

  @Test
  void withers_changeOneLimitOnly() {
    InputLimits d = InputLimits.defaults();
    assertThat(d.withMaxInputBytes(5))
        .isEqualTo(InputLimits.of(5, 1_000_000, 10_000_000, 16_384, 64, 100));
    assertThat(d.withMaxCellChars(5))
        .isEqualTo(InputLimits.of(256L << 20, 5, 10_000_000, 16_384, 64, 100));
    assertThat(d.withMaxRows(5))
        .isEqualTo(InputLimits.of(256L << 20, 1_000_000, 5, 16_384, 64, 100));
    assertThat(d.withMaxColumns(5))
        .isEqualTo(InputLimits.of(256L << 20, 1_000_000, 10_000_000, 5, 64, 100));
    assertThat(d.withMaxDepth(5))
        .isEqualTo(InputLimits.of(256L << 20, 1_000_000, 10_000_000, 16_384, 5, 100));
    assertThat(d.withMaxNumberChars(5))
        .isEqualTo(InputLimits.of(256L << 20, 1_000_000, 10_000_000, 16_384, 64, 5));
  }

  @Test
  void everyLimit_oneIsAccepted_zeroIsRefusedByName() {
    InputLimits d = InputLimits.defaults();
    List<Function<Long, InputLimits>> withers =
        List.of(
            d::withMaxInputBytes,
            n -> d.withMaxCellChars(n.intValue()),
            d::withMaxRows,
            n -> d.withMaxColumns(n.intValue()),
            n -> d.withMaxDepth(n.intValue()),
            n -> d.withMaxNumberChars(n.intValue()));
    List<String> names =
        List.of(
            "maxInputBytes", "maxCellChars", "maxRows", "maxColumns", "maxDepth", "maxNumberChars");
    for (int i = 0; i < withers.size(); i++) {
      Function<Long, InputLimits> with = withers.get(i);
      assertThat(with.apply(1L)).isNotNull();
      assertThatThrownBy(() -> with.apply(0L))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(names.get(i) + " must be 1 or more, not 0");
    }
  }

  @Test
  void limitedInputStream_readsUpToTheLimit_andRefusesOneByteMore() {
    qt().forAll(integers().between(0, 40), integers().between(1, 40), integers().between(1, 9))
        .check(
            (size, limit, chunk) -> {
              InputStream in =
                  new LimitedInputStream(
                      new ByteArrayInputStream(new byte[size]), limit, "input length", AT);
              try {
                long total = 0;
                byte[] buf = new byte[chunk];
                for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
                  total += n;
                }
                return size <= limit && total == size;
              } catch (InputLimitException e) {
                return size > limit && e.limit() == limit;
              } catch (IOException e) {
                return false;
              }
            });
  }

  @Test
  void limitedInputStream_singleBytesAndSkipsCountToo() throws IOException {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[5]), 3, "bytes", AT);
    assertThat(in.read()).isZero();
    assertThat(in.skip(2)).isEqualTo(2);
    InputLimitException e = catchThrowableOfType(InputLimitException.class, in::read);
    assertThat(e.limit()).isEqualTo(3);
    assertThat(e)
        .hasMessage(
            "input too large: bytes exceeds the limit of 3 at f.csv, row 7, column 'Value'");
    assertThat(e.location()).isEqualTo(AT);

    InputStream empty = new LimitedInputStream(new ByteArrayInputStream(new byte[2]), 2, "b", AT);
    assertThat(empty.read()).isZero();
    assertThat(empty.read()).isZero();
    assertThat(empty.read()).isEqualTo(-1);
    assertThat(empty.read(new byte[4], 0, 4)).isEqualTo(-1);
    assertThat(empty.skip(4)).isZero();
  }

  @Test
  void limitedInputStream_rejectsNullsByName() {
    assertThatThrownBy(() -> new LimitedInputStream(null, 1, "w", AT)).hasMessage("in");
    InputStream in = new ByteArrayInputStream(new byte[0]);
    assertThatThrownBy(() -> new LimitedInputStream(in, 1, null, AT)).hasMessage("what");
    assertThatThrownBy(() -> new LimitedInputStream(in, 1, "w", null)).hasMessage("where");
  }

  @Test
  void limitedReader_readsUpToTheLimit_andRefusesOneCharacterMore() {
    qt().forAll(integers().between(0, 40), integers().between(1, 40), integers().between(1, 9))
        .check(
            (size, limit, chunk) -> {
              Reader in = new LimitedReader(new StringReader("x".repeat(size)), limit, "a.csv");
              try {
                long total = 0;
                char[] buf = new char[chunk];
                for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
                  total += n;
                }
                return size <= limit && total == size;
              } catch (InputLimitException e) {
                return size > limit
                    && e.limit() == limit
                    && e.getMessage()
                        .equals(
                            "input too large: input length in characters exceeds the limit of "
                                + limit
                                + " at a.csv");
              } catch (IOException e) {
                return false;
              }
            });
  }

  @Test
  void limitedReader_remembersWhetherTheLastCharacterWasALineBreak() throws IOException {
    LimitedReader r = new LimitedReader(new StringReader("a\nb\r"), 10, "s");
    assertThat(r.afterLineBreak()).isFalse();
    assertThat(r.read()).isEqualTo('a');
    assertThat(r.afterLineBreak()).isFalse();
    assertThat(r.read()).isEqualTo('\n');
    assertThat(r.afterLineBreak()).isTrue();
    char[] buf = new char[4];
    assertThat(r.read(buf, 1, 1)).isEqualTo(1);
    assertThat(r.afterLineBreak()).isFalse();
    assertThat(r.read(buf, 1, 3)).isEqualTo(1);
    assertThat(r.afterLineBreak()).isTrue();
    assertThat(r.read()).isEqualTo(-1);
    assertThat(r.read(buf, 0, 4)).isEqualTo(-1);
    assertThat(r.afterLineBreak()).isTrue();

    LimitedReader one = new LimitedReader(new StringReader("ab"), 1, "s");
    assertThat(one.read()).isEqualTo('a');
    assertThatThrownBy(one::read).isInstanceOf(InputLimitException.class);
  }

  @Test
  void limitedUtf8_writesUpToTheLimitInBytes_refusesOneMore_andDoesNotCloseTheStream()
      throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream sink =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    LimitedOutput out = LimitedOutput.ofUtf8(sink, 5, "the CSV", "--max-bytes");
    out.write('a');
    out.write(new char[] {'b', '\u00e9'}, 0, 2); // é is two bytes
    out.write('d');
    WriteLimitException e = catchThrowableOfType(WriteLimitException.class, () -> out.write('e'));
    assertThat(e.limit()).isEqualTo(5);
    assertThat(e.option()).isEqualTo("--max-bytes");
    assertThat(e)
        .hasMessage(
            "output too large to be read back: the CSV would exceed the reader's limit of 5;"
                + " raise it with --max-bytes and read with the same options");
    out.flush();
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("ab\u00e9d");
    out.close();
    assertThat(closed[0]).isFalse();

    LimitedOutput euro = LimitedOutput.ofUtf8(new ByteArrayOutputStream(), 2, "x", "o");
    assertThatThrownBy(() -> euro.write("\u20ac")).isInstanceOf(WriteLimitException.class);
  }

  @Test
  void limitedUtf8_aLoneSurrogateFailsToEncode_neverBecomesAQuestionMark() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    LimitedOutput out = LimitedOutput.ofUtf8(sink, 100, "x", "o");
    assertThatThrownBy(() -> out.write("a\uDC00b")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> out.write("\uD83Dx")).isInstanceOf(MalformedInputException.class);
    out.write("\uD83D"); // waits for its low half
    assertThatThrownBy(() -> out.write("y")).isInstanceOf(MalformedInputException.class);
    out.flush();
    assertThat(sink.size()).isZero();
  }

  @Test
  void limitedUtf8_closedWithAHighHalfWaiting_refusesIt_neverDropsItSilently() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    LimitedOutput out = LimitedOutput.ofUtf8(sink, 100, "x", "o");
    out.write("ab\uD83D");
    assertThatThrownBy(out::close).isInstanceOf(MalformedInputException.class);
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("ab");
    out.close(); // the half was refused once; closing again only flushes
  }

  @Test
  void limitedChars_countsEveryWriteMethod() throws IOException {
    boolean[] closed = {false};
    StringWriter sink =
        new StringWriter() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    Writer out = LimitedOutput.ofChars(sink, 6, "the text", "limits");
    out.write('a');
    out.write(new char[] {'b', 'c'}, 0, 2);
    out.write("def", 0, 3);
    assertThatThrownBy(() -> out.write('g')).isInstanceOf(WriteLimitException.class);
    assertThatThrownBy(() -> out.write("g", 0, 1)).isInstanceOf(WriteLimitException.class);
    assertThatThrownBy(() -> out.write(new char[] {'g'}, 0, 1))
        .isInstanceOf(WriteLimitException.class);
    assertThat(sink).hasToString("abcdef");
    out.close();
    assertThat(closed[0]).isFalse();
    assertThatThrownBy(() -> new WriteLimitException(null, 1, "o")).hasMessage("what");
    assertThatThrownBy(() -> new WriteLimitException("w", 1, null)).hasMessage("option");
  }

  @Test
  void decimals_atTheCharacterLimitAccepted_oneOverRefusedWithBothCounts() {
    InputLimits five = InputLimits.defaults().withMaxNumberChars(5);
    assertThat(Decimals.parse("12345", five, AT, "Value")).isEqualByComparingTo("12345");
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> Decimals.parse("123456", five, AT, "Value"));
    assertThat(e.problem()).isEqualTo("number of 6 characters exceeds the limit of 5 characters");
    assertThat(e.location()).isEqualTo(AT);
    assertThat(e.text()).contains("123456");
    assertThat(e.expected())
        .contains("a decimal number with at most 100 digits before and after the decimal point");
  }

  @Test
  void decimals_hundredDigitsEachSideAccepted_oneMoreRefused() {
    String hundred = "9".repeat(100);
    assertThat(Decimals.parse(hundred, InputLimits.defaults().withMaxNumberChars(300), AT, "v"))
        .isEqualByComparingTo(new BigDecimal(hundred));
    assertThat(Decimals.inRange(new BigDecimal(hundred + "." + hundred))).isTrue();
    assertThat(Decimals.inRange(new BigDecimal(hundred + "9"))).isFalse();
    assertThat(Decimals.inRange(new BigDecimal("0." + "0".repeat(100) + "1"))).isFalse();
    assertThat(Decimals.inRange(new BigDecimal("0." + "0".repeat(99) + "1"))).isTrue();
    assertThat(Decimals.inRange(new BigDecimal("1E+99"))).isTrue();
    assertThat(Decimals.inRange(new BigDecimal("1E+100"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e2147483648", "-.5E99999999999", "+7.e-99999999999"})
  void decimals_hugeExponent_isOutOfRangeNotNotANumber(String text) {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> Decimals.parse(text, InputLimits.defaults(), AT, "v"));
    assertThat(e.problem()).isEqualTo("number out of range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e", "e5", "1.2.3", "", "--1", "1e5x"})
  void decimals_garbage_isNotANumber(String text) {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> Decimals.parse(text, InputLimits.defaults(), AT, "v"));
    assertThat(e.problem()).isEqualTo("not a number");
    assertThat(e.field()).contains("v");
  }

  @Test
  void decimals_quoteAtMostFortyCharactersOfTheText() {
    String text = "x".repeat(40);
    PlanFormatException exact =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> Decimals.parse(text, InputLimits.defaults(), AT, null));
    assertThat(exact.text()).contains(text);
    PlanFormatException longer =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> Decimals.parse(text + "yz", InputLimits.defaults(), AT, null));
    assertThat(longer.text()).contains(text + "…");
    assertThat(longer.field()).isEmpty();
  }

  @Test
  void decimals_rejectNullsByName() {
    InputLimits d = InputLimits.defaults();
    assertThatThrownBy(() -> Decimals.parse(null, d, AT, "v")).hasMessage("text");
    assertThatThrownBy(() -> Decimals.parse("1", null, AT, "v")).hasMessage("limits");
    assertThatThrownBy(() -> Decimals.parse("1", d, null, "v")).hasMessage("where");
  }

  @Test
  void ioFailures_nameTheReasonOfEachKindOfFailure() {
    assertThat(IoFailures.reason(new NoSuchFileException("a"))).isEqualTo("no such file or folder");
    assertThat(IoFailures.reason(new AccessDeniedException("a"))).isEqualTo("permission denied");
    assertThat(IoFailures.reason(new NotDirectoryException("a"))).isEqualTo("not a folder");
    assertThat(IoFailures.reason(new DirectoryNotEmptyException("a")))
        .isEqualTo("a folder that is not empty");
    assertThat(IoFailures.reason(new FileSystemException("a", null, "disk full")))
        .isEqualTo("disk full");
    assertThat(IoFailures.reason(new FileSystemException("a"))).isEqualTo("a");
    assertThat(IoFailures.reason(new IOException("broken pipe"))).isEqualTo("broken pipe");
    assertThat(IoFailures.reason(new IOException(" "))).isEqualTo("IOException");
    assertThat(IoFailures.reason(new IOException((String) null))).isEqualTo("IOException");
    assertThatThrownBy(() -> IoFailures.reason(null)).hasMessage("e");
  }

  @Test
  void ioFailures_messagesNameTheFileAndTheReason() {
    Path p = Path.of("plans", "p.csv");
    assertThat(IoFailures.cannotRead(p, new NoSuchFileException("x")))
        .hasMessage("cannot read " + p + ": no such file or folder");
    IOException cause = new AccessDeniedException("x");
    assertThat(IoFailures.cannotWrite(p, cause))
        .hasMessage("cannot write " + p + ": permission denied (the file is unchanged)")
        .hasCause(cause);
  }

  @Test
  void readWarning_toStringShowsLocationTextAndAction() {
    ReadWarning w = ReadWarning.of(AT, "unknown status", "Dunno", "read as not started");
    assertThat(w)
        .hasToString("f.csv, row 7, column 'Value': unknown status 'Dunno': read as not started");
    assertThat(w.source()).contains("f.csv");
    assertThat(w.row()).hasValue(7);
    assertThat(w.column()).contains("Value");
    assertThat(ReadWarning.of(InputLocation.unknown(), "empty row", "", "skipped"))
        .hasToString("empty row: skipped");
    assertThatThrownBy(() -> ReadWarning.of(null, "p", "t", "a")).hasMessage("location");
    assertThatThrownBy(() -> ReadWarning.of(AT, null, "t", "a")).hasMessage("problem");
    assertThatThrownBy(() -> ReadWarning.of(AT, "p", null, "a")).hasMessage("text");
    assertThatThrownBy(() -> ReadWarning.of(AT, "p", "t", null)).hasMessage("action");
  }

  @Test
  void readResult_copiesItsWarnings() {
    ReadWarning w = ReadWarning.of(AT, "p", "t", "a");
    List<ReadWarning> list = new ArrayList<>(List.of(w));
    ReadResult<String> r = ReadResult.of("v", list);
    list.clear();
    assertThat(r.warnings()).containsExactly(w);
    assertThat(r.hasWarnings()).isTrue();
    assertThat(ReadResult.of("v").hasWarnings()).isFalse();
    assertThatThrownBy(() -> ReadResult.of(null)).hasMessage("value");
    assertThatThrownBy(() -> ReadResult.of("v", null)).hasMessage("warnings");
  }
}
