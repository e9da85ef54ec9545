package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.improvementframework.metrics.casework.IndicatorResult.Counted;
import org.improvementframework.metrics.casework.IndicatorResult.Excluded;

/**
 * Ids for the properties that hold a calculator's short-id path (ids kept as packed keys, sorted
 * once) to its numbered path (ids through {@link ChildIds}): the same result, with a prefix that
 * makes every id long but keeps their order.
 */
final class ShortIdCases {

  /** How a case draws its ids: all short, one long among them, or short ids too wide to sort. */
  static final int SHORT = 0;

  static final int ONE_LONG = 1;
  static final int WIDE = 2;

  private ShortIdCases() {}

  /**
   * The id of a child under a style: {@code C} and the number; under {@link #ONE_LONG} child 0's
   * id has twelve characters; under {@link #WIDE} children 1 and 2 have eight characters whose
   * every bit differs between them, so that their keys cannot be packed beside the days.
   */
  static String id(int child, int style) {
    if (style == ONE_LONG && child == 0) {
      return "LONG-ID-0000";
    }
    if (style == WIDE && child == 1) {
      return "\u00ff".repeat(8);
    }
    if (style == WIDE && child == 2) {
      return "\u0001".repeat(8);
    }
    return "C" + child;
  }

  /** Characters for ids: ASCII, spaces, a control, Latin-1, and wider ones, spaces among them. */
  static final String CHARACTERS = " \tAC9z\u0000\u00e9\u00ff\u03a9\u2003";

  /** An id of the characters picked from {@link #CHARACTERS}. */
  static String of(List<Integer> picks) {
    StringBuilder id = new StringBuilder();
    for (int p : picks) {
      id.append(CHARACTERS.charAt(p));
    }
    return id.toString();
  }

  /** An id's UTF-8 bytes after {@code offset} bytes of other text, with some after it too. */
  static byte[] utf8(String id, int offset) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[offset + bytes.length + 2];
    Arrays.fill(padded, (byte) 'X');
    System.arraycopy(bytes, 0, padded, offset, bytes.length);
    return padded;
  }

  /** What an addition did: nothing to say, or the exception it threw. */
  static String outcome(Runnable add) {
    try {
      add.run();
      return "added";
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  /** Asserts that a result is another's with a prefix on every entry's id. */
  static void assertPrefixed(IndicatorResult prefixed, IndicatorResult expected, String prefix) {
    assertThat(prefixed.numerator()).isEqualTo(expected.numerator());
    assertThat(prefixed.denominator()).isEqualTo(expected.denominator());
    assertThat(prefixed.included())
        .isEqualTo(
            expected.included().stream()
                .map(c -> new Counted(prefix + c.id(), c.date(), c.contribution()))
                .toList());
    assertThat(prefixed.excluded())
        .isEqualTo(
            expected.excluded().stream()
                .map(e -> new Excluded(prefix + e.id(), e.date(), e.reason()))
                .toList());
  }
}
