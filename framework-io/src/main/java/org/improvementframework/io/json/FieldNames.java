package org.improvementframework.io.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The fields one kind of object of the format may have, in the order the format writes them, and
 * which of them it must have. A field is known by its index, so that readers switch on an int and
 * track the fields seen in one bit each.
 */
final class FieldNames {

  private final String[] names;

  /** The names as Jackson matches them against the input's bytes, quoted and encoded once. */
  private final SerializableString[] serialized;

  private final int required;
  private final String what;
  private final String expected;

  private FieldNames(String[] names, int required, String what, String expected) {
    this.names = names;
    this.serialized = new SerializableString[names.length];
    for (int i = 0; i < names.length; i++) {
      serialized[i] = new SerializedString(names[i]);
    }
    this.required = required;
    this.what = what;
    this.expected = expected;
  }

  /**
   * Obtains the fields of one kind of object; a name ending in {@code '*'} is required (the star
   * is not part of the name). At most 31 fields, one bit each.
   */
  static FieldNames of(String... namesAndStars) {
    return object(null, null, namesAndStars);
  }

  /**
   * Obtains the fields of one kind of object as {@link #of} does, with the words its errors use:
   * {@code what} the value is ("action") and what was {@code expected} where the object was not
   * found ("an action object").
   */
  static FieldNames object(String what, String expected, String... namesAndStars) {
    String[] names = new String[namesAndStars.length];
    int required = 0;
    for (int i = 0; i < names.length; i++) {
      String n = namesAndStars[i];
      boolean star = n.endsWith("*");
      names[i] = (star ? n.substring(0, n.length() - 1) : n).intern();
      required |= star ? 1 << i : 0;
    }
    return new FieldNames(names, required, what, expected);
  }

  /** Gets what the object is, for the error when the model refuses it; null if not given. */
  String what() {
    return what;
  }

  /** Gets what was expected where the object is missing; null if not given. */
  String expected() {
    return expected;
  }

  /** Gets the index of a field, or -1 if this kind of object has no such field. */
  int indexOf(String name) {
    // Jackson interns field names by default, as Java does string literals: comparing references
    // first avoids comparing characters for every field of a large plan.
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Gets the number of fields. */
  int size() {
    return names.length;
  }

  /**
   * Gets the name of a field by its index, quoted and encoded as {@code
   * JsonParser.nextFieldName(SerializableString)} matches it against the input.
   */
  SerializableString serialized(int index) {
    return serialized[index];
  }

  /** Gets the name of a field by its index. */
  String name(int index) {
    return names[index];
  }

  /** Gets the first required field missing from the fields seen, or null if none is missing. */
  String firstMissing(int seen) {
    int missing = required & ~seen;
    return missing == 0 ? null : names[Integer.numberOfTrailingZeros(missing)];
  }
}
