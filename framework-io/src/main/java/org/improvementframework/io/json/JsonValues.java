package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.Utf16;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;

/**
 * Reads the scalar values of the canonical JSON format at the parser's current token: texts,
 * numbers, dates, references and enum names. The canonical forms are read from the parser's
 * character buffer without making a string ({@link CanonicalText}); any other form goes to the
 * model's parser, whose refusal becomes a located {@link org.improvementframework.io
 * .PlanFormatException}.
 */
final class JsonValues {

  private static final String DATE_EXPECTED = "an ISO 8601 date such as 2015-03-31";

  /** The longest text {@link #repeatedString()} keeps; longer ones are rarely repeated. */
  private static final int REPEATED_MAX_LENGTH = 40;

  /** The most slots of the table of recent dates, a power of two. */
  private static final int DATES_KEPT = 2048;

  /**
   * The slots the table of recent dates starts with: the CSV reader makes a reader for each
   * indicator cell, which reads a date or two, and 2,048 slots each time were 16 KB made per cell.
   */
  private static final int DATES_FIRST = 128;

  /** Reporting periods kept at most by their text; beyond, each is parsed, costing only time. */
  private static final int MAX_PERIODS_KEPT = 1024;

  private final JsonCursor c;
  private final JsonParser p;
  private final InputLimits limits;

  /** Recent short texts by hash: a status or a target as written recurs across a plan. */
  private final String[] recent = new String[256];

  /**
   * Recent dates by their {@link CanonicalText#isoDateKey} (a target's periods recur across a
   * plan): one {@code LocalDate} kept instead of one per milestone. A 10^5-milestone plan has
   * some 500 dates, which 256 slots kept pushing out of each other: the table doubles, up to
   * {@value #DATES_KEPT} slots, once it has pushed out as many dates as half its slots.
   */
  private LocalDate[] dates = new LocalDate[DATES_FIRST];

  private int[] dateKeys = new int[DATES_FIRST];

  /** Dates pushed out of the table since it last grew. */
  private int datesPushedOut;

  /** The numbers of the reference being read, reused for every reference. */
  private final int[] numbers = new int[3];

  /** The action reference read last: its milestones' references share it. */
  private ActionRef lastAction;

  /** Reporting periods by their text, read once each. */
  private final Map<String, ReportingPeriod> periods = new HashMap<>();

  /** The slot of the text {@link #keptString} read last. */
  private int keptSlot = -1;

  /** The numbers of the ends of the date range read last by {@link #range()}. */
  private long rangeStart;

  private long rangeEnd;

  JsonValues(JsonCursor cursor) {
    this(cursor, InputLimits.defaults());
  }

