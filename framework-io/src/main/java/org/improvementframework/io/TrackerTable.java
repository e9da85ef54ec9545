package org.improvementframework.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads bytes or characters into rows of cells, within the limits of the options; the first
 * step of the tracker importer.
 */
final class TrackerTable {

  /** One row of the input: the line it starts on and its cells. */
  record Row(int line, List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    boolean isBlank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TrackerTable() {}

  static byte[] readBytes(InputStream in, TrackerOptions options, String source) {
    long max = options.maxBytes();
    try {
      byte[] buffer = new byte[8192];
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      long total = 0;
      int n;
      while ((n = in.read(buffer)) >= 0) {
        total += n;
        if (total > max) {
          throw new InputLimitException("the input size (more than " + max + " bytes)", max,
              InputLocation.ofSource(source), null);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tracker input" + (source == null ? "" : " " + source) + ": " + e.getMessage(),
          e);
    }
  }

  static String readChars(Reader in, TrackerOptions options, String source) {
    long max = options.maxBytes();
    try {
      StringBuilder sb = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (sb.length() + (long) n > max) {
          throw new InputLimitException("the input size (more than " + max + " characters)", max,
              InputLocation.ofSource(source), null);
        }
        sb.append(buffer, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tracker input" + (source == null ? "" : " " + source) + ": " + e.getMessage(),
          e);
    }
  }

  /** Decodes bytes: a BOM decides; else the option's charset, else UTF-8 or Windows-1252. */
  static String decode(byte[] bytes, TrackerOptions options, String source,
      List<ReadWarning> warnings) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8, source);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE, source);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE, source);
    }
    if (options.charset().isPresent()) {
      return strict(bytes, options.charset().get(), source);
    }
    try {
      return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      int line = 1;
      for (int i = 0; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      warnings.add(ReadWarning.of(InputLocation.builder().source(source).line(line).build(),
          "bytes are not valid UTF-8, first at byte " + bad, "",
          "read the whole input as Windows-1252; set TrackerOptions.charset to choose another"));
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static String strict(byte[] bytes, Charset charset, String source) {
    try {
      return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw PlanFormatException.builder("cannot decode the input as " + charset.name())
          .at(InputLocation.ofSource(source)).expected("text in " + charset.name()
              + " (set TrackerOptions.charset to the file's encoding)")
          .cause(e).build();
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2
          : b >= 0xF0 && b < 0xF5 ? 3 : -1;
      if (extra < 0 || i + extra >= bytes.length) {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return bytes.length;
  }

  /** Splits text into rows of cells; quotes as in RFC 4180. */
  static List<Row> rows(String input, TrackerOptions options, String source,
      List<ReadWarning> warnings) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw PlanFormatException.builder("the input contains a NUL character, so it is not text")
          .at(InputLocation.builder().source(source).line(lineOf(text, nul)).build())
          .expected("a CSV or tab-separated text export (a binary spreadsheet must be exported "
              + "first)").build();
    }
    char delimiter = options.delimiter().orElseGet(() -> detectDelimiter(text));
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int i = 0;
    int n = text.length();
    boolean atCellStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (atCellStart && c == '"') {
        int end = closingQuote(text, i + 1);
        boolean quoted = end >= 0 && (end + 1 == n || text.charAt(end + 1) == delimiter
            || text.charAt(end + 1) == '\n' || text.charAt(end + 1) == '\r');
        if (end < 0 && delimiter == ',') {
          throw PlanFormatException.builder("unterminated quoted cell (is the file truncated?)")
              .at(InputLocation.ofCell(source, rowLine, "#" + (cells.size() + 1)))
              .text(text.substring(i, Math.min(n, i + 60)))
              .expected("a closing quote before the end of the input").build();
        }
        if (quoted) {
          for (int k = i + 1; k < end; k++) {
            char q = text.charAt(k);
            if (q == '"') {
              k++;
            } else if (q == '\n' || (q == '\r' && (k + 1 >= end || text.charAt(k + 1) != '\n'))) {
              line++;
            }
            cell.append(q);
            checkCell(cell, options, source, rowLine, cells.size());
          }
          i = end + 1;
          atCellStart = false;
          continue;
        }
        if (end < 0) {
          warnings.add(ReadWarning.of(InputLocation.ofCell(source, rowLine,
              "#" + (cells.size() + 1)), "a cell opens a quote that is never closed",
              text.substring(i, Math.min(n, i + 60)), "kept the quote as text"));
        }
      }
      atCellStart = false;
      if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        atCellStart = true;
        i++;
      } else if (c == '\n' || c == '\r') {
        cells.add(cell.toString());
        cell.setLength(0);
        rows.add(new Row(rowLine, List.copyOf(cells)));
        if (rows.size() > options.maxRows()) {
          throw new InputLimitException("the number of rows", options.maxRows(),
              InputLocation.builder().source(source).line(rowLine).build(), null);
        }
        cells.clear();
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        rowLine = line;
        atCellStart = true;
      } else {
        cell.append(c);
        checkCell(cell, options, source, rowLine, cells.size());
        i++;
      }
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(rowLine, List.copyOf(cells)));
      if (rows.size() > options.maxRows()) {
        throw new InputLimitException("the number of rows", options.maxRows(),
            InputLocation.builder().source(source).line(rowLine).build(), null);
      }
    }
    return rows;
  }

  private static void checkCell(StringBuilder cell, TrackerOptions options, String source,
      int row, int column) {
    if (cell.length() > options.maxCellChars()) {
      throw new InputLimitException("the characters of one cell", options.maxCellChars(),
          InputLocation.ofCell(source, row, "#" + (column + 1)), null);
    }
  }

  private static int closingQuote(String text, int from) {
    int i = from;
    while (i < text.length()) {
      if (text.charAt(i) == '"') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return -1;
  }

  /**
   * Tab if tabs are at least half as common as commas over the first lines: prose cells of a
   * tab-separated export are full of commas, while a CSV has tabs only by accident.
   */
  private static char detectDelimiter(String text) {
    int end = Math.min(text.length(), 256 * 1024);
    int lines = 0;
    int withTab = 0;
    int withComma = 0;
    boolean tab = false;
    boolean comma = false;
    for (int i = 0; i < end && lines < 200; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        tab = true;
      } else if (c == ',') {
        comma = true;
      } else if (c == '\n') {
        withTab += tab ? 1 : 0;
        withComma += comma ? 1 : 0;
        tab = false;
        comma = false;
        lines++;
      }
    }
    withTab += tab ? 1 : 0;
    withComma += comma ? 1 : 0;
    return withTab > 0 && withTab * 2 >= withComma ? '\t' : ',';
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
