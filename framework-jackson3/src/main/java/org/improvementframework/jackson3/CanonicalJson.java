package org.improvementframework.jackson3;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Objects;
import org.improvementframework.model.ImprovementPlan;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes whole canonical JSON documents ({@code "format": "improvement-plan",
 * "version": 1}) with Jackson 3. The bytes written equal those of framework-io's
 * {@code PlanJson.write}: two-space indent, keys in the documented order, a final newline.
 *
 * <p>This class is thread-safe.
 */
public final class CanonicalJson {

  // Strict like framework-io's PlanJson: an unknown field in a stored plan is an error, although
  // Jackson 3's own default is to skip it.
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new ImprovementFrameworkModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  // The pretty printer belongs to this writer only: an application's mapper keeps its own output.
  private static final ObjectWriter WRITER =
      MAPPER
          .writer()
          .with(PlanWriter.prettyPrinter())
          .without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private CanonicalJson() {}

  /**
   * Writes a plan as a canonical JSON document to a string.
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
   * Writes a plan as a canonical JSON document to a character stream, which is flushed, not
   * closed.
   *
   * @param plan the plan; not null
   * @param writer the writer; not null
   * @throws NullPointerException if an argument is null
   * @throws tools.jackson.core.JacksonException if the writer fails
   */
  public static void write(ImprovementPlan plan, Writer writer) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(writer, "writer");
    try (JsonGenerator g = WRITER.createGenerator(writer)) {
      writeTo(plan, g);
    }
  }

  /**
   * Writes a plan as a UTF-8 canonical JSON document to a byte stream, which is flushed, not
   * closed.
   *
   * @param plan the plan; not null
   * @param out the stream; not null
   * @throws NullPointerException if an argument is null
   * @throws tools.jackson.core.JacksonException if the stream fails
   */
  public static void write(ImprovementPlan plan, OutputStream out) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
      writeTo(plan, g);
    }
  }

  /**
   * Reads a canonical JSON document (or a bare plan object, as the module writes one). An
   * unknown field is an error, as in framework-io's {@code PlanJson}.
   *
   * @param json the document; not null
   * @return the plan; not null
   * @throws NullPointerException if {@code json} is null
   * @throws tools.jackson.databind.exc.MismatchedInputException if the document is not a valid
   *     plan; the message names the JSON pointer, what was found and what was expected
   * @throws tools.jackson.core.JacksonException if the text is not JSON
   */
  public static ImprovementPlan read(String json) {
    Objects.requireNonNull(json, "json");
    return MAPPER.readValue(json, ImprovementPlan.class);
  }

  private static void writeTo(ImprovementPlan plan, JsonGenerator g) {
    PlanWriter.writeDocument(plan, g);
    g.writeRaw('\n');
  }
}
