package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.Utf8CheckingInputStream;
import org.improvementframework.model.ImprovementPlan;

/**
 * The one path on which {@link PlanJson} reads every input: it opens a parser through the
 * input's {@link Opening} (each {@code PlanJson.read} overload says how its input opens), skips a
 * byte order mark of a byte stream with a warning, and turns the parser's failures into located,
 * typed errors: a limit exceeded, bytes that are not UTF-8, a truncated or malformed document.
 */
final class PlanJsonInput {

  private PlanJsonInput() {}

  /** Opens a parser on an input, adding a warning for what it skips at the start. */
  @FunctionalInterface
  interface Opening {
    JsonParser open(List<ReadWarning> warnings) throws IOException;
  }

  static ReadResult<ImprovementPlan> read(PlanJson.Options o, Opening opening) {
    Objects.requireNonNull(o, "options");
    List<ReadWarning> warnings = new ArrayList<>();
    try {
      return parse(opening.open(warnings), o, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonParser openBytes(InputStream in, PlanJson.Options o, List<ReadWarning> w)
      throws IOException {
    InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
    skipBom(buffered, o, w);
    try {
      return o.factory().createParser(new Utf8CheckingInputStream(buffered));
    } catch (CharConversionException e) {
      // Jackson's encoding detection refuses bytes after a UTF-8 byte order mark that look
      // like UTF-32 (found by fuzzing): bad input, not a failing stream.
      throw PlanFormatException.builder("input is not valid UTF-8")
          .at(start(o))
          .expected("UTF-8 text")
          .cause(e)
          .build();
    }
  }

  private static ReadResult<ImprovementPlan> parse(
      JsonParser p, PlanJson.Options o, List<ReadWarning> warnings) throws IOException {
    try (JsonParser parser = p) {
      JsonCursor.Unknown unknown =
          o.unknownFieldsAsWarnings() ? JsonCursor.Unknown.WARN : JsonCursor.Unknown.ERROR;
      PlanJsonReader reader =
          new PlanJsonReader(parser, o.sourceName(), unknown, warnings, o.limits());
      try {
        ImprovementPlan plan = reader.readDocument(false);
        if (parser.nextToken() != null) {
          throw PlanFormatException.builder("unexpected content after the plan document")
              .at(reader.location())
              .expected("the end of input")
              .build();
        }
        return ReadResult.of(plan, warnings);
      } catch (StreamConstraintsException e) {
        throw tooLarge(e, o.limits(), reader.location());
      } catch (Utf8CheckingInputStream.Malformed e) {
        throw notUtf8("text, or an overlong or surrogate form?)", at(e, parser, reader), e);
      } catch (JsonEOFException e) {
        throw PlanFormatException.builder("unexpected end of input (is the file truncated?)")
            .at(reader.location())
            .expected("the rest of the document")
            .cause(e)
            .build();
      } catch (CharConversionException e) {
        throw notUtf8("text?)", reader.location(), e);
      } catch (JsonParseException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("UTF-8")) {
          throw notUtf8("text?)", reader.location(), e);
        }
        throw PlanFormatException.builder("malformed JSON: " + m)
            .at(reader.location())
            .expected("well-formed JSON")
            .cause(e)
            .build();
      } catch (JsonProcessingException e) {
        throw PlanFormatException.builder("cannot read JSON: " + e.getOriginalMessage())
            .at(reader.location())
            .cause(e)
            .build();
      }
    }
  }

  /**
   * Locates a bad byte sequence by the parser's own line and column, which the parser keeps
   * anyway, so that the checking stream need not count lines too. When the stream refuses a
   * read, the parser has consumed every byte it was given but perhaps the start of the sequence
   * (no line ends between), and Jackson moves its offset and column together as it asks for
   * more; the distance from its offset to the sequence's is the same on the line.
   */
  private static InputLocation at(
      Utf8CheckingInputStream.Malformed e, JsonParser parser, PlanJsonReader reader) {
    JsonLocation now = parser.currentLocation();
    long column = now.getColumnNr() + e.byteOffset() - now.getByteOffset();
    return reader.location().toBuilder()
        .line(Math.max(0, now.getLineNr()))
        .lineColumn((int) Math.max(0, column))
        .build();
  }

  /** Names the limit Jackson's message speaks of; it already says "exceeds the maximum". */
  private static InputLimitException tooLarge(
      StreamConstraintsException e, InputLimits limits, InputLocation where) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("Document length")) {
      return new InputLimitException("document length", limits.maxInputBytes(), where, e);
    }
    if (m.contains("nesting depth")) {
      return new InputLimitException("nesting depth", limits.maxDepth(), where, e);
    }
    if (m.contains("String value length")) {
      return new InputLimitException("string length", limits.maxCellChars(), where, e);
    }
    if (m.contains("Number value length")) {
      return new InputLimitException("number length", limits.maxNumberChars(), where, e);
    }
    if (m.contains("Name length")) {
      return new InputLimitException(
          "field name length", PlanJson.Options.MAX_NAME_LENGTH, where, e);
    }
    return new InputLimitException("input", PlanJson.Options.MAX_NAME_LENGTH, where, e);
  }

  private static PlanFormatException notUtf8(String tail, InputLocation where, Exception e) {
    return PlanFormatException.builder(
            "input is not valid UTF-8 (is it Windows-1252 or Latin-1 " + tail)
        .at(where)
        .expected("UTF-8 text")
        .cause(e)
        .build();
  }

  private static void skipBom(InputStream in, PlanJson.Options o, List<ReadWarning> warnings)
      throws IOException {
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      warnings.add(bomWarning(o));
      return;
    }
    in.reset();
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0) {
      throw PlanFormatException.builder("input is UTF-16 or UTF-32, not UTF-8")
          .at(start(o))
          .expected("UTF-8 text")
          .build();
    }
  }

  static ReadWarning bomWarning(PlanJson.Options o) {
    return ReadWarning.of(start(o), "byte order mark at the start of the input", "", "skipped it");
  }

  private static InputLocation start(PlanJson.Options o) {
    return InputLocation.builder().source(o.sourceName()).line(1).lineColumn(1).build();
  }
}
