package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.improvementframework.model.casework.Referral;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs for the case-record readers: huge cells, a million rows, bytes that are not
 * UTF-8 and byte order marks in the middle of a file. Each is refused having read a bounded
 * part of the input, or read in bounded memory, and no message holds the child's id.
 */
class CaseRecordReaderHostileInputTest {

  /** A recognisable id that must never reach a message. */
  private static final String ID = "JaneDoe-NHS4857773456";

  private static final String HEADER = "child_id,referral_date\n";

  /**
   * The parser's limit of one string (Jackson's {@code StreamReadConstraints}): a longer cell is
   * refused by then, whatever the machine's speed.
   */
  private static final long STRING_LIMIT = 20_000_000;

  @Test
  void readAll_millionRowsOfEmptyCells_reportsEachRowInBoundedMemory() {
    // Regression: each skipped row kept a stack trace, and a million of them exhausted a 2 GB heap.
    CaseRecordReadResult<Referral> result =
        CaseRecordReader.REFERRALS.readAll(
            new StringReader(HEADER + ",\n".repeat(1_000_000) + "A1,2024-01-01\n"), "extract.csv");
    assertThat(result.records()).containsExactly(new Referral("A1", LocalDate.of(2024, 1, 1)));
    assertThat(result.problems()).hasSize(1_000_000);
    assertThat(result.problems().get(0).row()).isEqualTo(2);
    assertThat(result.problems().get(999_999).row()).isEqualTo(1_000_001);
    // what bounds the memory: no problem holds a stack trace
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.getStackTrace()).isEmpty());
  }

  @Test
  void readAll_millionEmptyLines_areSkipped() {
    CaseRecordReadResult<Referral> result =
        CaseRecordReader.REFERRALS.readAll(
            new StringReader(HEADER + "\n".repeat(1_000_000) + "A1,2024-01-01\n"), "extract.csv");
    assertThat(result.records()).containsExactly(new Referral("A1", LocalDate.of(2024, 1, 1)));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readAll_hundredMegabyteCell_isRefusedEarlyWithoutTheText() {
    long[] position = {0};
    InputStream huge =
        new InputStream() {
          private final byte[] head = (HEADER + "\"" + ID).getBytes(StandardCharsets.UTF_8);

          @Override
          public int read() {
            long p = position[0]++;
            return p >= 100L * 1024 * 1024 ? -1 : p < head.length ? head[(int) p] : 'x';
          }
        };
    CaseRecordFormatException e =
        catchThrowableOfType(
            CaseRecordFormatException.class,
            () ->
                CaseRecordReader.REFERRALS.readAll(
                    new InputStreamReader(huge, StandardCharsets.UTF_8), "extract.csv"));
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.getMessage()).doesNotContain(ID).doesNotContain("xxxx");
    assertThat(e.getCause()).isNull();
    // refused at the parser's string limit, a fifth of the stream, plus the decoder's buffers
    assertThat(position[0]).isLessThan(STRING_LIMIT + (1 << 20));
  }

  @Test
  void readAll_invalidUtf8UnderAStrictDecoder_isUncheckedIoWithoutTheText() {
    byte[] windows1252 =
        (HEADER + ID + "\u00e9,2024-01-01\n").getBytes(Charset.forName("windows-1252"));
    UncheckedIOException e =
        catchThrowableOfType(
            UncheckedIOException.class,
            () ->
                CaseRecordReader.REFERRALS.readAll(
                    new InputStreamReader(
                        new ByteArrayInputStream(windows1252), StandardCharsets.UTF_8.newDecoder()),
                    "extract.csv"));
    assertThat(e.getMessage()).contains("extract.csv").doesNotContain(ID);
    assertThat(e.getCause().getMessage()).doesNotContain(ID);
  }

  @Test
  void readAll_invalidUtf8UnderALenientDecoder_keepsTheRowWithReplacementCharacters() {
    byte[] windows1252 =
        (HEADER + ID + "\u00e9,2024-01-01\n").getBytes(Charset.forName("windows-1252"));
    List<Referral> records =
        CaseRecordReader.REFERRALS
            .readAll(
                new InputStreamReader(
                    new ByteArrayInputStream(windows1252), StandardCharsets.UTF_8),
                "extract.csv")
            .recordsOrThrow();
    assertThat(records).containsExactly(new Referral(ID + "\uFFFD", LocalDate.of(2024, 1, 1)));
  }

  @Test
  void readAll_byteOrderMarkInTheMiddle_isKeptInAnIdAndRefusedInADate() {
    CaseRecordReadResult<Referral> result =
        CaseRecordReader.REFERRALS.readAll(
            new StringReader(HEADER + "\uFEFFA1,2024-01-01\n" + ID + ",\uFEFF2024-01-02\n"),
            "extract.csv");
    assertThat(result.records())
        .containsExactly(new Referral("\uFEFFA1", LocalDate.of(2024, 1, 1)));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("referral_date");
              assertThat(p.getMessage()).doesNotContain(ID).doesNotContain("2024-01-02");
            });
  }
}
