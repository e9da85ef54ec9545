package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.AtomicFiles;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.IoFailures;
import org.improvementframework.io.LimitedOutput;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.Utf8CheckingInputStream;
import org.improvementframework.io.WriteLimitException;
import org.improvementframework.model.ImprovementPlan;

/**
 * Reads and writes improvement plans in the library's canonical JSON format, version 1: a
 * document {@code {"format": "improvement-plan", "version": 1, "plan": {...}}}, described by the
 * JSON Schema {@value #SCHEMA_RESOURCE} shipped in this jar.
 *
 * <p>Writing is deterministic: keys in the documented order, two-space indentation, UTF-8 without
 * a byte order mark, one newline at the end. Reading then writing a document this class wrote
 * gives the same bytes. Reading keeps every field the format defines; an unknown field is an error
 * naming its JSON path, unless {@link Options#withUnknownFieldsAsWarnings()} is chosen, in which
 * case it is skipped and reported as a {@link ReadWarning}. A missing required field, a value of
 * the wrong type, a date or reference that cannot be read, and a plan that breaks the model's
 * invariants are all a {@link PlanFormatException} naming the JSON path, the line and column, the
 * text and what was expected; input beyond the {@link Options limits} is an
 * {@link InputLimitException}; a failure of the underlying stream is an
 * {@link UncheckedIOException}.
 *
 * <pre>{@code
 * ImprovementPlan plan = PlanJson.read(Path.of("plan.json"));
 * PlanJson.write(plan, Path.of("copy.json"));
 * ReadResult<ImprovementPlan> lenient =
 *     PlanJson.read(Path.of("newer.json"),
 *         PlanJson.Options.defaults().withUnknownFieldsAsWarnings());
 * }</pre>
 *
 * <p>Methods taking streams, readers and writers do not close them. This class is thread-safe.
 */
public final class PlanJson {

  /** The class-path resource of the JSON Schema (draft 2020-12) of version 1 of the format. */
  public static final String SCHEMA_RESOURCE =
      "/org/improvementframework/io/improvement-plan-1.schema.json";

  private static final String MAX_DOCUMENT_OPTION = "PlanJson.Options.withMaxDocumentLength";

  private static final JsonFactory WRITE_FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private PlanJson() {}

