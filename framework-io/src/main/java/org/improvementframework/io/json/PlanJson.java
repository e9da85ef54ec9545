package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.BufferedReader;
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
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.improvementframework.io.AtomicFiles;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.IoFailures;
import org.improvementframework.io.LimitedOutput;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.WriteLimitException;
import org.improvementframework.io.internal.ValueStyle;
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

  /** A byte order mark, as the first character of decoded text. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final String MAX_DOCUMENT_OPTION = "PlanJson.Options.withLimits";

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
    long limit = options.limits().maxInputBytes();
    if (json.length() > limit) {
      throw new InputLimitException(
          "document length " + json.length() + " characters",
          limit,
          InputLocation.ofSource(options.sourceName()),
          null);
    }
    return PlanJsonInput.read(
        options,
        warnings -> {
          if (!json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK) {
            warnings.add(PlanJsonInput.bomWarning(options));
            return options.factory().createParser(json.substring(1));
          }
          return options.factory().createParser(json);
        });
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
    return PlanJsonInput.read(options, warnings -> PlanJsonInput.openBytes(in, options, warnings));
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
    return PlanJsonInput.read(
        options,
        warnings -> {
          Reader r = reader.markSupported() ? reader : new BufferedReader(reader);
          r.mark(1);
          if (r.read() == BYTE_ORDER_MARK) {
            warnings.add(PlanJsonInput.bomWarning(options));
          } else {
            r.reset();
          }
          return options.factory().createParser(r);
        });
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
        options.source().isPresent()
            ? options
            : options.withSource(String.valueOf(path.getFileName()));
    try {
      long size = Files.size(path);
      long limit = o.limits().maxInputBytes();
      if (size > limit) {
        throw new InputLimitException(
            "file size " + size + " bytes", limit, InputLocation.ofSource(o.sourceName()), null);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, o);
      }
    } catch (IOException e) {
      throw IoFailures.cannotRead(path, e);
    }
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
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    write(
        plan,
        options,
        max ->
            WRITE_FACTORY.createGenerator(
                LimitedOutput.ofUtf8(
                    out, max, "JSON document length in bytes", MAX_DOCUMENT_OPTION)));
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
    Objects.requireNonNull(writer, "writer");
    write(
        plan,
        Options.defaults(),
        max ->
            WRITE_FACTORY.createGenerator(
                LimitedOutput.ofChars(
                    writer, max, "JSON document length in characters", MAX_DOCUMENT_OPTION)));
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
    AtomicFiles.writeOrFail(path, out -> write(plan, out, options));
  }

  /** Opens a generator over the caller's output, counted against the largest document. */
  @FunctionalInterface
  private interface Output {
    JsonGenerator open(long maxDocumentLength) throws IOException;
  }

  /** The one writing path of every output: the document, under the options' limits. */
  private static void write(ImprovementPlan plan, Options options, Output output) {
    Objects.requireNonNull(plan, "plan");
    try (JsonGenerator g = output.open(options.limits().maxInputBytes())) {
      writeTo(plan, new CheckedJsonGenerator(g, options.limits().maxCellChars()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTo(ImprovementPlan plan, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(PlanJsonWriter.prettyPrinter());
    PlanJsonWriter.writeDocument(plan, g);
    g.writeRaw('\n');
  }

  // ---------------------------------------------------------------- options

  /**
   * How {@link PlanJson} reads and writes: the source name for messages, what to do with unknown
   * fields, and the {@link InputLimits} that protect against hostile or mistaken input.
   *
   * <p>Four of the limits apply. {@link InputLimits#maxInputBytes()} bounds the whole document:
   * in bytes when reading a byte stream or a file (a file is checked by its size before it is
   * opened) or writing a byte stream or a file, and in characters (UTF-16 units, each at least one
   * byte) when reading a {@code String} or a {@code Reader} or writing a {@code Writer}.
   * {@link InputLimits#maxCellChars()} bounds one string, {@link InputLimits#maxDepth()} the
   * nesting of objects and lists (the format needs ten), and {@link InputLimits#maxNumberChars()}
   * one number, in characters; a field name has at most {@value #MAX_NAME_LENGTH} characters. The
   * defaults, {@link #DEFAULT_LIMITS}, are {@link InputLimits#defaults()} with a document of at
   * most {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes (64 MiB): a plan of 100,000 milestones takes
   * about 57 MB, so raise the limit for larger generated plans. The writer keeps to the same
   * limits, so that what it writes, the reader reads with the same options. Unknown fields are
   * errors by default.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  public abstract static class Options implements WithOptions {

    /** The default largest document, in bytes (characters for text): 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** The default deepest nesting of objects and lists, as {@link InputLimits#maxDepth()}. */
    public static final int DEFAULT_MAX_DEPTH = InputLimits.DEFAULT_MAX_DEPTH;

    /** The default longest string, in characters, as {@link InputLimits#maxCellChars()}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = InputLimits.DEFAULT_MAX_CELL_CHARS;

    /** The default longest number, in characters, as {@link InputLimits#maxNumberChars()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = InputLimits.DEFAULT_MAX_NUMBER_CHARS;

    /** The longest field name, in characters; the format's longest has twelve. */
    public static final int MAX_NAME_LENGTH = 1000;

    /**
     * The default limits: {@link InputLimits#defaults()} with a document of at most
     * {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes.
     */
    public static final InputLimits DEFAULT_LIMITS =
        InputLimits.defaults().withMaxInputBytes(DEFAULT_MAX_DOCUMENT_LENGTH);

    private static final Options DEFAULTS = ImmutableOptions.builder().build();

    /** For the generated implementation only. */
    Options() {}

    /**
     * Obtains the default options: strict, unnamed source, {@link #DEFAULT_LIMITS}.
     *
     * @return the defaults; not null
     */
    public static Options defaults() {
      return DEFAULTS;
    }

    /**
     * Returns a copy that skips unknown fields and reports each as a warning, instead of failing;
     * for reading documents written by a newer minor revision of the library.
     *
     * @return the new options; not null
     */
    public Options withUnknownFieldsAsWarnings() {
      return withUnknownFieldsAsWarnings(true);
    }

    /**
     * Returns a copy with another largest document.
     *
     * @param maxDocumentLength the largest document, in bytes (characters for text); at least 1
     * @return the new options; not null
     * @throws IllegalArgumentException if {@code maxDocumentLength} is less than 1
     * @deprecated use {@link #withLimits(InputLimits)} with
     *     {@link InputLimits#withMaxInputBytes(long)}, the limits type every reader shares
     */
    @Deprecated(since = "0.1.0")
    public Options withMaxDocumentLength(long maxDocumentLength) {
      return withLimits(limits().withMaxInputBytes(maxDocumentLength));
    }

    /**
     * Returns a copy with another longest string.
     *
     * @param maxStringLength the longest string, in characters; at least 1
     * @return the new options; not null
     * @throws IllegalArgumentException if {@code maxStringLength} is less than 1
     * @deprecated use {@link #withLimits(InputLimits)} with
     *     {@link InputLimits#withMaxCellChars(int)}, the limits type every reader shares
     */
    @Deprecated(since = "0.1.0")
    public Options withMaxStringLength(int maxStringLength) {
      return withLimits(limits().withMaxCellChars(maxStringLength));
    }

    /**
     * Gets the limits, of which the document, string, depth and number limits apply (see the
     * class comment for what each counts); {@link #withLimits(InputLimits)} sets them.
     *
     * @return the limits; not null
     */
    @Value.Default
    public InputLimits limits() {
      return DEFAULT_LIMITS;
    }

    /**
     * Gets the source (a file name or description) named in messages;
     * {@link #withSource(String)} sets it, null for none.
     *
     * @return the source, empty if none; not null
     */
    public abstract Optional<String> source();

    /**
     * Tells whether unknown fields are warnings rather than errors.
     *
     * @return true if unknown fields are warnings
     */
    @Value.Default
    public boolean unknownFieldsAsWarnings() {
      return false;
    }

    /**
     * Gets the largest document, in bytes or characters.
     *
     * @return the limit
     * @deprecated use {@link #limits()} and {@link InputLimits#maxInputBytes()}
     */
    @Deprecated(since = "0.1.0")
    public long maxDocumentLength() {
      return limits().maxInputBytes();
    }

    /**
     * Gets the longest string, in characters.
     *
     * @return the limit
     * @deprecated use {@link #limits()} and {@link InputLimits#maxCellChars()}
     */
    @Deprecated(since = "0.1.0")
    public int maxStringLength() {
      return limits().maxCellChars();
    }

    String sourceName() {
      return source().orElse(null);
    }

    /** The parser factory of these limits: made once per options value, on its first read. */
    @Value.Lazy
    JsonFactory factory() {
      InputLimits limits = limits();
      return JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(limits.maxInputBytes())
                  .maxNestingDepth(limits.maxDepth())
                  .maxStringLength(limits.maxCellChars())
                  .maxNumberLength(limits.maxNumberChars())
                  .maxNameLength(MAX_NAME_LENGTH)
                  .build())
          .build();
    }
  }
}
