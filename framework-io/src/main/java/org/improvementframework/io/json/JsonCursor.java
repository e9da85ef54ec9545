package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;

/**
 * Walks the tokens of the canonical JSON format for the readers of its values: the fields of an
 * object (each at most once, unknown ones by the chosen policy), the elements of a list, and the
 * located errors. JSON paths are computed only when an error or warning happens, so that reading
 * stays fast.
 */
final class JsonCursor {

  /** What to do with a field the format does not define. */
  enum Unknown {
    ERROR,
    WARN,
    SKIP
  }

  /**
   * Reads the value at the parser's current token into what is being built: the value of field
   * {@code index} of an object, or element {@code index} of a list. Readers pass a lambda that
   * captures nothing (a method of {@code R}, or one using only its arguments), so that reading a
   * value makes no object for the lambda, and the builder it fills stays where the compiler can
   * see it.
   *
   * @param <R> the reader, whose parser and value readers the part uses
   * @param <B> what is being built: a model builder, or a draft of the reader's own
   */
  @FunctionalInterface
  interface Part<R, B> {
    void read(R reader, B building, int index) throws IOException;
  }

  private final JsonParser p;
  private final String source;
  private final Unknown unknown;
  private final List<ReadWarning> warnings;

  /** The JSON paths of the unknown fields skipped so far: a second one at a path is a duplicate. */
  private final Set<String> unknownPaths = new HashSet<>();

  /**
   * The field names and the fields seen of each object being read, innermost last: the one
   * bookkeeping of every value reader's field loop, kept in arrays so that no object is made.
   */
  private FieldNames[] openNames = new FieldNames[16];

  private int[] openSeen = new int[16];
  private int open;

  JsonCursor(JsonParser parser, String source, Unknown unknown, List<ReadWarning> warnings) {
    this.p = parser;
    this.source = source;
    this.unknown = unknown;
    this.warnings = warnings;
  }

  JsonParser parser() {
    return p;
  }

  /**
   * Moves to the value of the next field of the object that {@code names} knows and the object
   * has not had yet, skipping unknown fields by the policy.
   *
   * @return the field's index in {@code names}, or -1 at the end of the object
   */
  int nextField(FieldNames names, int seen) throws IOException {
    // The format writes an object's fields in their order: the field after the last one read
    // is tried first, its bytes against the input (Jackson's nextFieldName), which spares
    // looking the name up in Jackson's table of names and in ours. Jackson seeds that table
    // from the clock, so the cost of a lookup changed from run to run (a tenth of a read in
    // one run, nothing in another). Any other name, or the end of the object, goes the
    // general way below.
    int expected = Integer.SIZE - Integer.numberOfLeadingZeros(seen);
    while (true) {
      JsonToken t;
      if (expected < names.size()) {
        if (p.nextFieldName(names.serialized(expected))) {
          p.nextToken();
          // past every field read so far, so not a duplicate
          return expected;
        }
        t = p.currentToken();
      } else {
        t = p.nextToken();
      }
      if (t == JsonToken.END_OBJECT) {
        return -1;
      }
      if (t != JsonToken.FIELD_NAME) {
        // Jackson itself rejects anything else inside an object; this guards a misuse.
        throw wrongType("a field name or the end of the object");
      }
      String name = p.currentName();
      p.nextToken();
      int i = names.indexOf(name);
      if (i < 0) {
        unknownField(name);
      } else if ((seen & (1 << i)) != 0) {
        throw error("duplicate field '" + name + "'", null, "each field at most once");
      } else {
        return i;
      }
    }
  }

  /**
   * Starts reading the object at the current token, whose fields {@code names} knows, and moves
   * to the value of its first field.
   *
   * @param what what the object is, for the error when the token is not an object
   * @return the field's index in {@code names}, or -1 if the object is empty
   */
  int firstField(FieldNames names, String what) throws IOException {
    requireObject(what);
    if (open == openSeen.length) {
      openNames = Arrays.copyOf(openNames, open * 2);
      openSeen = Arrays.copyOf(openSeen, open * 2);
    }
    openNames[open] = names;
    openSeen[open] = 0;
    open++;
    return nextField();
  }

  /**
   * Moves to the value of the next field of the object {@link #firstField} started, as {@link
   * #nextField(FieldNames, int)} does with the fields seen so far.
   *
   * @return the field's index, or -1 at the end of the object
   */
  int nextField() throws IOException {
    int top = open - 1;
    int f = nextField(openNames[top], openSeen[top]);
    if (f >= 0) {
      openSeen[top] |= 1 << f;
    }
    return f;
  }

