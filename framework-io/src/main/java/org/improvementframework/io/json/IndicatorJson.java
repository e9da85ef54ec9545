package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Objects;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.model.Indicator;

/**
 * Reads and writes one indicator in the canonical JSON form, on a stream another format owns: the
 * milestone CSV keeps its indicators as JSON in a cell. The form is the one {@link PlanJson} writes
 * inside a measure, so that both formats agree on it.
 */
public final class IndicatorJson {

  private IndicatorJson() {}

  /**
   * Reads the indicator that starts at the parser's current token, leaving the parser on its
   * last token. Unknown fields are errors.
   *
   * @param parser the parser, on the indicator's first token; not null
   * @param source the name of the input, for errors; may be null
   * @return the indicator
   * @throws PlanFormatException if the value is not an indicator, naming its JSON path
   * @throws IOException if the parser fails
   */
  public static Indicator read(JsonParser parser, String source) throws IOException {
    Objects.requireNonNull(parser, "parser");
    return new PlanJsonReader(parser, source, JsonCursor.Unknown.ERROR, new ArrayList<>())
        .indicators()
        .readIndicator();
  }

  /**
   * Writes an indicator as one JSON object.
   *
   * @param indicator the indicator; not null
   * @param generator the generator written to; not null
   * @throws IOException if the generator fails
   */
  public static void write(Indicator indicator, JsonGenerator generator) throws IOException {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(generator, "generator");
    PlanJsonWriter.writeIndicator(indicator, generator);
  }
}
