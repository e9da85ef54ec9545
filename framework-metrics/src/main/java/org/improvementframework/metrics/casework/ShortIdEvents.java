package org.improvementframework.metrics.casework;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.ObjIntConsumer;

/**
 * Events (a child's id and a day) whose ids are short: at most eight characters, each 1 to 255,
 * as most pseudonymous ids are. Each id is kept as its characters packed into a long, beside its
 * day, with no table of ids: sorting the events by that long orders them by id, as {@link
 * String#compareTo} would, and then by day. A result then needs neither a hash lookup per event
 * ({@link ChildIds}: a cache miss per row at 10^6 rows, a third of a re-referral run) nor a sort of
 * the children by comparisons (a seventh).
 *
 * <p>The sort is {@link LongRadix}'s over one long per event: the id's bits that vary between
 * events, then the day's offset from the first day. That fits for ids such as a letter and seven
 * digits (4 bits a digit) over decades of days; where it does not, {@link #ranked} says so and the
 * caller numbers the ids through {@link ChildIds} instead ({@link #replay}).
 *
 * <p>The day may be any int the caller keeps beside an id and wants sorted after it: the start
 * and conference calculators keep a day doubled plus a bit for the kind of event, the placement
 * measure a code of flags.
 */
final class ShortIdEvents {

  private long[] keys = new long[16];
  private int[] days = new int[16];
  private int size;

  /** The bits set in every key, and in any key: where they differ, the keys vary. */
  private long allKeyBits = -1;

  private long anyKeyBits;
  private int firstDay = Integer.MAX_VALUE;
  private int lastDay = Integer.MIN_VALUE;

  /**
   * The key of a short id: its characters from the top byte down, zeros after its end, so that
   * unsigned order of keys is the ids' order; 0 if it is not short.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  static long key(CharSequence id) {
    long key = packed(id, id.length());
    // every Latin-1 character that Character.isWhitespace accepts is a space or a control
    if (key != 0 && key >>> 56 <= ' ' && id.toString().isBlank()) {
      throw new IllegalArgumentException("childId must not be blank");
    }
    return key;
  }

  /**
   * The {@link #key} of an id given as its UTF-8 bytes {@code id[from, to)}, without a call per
   * character; 0 if it is not short or holds a byte that is not ASCII (a character past 127 is
   * two bytes in UTF-8: the caller decodes such an id and takes the text's key).
   *
   * @throws IllegalArgumentException if the id is blank
   */
  static long key(byte[] id, int from, int to) {
    int length = to - from;
    if (length > 8 || length <= 0) {
      return 0;
    }
    long key = 0;
    for (int i = from; i < to; i++) {
      byte b = id[i];
      if (b <= 0) {
        return 0;
      }
      key = (key << 8) | b;
    }
    key <<= 64 - 8 * length;
    if (key >>> 56 <= ' ' && new String(id, from, length, StandardCharsets.US_ASCII).isBlank()) {
      throw new IllegalArgumentException("childId must not be blank");
    }
    return key;
  }

  /** {@link #key(byte[], int, int)} after checking the arguments, as the calculators take them. */
  static long checkedKey(byte[] id, int from, int to) {
    Objects.checkFromToIndex(from, to, Objects.requireNonNull(id, "childId").length);
    return key(id, from, to);
  }

  /** The text of an id given as its UTF-8 bytes. */
  static String text(byte[] id, int from, int to) {
    return new String(id, from, to - from, StandardCharsets.UTF_8);
  }