  JsonValues(JsonCursor cursor, InputLimits limits) {
    this.c = cursor;
    this.p = cursor.parser();
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw c.wrongType("a string");
    }
    String s = p.getText();
    int at = Utf16.loneSurrogate(s);
    if (at >= 0) {
      // An escape such as \ud83d without its pair is no character: it could not be written
      // back as UTF-8, so it is refused here rather than when the plan is saved.
      throw c.error(
          "text has a lone surrogate at character " + (at + 1),
          s,
          "text of whole Unicode characters (an escape \\ud800 to \\udbff followed by one"
              + " of \\udc00 to \\udfff)");
    }
    return s;
  }

  /**
   * Reads a text that many values of a plan share, such as a status or a target as written,
   * returning the same string for the same text: one copy kept instead of one per milestone,
   * and no new string when the text was read recently.
   */
  String repeatedString() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() > REPEATED_MAX_LENGTH) {
      return string();
    }
    char[] text = chars();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + text[i];
    }
    int slot = (h ^ (h >>> 8)) & (recent.length - 1);
    String s = recent[slot];
    if (s != null && CanonicalText.equals(text, offset, length, s)) {
      return s;
    }
    s = string();
    recent[slot] = s;
    return s;
  }

  /**
   * Reads a text that many values of a plan share, such as a status or a target as written, from
   * a table of the texts read before: the string kept there when the text is, found by its
   * characters in the parser's buffer without making a string; else a new string. The text's
   * slot in the table is left in {@link #keptSlot()}, for keeping a value under it.
   */
  String keptString(KeptByText<?> kept) throws IOException {
    keptSlot = -1;
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      keptSlot = kept.slot(chars(), p.getTextOffset(), p.getTextLength());
      String s = kept.text(keptSlot);
      if (s != null) {
        return s;
      }
    }
    return string();
  }

  /** Gets the slot of the text {@link #keptString} read last, or -1 if it has none. */
  int keptSlot() {
    return keptSlot;
  }

  int positiveInt() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 1) {
      throw c.error("cannot read number", p.getText(), "a whole number from 1 to 2147483647");
    }
    return p.getIntValue();
  }

  BigDecimal number() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw c.wrongType("a number");
    }
    String text = p.getText();
    // Jackson's own getDecimalValue() would build 1e999999999 in full; Decimals bounds the
    // exponent and digits first, and locates its refusal. A short number without an exponent
    // is within those bounds, so the common case skips computing a location it cannot need.
    // Jackson counts only digits against its length limit, so the sign and point are checked
    // here, against the reader's own limits rather than the defaults.
    BigDecimal d =
        text.length() <= Math.min(Decimals.MAX_DIGITS, limits.maxNumberChars())
                && text.indexOf('e') < 0
                && text.indexOf('E') < 0
            ? new BigDecimal(text)
            : Decimals.parse(text, limits, c.location(), c.fieldName());
    // An exponent (1E+3) has no plain form with the same scale; plain notation is canonical.
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  LocalDate date() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        LocalDate d = isoDate(chars(), p.getTextOffset(), p.getTextLength());
        if (d != null) {
          return d;
        }
      } catch (DateTimeException e) {
        throw c.error("cannot read date", p.getText(), DATE_EXPECTED, e);
      }
    }
    return parse("date", DATE_EXPECTED, LocalDate::parse);
  }

  DateRange dateRange() throws IOException {
    range();
    return DateRange.of(date(rangeStart), date(rangeEnd));
  }

  /**
   * Reads a date range as {@link #dateRange()} does, leaving its ends' numbers ({@link
   * CanonicalText#key}) in {@link #rangeStart()} and {@link #rangeEnd()}: a target's periods
   * recur across a plan, and the reader of targets compares them with a target read before
   * without a {@code LocalDate}, whose first touch in a read was a miss of the caches.
   */
  void range() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 21) {
      char[] text = chars();
      int at = p.getTextOffset();
      if (text[at + 10] == '/') {
        int start = CanonicalText.isoDateKey(text, at, 10);
        int end = CanonicalText.isoDateKey(text, at + 11, 10);
        // Anything else, a day that is no date too, is reported below by the model's parser,
        // with the same words as every other form.
        if (start >= 0
            && end >= start
            && CanonicalText.isDate(start)
            && CanonicalText.isDate(end)) {
          rangeStart = start;
          rangeEnd = end;
          return;
        }
      }
    }
    DateRange range =
        parse(
            "date range",
            "start/end in ISO 8601 with end not before start, such as 2015-04-01/2015-06-30",
            DateRange::parse);
    rangeStart = CanonicalText.key(range.start());
    rangeEnd = CanonicalText.key(range.end());
  }

  /** Gets the number of the start of the range {@link #range()} read last. */
  long rangeStart() {
    return rangeStart;
  }

  /** Gets the number of the end of the range {@link #range()} read last. */
  long rangeEnd() {
    return rangeEnd;
  }

  /**
   * Gets the date of a number {@link CanonicalText#key} gave, the one made before when it was
   * read recently.
   */
  LocalDate date(long key) {
    return key >= 0 && key <= Integer.MAX_VALUE ? keptDate((int) key) : CanonicalText.date(key);
  }

  ReportingPeriod reportingPeriod() throws IOException {
    // An indicator's periods recur across its observations and the plan's other indicators:
    // each text is read by the model's parser (a regular expression) once.
    String s = repeatedString();
    ReportingPeriod known = periods.get(s);
    if (known != null) {
      return known;
    }
    ReportingPeriod period =
        parse(
            s,
            "reporting period",
            "FY2014-15, AY2014-15, 2014, FY2014-15 Q1, 2015-03 or 2015-03-31",
            ReportingPeriod::parse);
    if (periods.size() < MAX_PERIODS_KEPT) {
      periods.put(s, period);
    }
    return period;
  }

  AreaRef areaRef() throws IOException {
    return parse("area reference", "a positive number, such as 3", AreaRef::parse);
  }

  ActionRef actionRef() throws IOException {
    if (refNumbers(2)) {
      return action(numbers[0], numbers[1]);
    }
    return parse("action reference", "two dotted positive numbers, such as 2.1", ActionRef::parse);
  }

  MilestoneRef milestoneRef() throws IOException {
    if (refNumbers(3)) {
      return MilestoneRef.of(action(numbers[0], numbers[1]), numbers[2]);
    }
    return parse(
        "milestone reference", "three dotted positive numbers, such as 2.1.3", MilestoneRef::parse);
  }

  Reference reference() throws IOException {
    return parse(
        "reference",
        "one to three dotted positive numbers, such as 3, 2.1 or 2.1.3",
        Reference::parse);
  }

  /** Reads the name of one of {@code constants}, which must not be empty. */
  <E extends Enum<E>> E enumValue(E[] constants) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      char[] text = chars();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      for (E e : constants) {
        if (CanonicalText.equals(text, offset, length, e.name())) {
          return e;
        }
      }
    }
    String s = string();
    StringBuilder names = new StringBuilder("one of ");
    for (int i = 0; i < constants.length; i++) {
      names.append(i == 0 ? "" : ", ").append(constants[i].name());
    }
    throw c.error(
        "cannot read " + constants[0].getDeclaringClass().getSimpleName(), s, names.toString());
  }

  private boolean refNumbers(int count) throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING
        && CanonicalText.refNumbers(chars(), p.getTextOffset(), p.getTextLength(), count, numbers);
  }

  /** Gets the action reference with these numbers, the one read last when it is that one. */
  private ActionRef action(int area, int number) {
    ActionRef last = lastAction;
    if (last != null && last.number() == number && last.area().number() == area) {
      return last;
    }
    ActionRef ref = ActionRef.of(area, number);
    lastAction = ref;
    return ref;
  }

  /**
   * Reads {@code yyyy-MM-dd} as {@link CanonicalText#isoDate} does, returning the date made
   * before when it was read recently.
   */
  private LocalDate isoDate(char[] text, int offset, int length) {
    int key = CanonicalText.isoDateKey(text, offset, length);
    return key < 0 ? null : keptDate(key);
  }

  /** Gets the date of a number {@link CanonicalText#isoDateKey} read, from the table if there. */
  private LocalDate keptDate(int key) {
    int slot = dateSlot(key);
    LocalDate d = dates[slot];
    if (d != null && dateKeys[slot] == key) {
      return d;
    }
    if (d != null && ++datesPushedOut > dates.length / 2 && dates.length < DATES_KEPT) {
      // A cache: the larger table starts empty, and the dates come back as they recur.
      dates = new LocalDate[dates.length * 2];
      dateKeys = new int[dates.length];
      datesPushedOut = 0;
      slot = dateSlot(key);
    }
    d = LocalDate.of(CanonicalText.year(key), CanonicalText.month(key), CanonicalText.day(key));
    dates[slot] = d;
    dateKeys[slot] = key;
    return d;
  }

  private int dateSlot(int key) {
    // Fibonacci hashing: the key's bits are mostly the year's and the month's.
    return (key * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(dates.length));
  }

  private char[] chars() throws IOException {
    return p.getTextCharacters();
  }

  /** Reads a text with a model factory, reporting its refusal as bad input at this value. */
  private <T> T parse(String what, String expected, Function<String, T> factory)
      throws IOException {
    return parse(string(), what, expected, factory);
  }

  /** Reads a text already taken from the parser with a model factory, as above. */
  private <T> T parse(String s, String what, String expected, Function<String, T> factory) {
    try {
      return factory.apply(s);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw c.error("cannot read " + what, s, expected, e);
    }
  }
}
