package org.improvementframework.io.json;

/**
 * The fields one kind of object of the format may have, in the order the format writes them, and
 * which of them it must have. A field is known by its index, so that readers switch on an int and
 * track the fields seen in one bit each.
 */
final class FieldNames {

  private final String[] names;
  private final int required;

  private FieldNames(String[] names, int required) {
    this.names = names;
    this.required = required;
  }

  /**
   * Obtains the fields of one kind of object; a name ending in {@code '*'} is required (the star
   * is not part of the name). At most 31 fields, one bit each.
   */
  static FieldNames of(String... namesAndStars) {
    String[] names = new String[namesAndStars.length];
    int required = 0;
    for (int i = 0; i < names.length; i++) {
      String n = namesAndStars[i];
      boolean star = n.endsWith("*");
      names[i] = (star ? n.substring(0, n.length() - 1) : n).intern();
      required |= star ? 1 << i : 0;
    }
    return new FieldNames(names, required);
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
