package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import org.improvementframework.io.Utf16;
import org.improvementframework.io.WriteLimitException;

/**
 * Refuses, before writing it, a string that the JSON reader would refuse: one with half of a
 * surrogate pair (no UTF-8 file can hold it) or longer than the reader's string limit.
 */
final class CheckedJsonGenerator extends JsonGeneratorDelegate {

  private final int maxStringLength;

  CheckedJsonGenerator(JsonGenerator g, int maxStringLength) {
    super(g, false);
    this.maxStringLength = maxStringLength;
  }

  @Override
  public void writeString(String text) throws IOException {
    check(text);
    super.writeString(text);
  }

  @Override
  public void writeStringField(String fieldName, String value) throws IOException {
    writeFieldName(fieldName);
    writeString(value);
  }

  private void check(String text) {
    if (text == null) {
      return;
    }
    if (text.length() > maxStringLength) {
      throw new WriteLimitException(
          "text of " + text.length() + " characters at " + JsonPaths.of(getOutputContext()),
          maxStringLength,
          "PlanJson.Options.withLimits");
    }
    int at = Utf16.loneSurrogate(text);
    if (at >= 0) {
      throw new IllegalArgumentException(
          "cannot write the text at "
              + JsonPaths.of(getOutputContext())
              + ": it has a lone surrogate at character "
              + (at + 1)
              + ", which is not a Unicode character and cannot be written as UTF-8");
    }
  }
}
