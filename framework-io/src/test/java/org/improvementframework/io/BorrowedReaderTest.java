package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two small stream helpers of the root package: a borrowed reader and a limited file. */
class BorrowedReaderTest {

  @Test
  void close_leavesTheCallersReaderOpen() throws IOException {
    Reader callers = new StringReader("abcdef");
    try (Reader borrowed = new BorrowedReader(callers)) {
      assertThat((char) borrowed.read()).isEqualTo('a');
    }
    // a closed StringReader throws; the caller's reader reads on where the borrower stopped
    assertThat((char) callers.read()).isEqualTo('b');
  }

  @Test
  void borrowedReader_rejectsNull() {
    assertThatThrownBy(() -> new BorrowedReader(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("in");
  }

  @Test
  void limitedFile_largerThanTheLimit_isRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("big.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
    InputLimitException e =
        catchThrowableOfType(
            InputLimitException.class,
            () -> LimitedInputStream.open(file, 7, InputLocation.ofSource("big.csv")));
    assertThat(e.limit()).isEqualTo(7);
    assertThat(e.getMessage()).contains("file size (8 bytes)");
    assertThat(e.location()).isEqualTo(InputLocation.ofSource("big.csv"));
    try (LimitedInputStream in =
        LimitedInputStream.open(file, 8, InputLocation.ofSource("big.csv"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
    }
  }
}