  /**
   * Opens the JSON Schema (draft 2020-12) of version 1 of the format, shipped in this jar as
   * {@value #SCHEMA_RESOURCE}. The caller closes the stream.
   *
   * @return a stream of the schema's UTF-8 bytes; not null
   * @throws UncheckedIOException if the resource is missing from the jar
   */
  public static InputStream openSchema() {
    InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new FileNotFoundException(SCHEMA_RESOURCE));
    }
    return in;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a plan from a JSON document in a string, strictly.
   *
   * @param json the document; not null
   * @return the plan; not null
   * @throws NullPointerException if {@code json} is null
   * @throws PlanFormatException if the document is not a valid plan, naming where and why
   */
  public static ImprovementPlan read(String json) {
    return read(json, Options.defaults()).value();
  }

  /**
   * Reads a plan from a JSON document in a string.
   *
   * @param json the document; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the document is not a valid plan, naming where and why
   */
  public static ReadResult<ImprovementPlan> read(String json, Options options) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(options, "options");
    if (json.length() > options.maxDocumentLength) {
      throw new InputLimitException(
          "document length " + json.length() + " characters",
          options.maxDocumentLength,
          InputLocation.ofSource(options.source),
          null);
    }
    List<ReadWarning> warnings = new ArrayList<>();
    String text = stripBom(json, options, warnings);
    try {
      return parse(options.factory().createParser(text), options, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a plan from a UTF-8 byte stream, strictly. The stream is not closed.
   *
   * @param in the stream; not null
   * @return the plan; not null
   * @throws NullPointerException if {@code in} is null
   * @throws PlanFormatException if the input is not a valid plan, naming where and why
   * @throws UncheckedIOException if the stream fails
   */
  public static ImprovementPlan read(InputStream in) {
    return read(in, Options.defaults()).value();
  }

  /**
   * Reads a plan from a UTF-8 byte stream. A UTF-8 byte order mark is skipped with a warning; a
   * UTF-16 or UTF-32 one is an error. The stream is not closed.
   *
   * @param in the stream; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the input is not a valid plan, naming where and why
   * @throws UncheckedIOException if the stream fails
   */
  public static ReadResult<ImprovementPlan> read(InputStream in, Options options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    List<ReadWarning> warnings = new ArrayList<>();
    try {
      InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
      skipBom(buffered, options, warnings);
      JsonParser parser;
      try {
        parser = options.factory().createParser(new Utf8CheckingInputStream(buffered));
      } catch (CharConversionException e) {
        // Jackson's encoding detection refuses bytes after a UTF-8 byte order mark that look
        // like UTF-32 (found by fuzzing): bad input, not a failing stream.
        throw PlanFormatException.builder("input is not valid UTF-8")
            .at(InputLocation.builder().source(options.source).line(1).lineColumn(1).build())
            .expected("UTF-8 text")
            .cause(e)
            .build();
      }
      return parse(parser, options, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a plan from a character stream, strictly. The reader is not closed.
   *
   * @param reader the reader; not null
   * @return the plan; not null
   * @throws NullPointerException if {@code reader} is null
   * @throws PlanFormatException if the input is not a valid plan, naming where and why
   * @throws UncheckedIOException if the reader fails
   */
  public static ImprovementPlan read(Reader reader) {
    return read(reader, Options.defaults()).value();
  }

  /**
   * Reads a plan from a character stream. The reader is not closed.
   *
   * @param reader the reader; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the input is not a valid plan, naming where and why
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult<ImprovementPlan> read(Reader reader, Options options) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(options, "options");
    List<ReadWarning> warnings = new ArrayList<>();
    try {
      Reader r = reader.markSupported() ? reader : new BufferedReader(reader);
      r.mark(1);
      int first = r.read();
      if (first == '\uFEFF') {
        warnings.add(bomWarning(options));
      } else {
        r.reset();
      }
      return parse(options.factory().createParser(r), options, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a plan from a UTF-8 file, strictly. A file larger than the default document limit is
   * rejected before it is read.
   *
   * @param path the file; not null
   * @return the plan; not null
   * @throws NullPointerException if {@code path} is null
   * @throws PlanFormatException if the file is not a valid plan, naming where and why
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ImprovementPlan read(Path path) {
    return read(path, Options.defaults()).value();
  }

  /**
   * Reads a plan from a UTF-8 file. Messages name the file unless the options name a source.
   *
   * @param path the file; not null
   * @param options the options; not null
   * @return the plan and the warnings; not null
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if the file is not a valid plan, naming where and why
   * @throws InputLimitException if the file is larger than the document limit
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult<ImprovementPlan> read(Path path, Options options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Options o =
        options.source == null ? options.withSource(String.valueOf(path.getFileName())) : options;
    try {
      long size = Files.size(path);
      if (size > o.maxDocumentLength) {
        throw new InputLimitException(
            "file size " + size + " bytes",
            o.maxDocumentLength,
            InputLocation.ofSource(o.source),
            null);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, o);
      }
    } catch (IOException e) {
      throw IoFailures.cannotRead(path, e);
    }
  }

  private static ReadResult<ImprovementPlan> parse(
      JsonParser p, Options o, List<ReadWarning> warnings) throws IOException {
    try (JsonParser parser = p) {
      PlanJsonReader reader =
          new PlanJsonReader(
              parser,
              o.source,
              o.unknownAsWarnings ? PlanJsonReader.Unknown.WARN : PlanJsonReader.Unknown.ERROR,
              warnings);
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
        throw new InputLimitException(o.whatOf(e), o.limitOf(e), reader.location(), e);
      } catch (Utf8CheckingInputStream.Malformed e) {
        InputLocation where =
            reader.location().toBuilder().line(e.line()).lineColumn(e.column()).build();
        throw PlanFormatException.builder(
                "input is not valid UTF-8 (is it Windows-1252 or "
                    + "Latin-1 text, or an overlong or surrogate form?)")
            .at(where)
            .expected("UTF-8 text")
            .cause(e)
            .build();
      } catch (JsonEOFException e) {
        throw PlanFormatException.builder("unexpected end of input (is the file truncated?)")
            .at(reader.location())
            .expected("the rest of the document")
            .cause(e)
            .build();
      } catch (CharConversionException e) {
        throw notUtf8(reader, e);
      } catch (JsonParseException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("UTF-8")) {
          throw notUtf8(reader, e);
        }
        throw PlanFormatException.builder("malformed JSON: " + e.getOriginalMessage())
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

  private static PlanFormatException notUtf8(PlanJsonReader reader, IOException e) {
    return PlanFormatException.builder(
            "input is not valid UTF-8 (is it Windows-1252 or " + "Latin-1 text?)")
        .at(reader.location())
        .expected("UTF-8 text")
        .cause(e)
        .build();
  }

  private static void skipBom(InputStream in, Options o, List<ReadWarning> warnings)
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
          .at(InputLocation.builder().source(o.source).line(1).lineColumn(1).build())
          .expected("UTF-8 text")
          .build();
    }
  }

  private static String stripBom(String s, Options o, List<ReadWarning> warnings) {
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      warnings.add(bomWarning(o));
      return s.substring(1);
    }
    return s;
  }

  private static ReadWarning bomWarning(Options o) {
    return ReadWarning.of(
        InputLocation.builder().source(o.source).line(1).lineColumn(1).build(),
        "byte order mark at the start of the input",
        "",
        "skipped it");
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a plan as a JSON document to a string.
   *
   * @param plan the plan; not null
   * @return the document, ending with a newline; not null
   * @throws NullPointerException if {@code plan} is null
   */
  public static String write(ImprovementPlan plan) {
    StringWriter w = new StringWriter();
    write(plan, w);
    return w.toString();
  }

  /**
   * Writes a plan as a UTF-8 JSON document to a byte stream. The stream is flushed, not closed.
   *
   * @param plan the plan; not null
   * @param out the stream; not null
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(ImprovementPlan plan, OutputStream out) {
    write(plan, out, Options.defaults());
  }

  /**
   * Writes a plan as a UTF-8 JSON document to a byte stream, refusing what a reader with the
   * given options would refuse. The stream is flushed, not closed.
   *
   * @param plan the plan; not null
   * @param out the stream; not null
   * @param options the options whose limits the document must keep; not null
   * @throws NullPointerException if an argument is null
   * @throws WriteLimitException if the document would exceed the options' document or string
   *     limit; part of it may have been written
   * @throws IllegalArgumentException if a text of the plan holds a lone surrogate
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(ImprovementPlan plan, OutputStream out, Options options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    OutputStream limited =
        new LimitedOutput.Bytes(
            out, options.maxDocumentLength, "JSON document length in bytes", MAX_DOCUMENT_OPTION);
    try (JsonGenerator g = WRITE_FACTORY.createGenerator(limited, JsonEncoding.UTF8)) {
      writeTo(plan, new CheckedJsonGenerator(g, options.maxStringLength));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a plan as a JSON document to a character stream. The writer is flushed, not closed.
   *
   * @param plan the plan; not null
   * @param writer the writer; not null
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(ImprovementPlan plan, Writer writer) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(writer, "writer");
    Options o = Options.defaults();
    Writer limited =
        new LimitedOutput.Chars(
            writer, o.maxDocumentLength, "JSON document length in characters", MAX_DOCUMENT_OPTION);
    try (JsonGenerator g = WRITE_FACTORY.createGenerator(limited)) {
      writeTo(plan, new CheckedJsonGenerator(g, o.maxStringLength));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a plan as a UTF-8 JSON document to a file, replacing it if it exists. The file is
   * written whole or not at all ({@link AtomicFiles}): on any failure it is left as it was.
   *
   * @param plan the plan; not null
   * @param path the file; not null
   * @throws NullPointerException if an argument is null
   * @throws WriteLimitException if the document would exceed the default read limits
   * @throws IllegalArgumentException if a text of the plan holds a lone surrogate
   * @throws UncheckedIOException if the file cannot be written, giving the reason
   */
  public static void write(ImprovementPlan plan, Path path) {
    write(plan, path, Options.defaults());
  }

  /**
   * Writes a plan as a UTF-8 JSON document to a file, replacing it if it exists, refusing what
   * a reader with the given options would refuse. The file is written whole or not at all.
   *
   * @param plan the plan; not null
   * @param path the file; not null
   * @param options the options whose limits the document must keep; not null
   * @throws NullPointerException if an argument is null
   * @throws WriteLimitException if the document would exceed the options' limits
   * @throws IllegalArgumentException if a text of the plan holds a lone surrogate
   * @throws UncheckedIOException if the file cannot be written, giving the reason
   */
  public static void write(ImprovementPlan plan, Path path, Options options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    try {
      AtomicFiles.write(path, out -> write(plan, out, options));
    } catch (IOException e) {
      throw IoFailures.cannotWrite(path, e);
    } catch (UncheckedIOException e) {
      throw e.getCause() != null ? IoFailures.cannotWrite(path, e.getCause()) : e;
    }
  }

  private static void writeTo(ImprovementPlan plan, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(PlanJsonWriter.prettyPrinter());
    PlanJsonWriter.writeDocument(plan, g);
    g.writeRaw('\n');
  }

  // ---------------------------------------------------------------- options

  /**
   * How {@link PlanJson} reads: the source name for messages, what to do with unknown fields,
   * and the limits that protect against hostile or mistaken input.
   *
   * <p>The defaults: unknown fields are errors; at most {@value #DEFAULT_MAX_DOCUMENT_LENGTH}
   * bytes (or characters) in a document, nesting at most {@value #DEFAULT_MAX_DEPTH} deep, at most
   * {@value #DEFAULT_MAX_STRING_LENGTH} characters in one string and
   * {@value #DEFAULT_MAX_NUMBER_LENGTH} in one number. A plan of 100,000 milestones takes about
   * 40 MB; raise the document limit for larger generated plans.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Options {

    /** The default largest document, in bytes or characters: 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** The default deepest nesting of objects and lists; the format needs ten. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** The default longest string, in characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

    /** The default longest number, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    private static final Options DEFAULTS =
        new Options(
            null, false, DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH);

    private final String source;
    private final boolean unknownAsWarnings;
    private final long maxDocumentLength;
    private final int maxDepth;
    private final int maxStringLength;
    private final JsonFactory factory;

    private Options(
        String source,
        boolean unknownAsWarnings,
        long maxDocumentLength,
        int maxDepth,
        int maxStringLength) {
      this.source = source;
      this.unknownAsWarnings = unknownAsWarnings;
      this.maxDocumentLength = maxDocumentLength;
      this.maxDepth = maxDepth;
      this.maxStringLength = maxStringLength;
      this.factory =
          JsonFactory.builder()
              .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxDocumentLength(maxDocumentLength)
                      .maxNestingDepth(maxDepth)
                      .maxStringLength(maxStringLength)
                      .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
                      .maxNameLength(1000)
                      .build())
              .build();
    }

    /**
     * Obtains the default options: strict, unnamed source, default limits.
     *
     * @return the defaults; not null
     */
    public static Options defaults() {
      return DEFAULTS;
    }

    /**
     * Returns a copy that names the source (a file name or description) in messages.
     *
     * @param source the source; may be null for none
     * @return the new options; not null
     */
    public Options withSource(String source) {
      return new Options(source, unknownAsWarnings, maxDocumentLength, maxDepth, maxStringLength);
    }

    /**
     * Returns a copy that skips unknown fields and reports each as a warning, instead of failing;
     * for reading documents written by a newer minor revision of the library.
     *
     * @return the new options; not null
     */
    public Options withUnknownFieldsAsWarnings() {
      return new Options(source, true, maxDocumentLength, maxDepth, maxStringLength);
    }

    /**
     * Returns a copy with another largest document size.
     *
     * @param maxDocumentLength the largest document, in bytes (or characters for text input);
     *     at least 1
     * @return the new options; not null
     * @throws IllegalArgumentException if {@code maxDocumentLength} is less than 1
     */
    public Options withMaxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException(
            "maxDocumentLength must be at least 1, not " + maxDocumentLength);
      }
      return new Options(source, unknownAsWarnings, maxDocumentLength, maxDepth, maxStringLength);
    }

    /**
     * Returns a copy with another longest string.
     *
     * @param maxStringLength the longest string, in characters; at least 1
     * @return the new options; not null
     * @throws IllegalArgumentException if {@code maxStringLength} is less than 1
     */
    public Options withMaxStringLength(int maxStringLength) {
      if (maxStringLength < 1) {
        throw new IllegalArgumentException(
            "maxStringLength must be at least 1, not " + maxStringLength);
      }
      return new Options(source, unknownAsWarnings, maxDocumentLength, maxDepth, maxStringLength);
    }

    /**
     * Gets the source named in messages.
     *
     * @return the source, empty if none; not null
     */
    public Optional<String> source() {
      return Optional.ofNullable(source);
    }

    /**
     * Tells whether unknown fields are warnings rather than errors.
     *
     * @return true if unknown fields are warnings
     */
    public boolean unknownFieldsAsWarnings() {
      return unknownAsWarnings;
    }

    /**
     * Gets the largest document, in bytes or characters.
     *
     * @return the limit
     */
    public long maxDocumentLength() {
      return maxDocumentLength;
    }

    /**
     * Gets the longest string, in characters.
     *
     * @return the limit
     */
    public int maxStringLength() {
      return maxStringLength;
    }

    JsonFactory factory() {
      return factory;
    }

    String whatOf(StreamConstraintsException e) {
      // Jackson's message already says "exceeds the maximum"; the exception adds its own.
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("Document length")) {
        return "document length";
      }
      if (m.contains("nesting depth")) {
        return "nesting depth";
      }
      if (m.contains("String value length")) {
        return "string length";
      }
      if (m.contains("Number value length")) {
        return "number length";
      }
      if (m.contains("Name length")) {
        return "field name length";
      }
      return "input";
    }

    long limitOf(StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("Document length")) {
        return maxDocumentLength;
      }
      if (m.contains("nesting depth")) {
        return maxDepth;
      }
      if (m.contains("String value length")) {
        return maxStringLength;
      }
      if (m.contains("Number value length")) {
        return DEFAULT_MAX_NUMBER_LENGTH;
      }
      return 1000;
    }
  }
}