  /**
   * Reads the object at the current token, the one loop of every value reader: each field
   * {@code names} knows goes to {@code field} with its index, then the required fields are
   * checked and the value is built.
   *
   * @param names the object's fields and the words of its errors ({@link FieldNames#object})
   * @param reader the reader passed on to {@code field}
   * @param building the builder or draft the fields fill
   * @param field reads one field's value into {@code building}
   * @param build builds the value from {@code building}
   * @return the value; not null
   * @throws PlanFormatException if the token is not an object, a field is repeated or missing,
   *     or the model refuses the value
   */
  <R, B, T> T object(FieldNames names, R reader, B building, Part<R, B> field, Function<B, T> build)
      throws IOException {
    for (int f = firstField(names, names.expected()); f >= 0; f = nextField()) {
      field.read(reader, building, f);
    }
    endObject();
    return build(names.what(), build, building);
  }

  /**
   * Ends the object {@link #firstField} started, whose fields have all been read, and builds its
   * value.
   *
   * @param what what the value is, for the error when the model refuses it
   * @param factory builds the value from what was read
   * @throws PlanFormatException if a required field is missing or the model refuses the value
   */
  <T> T endObject(String what, Supplier<T> factory) {
    endObject();
    return build(what, factory);
  }

  /**
   * Ends the object {@link #firstField} started, whose fields have all been read.
   *
   * @throws PlanFormatException if a required field is missing
   */
  void endObject() {
    open--;
    requireFields(openNames[open], openSeen[open]);
    openNames[open] = null;
  }

  /** Fails unless every required field of {@code names} is among those seen. */
  void requireFields(FieldNames names, int seen) {
    String missing = names.firstMissing(seen);
    if (missing != null) {
      throw missing(missing);
    }
  }

  void requireObject(String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(what);
    }
  }

  /**
   * Reads the list at the current token, passing each element, at its first token, to {@code
   * element} with its index.
   */
  <R, B> void array(String what, R reader, B building, Part<R, B> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(what);
    }
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      element.read(reader, building, i);
    }
  }

  /** Runs a model factory, reporting a broken invariant as bad input at the object's end. */
  <T> T build(String what, Supplier<T> factory) {
    return build(what, Supplier::get, factory);
  }

  /**
   * Builds a value from what was read, reporting a broken invariant as bad input at the object's
   * end.
   */
  <B, T> T build(String what, Function<B, T> factory, B building) {
    try {
      return factory.apply(building);
    } catch (IllegalArgumentException e) {
      throw PlanFormatException.builder("invalid " + what + ": " + e.getMessage())
          .at(location())
          .cause(e)
          .build();
    }
  }

  void unknownField(String name) throws IOException {
    if (unknown == Unknown.ERROR) {
      throw PlanFormatException.builder("unknown field '" + name + "'")
          .at(location())
          .field(name)
          .expected("only the fields of improvement-plan version " + PlanJsonReader.VERSION)
          .build();
    }
    // A path names one field of one object (arrays are indexed), so a path seen twice is a
    // duplicate key, which JSON leaves undefined: an error, as for the known fields.
    InputLocation where = location();
    if (!unknownPaths.add(where.jsonPath().orElse(""))) {
      throw PlanFormatException.builder("duplicate field '" + name + "'")
          .at(where)
          .field(name)
          .expected("each field at most once")
          .build();
    }
    if (unknown == Unknown.WARN) {
      // Record the path while the parser is still on this field.
      warnings.add(
          ReadWarning.of(
              where, "unknown field '" + name + "'", "", "ignored the field and its value"));
    }
    p.skipChildren();
  }

  // ---------------------------------------------------------------- errors

  /** At the end of an object the parser's context is the object's own position. */
  PlanFormatException missing(String field) {
    String path =
        JsonPaths.appendName(new StringBuilder(JsonPaths.of(p.getParsingContext())), field)
            .toString();
    return PlanFormatException.builder("missing required field '" + field + "'")
        .at(location(path))
        .field(field)
        .expected("a value for '" + field + "'")
        .build();
  }

  PlanFormatException wrongType(String expected) throws IOException {
    JsonToken t = p.currentToken();
    String text = t != null && t.isScalarValue() ? p.getText() : null;
    return PlanFormatException.builder("found " + describe(t))
        .at(location())
        .field(fieldName())
        .text(text)
        .expected(expected)
        .build();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    if (t.isNumeric()) {
      return "a number";
    }
    if (t.isBoolean()) {
      return "a boolean";
    }
    return switch (t) {
      case VALUE_STRING -> "a string";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  PlanFormatException error(String problem, String text, String expected) {
    return error(problem, text, expected, null);
  }

  PlanFormatException error(String problem, String text, String expected, Throwable cause) {
    return PlanFormatException.builder(problem)
        .at(location())
        .field(fieldName())
        .text(text)
        .expected(expected)
        .cause(cause)
        .build();
  }

  String fieldName() {
    return p.getParsingContext().inObject() ? p.getParsingContext().getCurrentName() : null;
  }

  InputLocation location() {
    return location(JsonPaths.of(p.getParsingContext()));
  }

  private InputLocation location(String path) {
    JsonLocation l = p.currentTokenLocation();
    return InputLocation.builder()
        .source(source)
        .jsonPath(path)
        .line(Math.max(0, l.getLineNr()))
        .lineColumn(Math.max(0, l.getColumnNr()))
        .build();
  }
}