  /** An id's {@link #key}, blank or not; 0 if it is empty or not short. */
  static long packed(CharSequence id, int length) {
    if (length > 8 || length == 0) {
      return 0;
    }
    long key = 0;
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c == 0 || c > 0xff) {
        return 0;
      }
      key = (key << 8) | c;
    }
    return key << (64 - 8 * length);
  }

  /** Adds an event of the id whose {@link #key} is given (not 0). */
  void add(long key, long epochDay) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      days = Arrays.copyOf(days, size * 2);
    }
    // an int, as Events keeps days
    int day = (int) epochDay;
    keys[size] = key;
    days[size++] = day;
    allKeyBits &= key;
    anyKeyBits |= key;
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  }

  /** Adds every event of another list (possibly this one). */
  void addAll(ShortIdEvents other) {
    int n = other.size; // fixed first: other may be this list
    for (int i = 0; i < n; i++) {
      add(other.keys[i], other.days[i]);
    }
  }

  int size() {
    return size;
  }

  /**
   * Merges another calculator's events kept by short id, if it keeps them so: into this
   * calculator's, while its ids are short too, or else into its numbered events.
   *
   * @param mine this calculator's events; null once its ids are numbered
   * @param other the other calculator's events; null if its ids are numbered
   * @param numbered adds an event to this calculator's numbered events
   * @return whether {@code other} was merged; if not, the caller merges the numbered events
   */
  static boolean merged(ShortIdEvents mine, ShortIdEvents other, ObjIntConsumer<String> numbered) {
    if (other == null) {
      return false;
    }
    if (mine != null) {
      mine.addAll(other);
    } else {
      other.replay(numbered);
    }
    return true;
  }

  /** Gives every event's id and day to a consumer, in the order added. */
  void replay(ObjIntConsumer<String> into) {
    byte[] bytes = new byte[8];
    for (int i = 0; i < size; i++) {
      // a string per event: only when ids that are not short join a calculator's short ones
      into.accept(id(keys[i], bytes), days[i]);
    }
  }

  /**
   * The events as {@link Events#sortedByRank} gives them, with each rank's id; null if the ids'
   * varying bits and the days' span together need more than 63 bits.
   */
  Ranked ranked() {
    long varying = size == 0 ? 0 : allKeyBits ^ anyKeyBits;
    // per byte of the key: how many of its low bits vary, so that the bits above may be dropped
    int[] shifts = new int[8];
    int[] widths = new int[8];
    int fields = 0;
    int keyBits = 0;
    for (int shift = 56; shift >= 0; shift -= 8) {
      int width = 32 - Integer.numberOfLeadingZeros((int) (varying >>> shift) & 0xff);
      if (width > 0) {
        shifts[fields] = shift;
        widths[fields++] = width;
        keyBits += width;
      }
    }
    int dayBits = size == 0 ? 0 : 64 - Long.numberOfLeadingZeros((long) lastDay - firstDay);
    if (keyBits + dayBits > 63) {
      return null;
    }
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      long k = keys[i];
      long bits = 0;
      for (int f = 0; f < fields; f++) {
        bits = (bits << widths[f]) | ((k >>> shifts[f]) & ((1L << widths[f]) - 1));
      }
      packed[i] = (bits << dayBits) | ((long) days[i] - firstDay);
    }
    LongRadix.sort(packed);
    return rank(packed, dayBits, shifts, widths, fields);
  }

  /** Replaces each packed event by its child's rank and its day, and gives each rank's key. */
  private Ranked rank(long[] packed, int dayBits, int[] shifts, int[] widths, int fields) {
    long dayMask = (1L << dayBits) - 1;
    long[] children = new long[16];
    int rank = -1;
    long previous = -1;
    for (int i = 0; i < packed.length; i++) {
      long child = packed[i] >>> dayBits;
      if (child != previous) {
        if (++rank == children.length) {
          children = Arrays.copyOf(children, rank * 2);
        }
        children[rank] = child;
        previous = child;
      }
      packed[i] = Events.pack(rank, (packed[i] & dayMask) + firstDay);
    }
    // each id: the bits of the fields put back in their bytes, the bits above them as all keys
    // have them
    long fieldBits = 0;
    for (int f = 0; f < fields; f++) {
      fieldBits |= ((1L << widths[f]) - 1) << shifts[f];
    }
    long fixed = allKeyBits & ~fieldBits;
    for (int r = 0; r <= rank; r++) {
      long bits = children[r];
      long key = fixed;
      for (int f = fields - 1; f >= 0; f--) {
        key |= (bits & ((1L << widths[f]) - 1)) << shifts[f];
        bits >>>= widths[f];
      }
      children[r] = key;
    }
    return new Ranked(packed, null, children);
  }

  /** The id of a key, through a scratch array of eight bytes. */
  private static String id(long key, byte[] bytes) {
    int length = 8 - Long.numberOfTrailingZeros(key) / 8;
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (key >>> (56 - 8 * i));
    }
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * Events as {@link Events#pack} packs them, a child's rank for its number, sorted; and the id
   * of each rank, given as a string or made from its key when asked for (a result's entries
   * may never be read). The pairs are the caller's to reuse; the rest is not changed once made.
   */
  static final class Ranked {
    private final long[] pairs;
    private final String[] ids;
    private final long[] keys;

    /** Events whose ranks' ids are given as strings. */
    Ranked(long[] pairs, String[] ids) {
      this(pairs, ids, null);
    }

    private Ranked(long[] pairs, String[] ids, long[] keys) {
      this.pairs = pairs;
      this.ids = ids;
      this.keys = keys;
    }

    long[] pairs() {
      return pairs;
    }

    /** The id of a rank: a new string each time for short ids. */
    String id(int rank) {
      return ids != null ? ids[rank] : ShortIdEvents.id(keys[rank], new byte[8]);
    }
  }
}
