package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** Builds JSON paths such as {@code $.plan.areas[3].title} from a parser's context. */
final class JsonPaths {

  private JsonPaths() {}

  /**
   * Gets the path of the current value of a parser context: the field name in an object, the
   * index in an array.
   */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder sb = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        appendName(sb, c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        sb.append('[').append(c.getCurrentIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** Appends a member name, in bracket notation if it is not a plain identifier. */
  static StringBuilder appendName(StringBuilder sb, String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 1; plain && i < name.length(); i++) {
      plain = Character.isJavaIdentifierPart(name.charAt(i));
    }
    if (plain) {
      return sb.append('.').append(name);
    }
    sb.append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append("']");
  }
}
