package org.improvementframework.model;

import static org.improvementframework.model.TargetKeyword.AFTER;
import static org.improvementframework.model.TargetKeyword.AND;
import static org.improvementframework.model.TargetKeyword.BE;
import static org.improvementframework.model.TargetKeyword.BEFORE;
import static org.improvementframework.model.TargetKeyword.BETWEEN;
import static org.improvementframework.model.TargetKeyword.BY;
import static org.improvementframework.model.TargetKeyword.COMMENCING;
import static org.improvementframework.model.TargetKeyword.CONFIRMED;
import static org.improvementframework.model.TargetKeyword.DUE;
import static org.improvementframework.model.TargetKeyword.END;
import static org.improvementframework.model.TargetKeyword.FROM;
import static org.improvementframework.model.TargetKeyword.GOING;
import static org.improvementframework.model.TargetKeyword.OF;
import static org.improvementframework.model.TargetKeyword.ON;
import static org.improvementframework.model.TargetKeyword.ONGOING;
import static org.improvementframework.model.TargetKeyword.ONWARDS;
import static org.improvementframework.model.TargetKeyword.STARTING;
import static org.improvementframework.model.TargetKeyword.TBC;
import static org.improvementframework.model.TargetKeyword.THE;
import static org.improvementframework.model.TargetKeyword.THEN;
import static org.improvementframework.model.TargetKeyword.THERE;
import static org.improvementframework.model.TargetKeyword.THEREAFTER;
import static org.improvementframework.model.TargetKeyword.TO;
import static org.improvementframework.model.TargetKeyword.UNTIL;

/**
 * The grammar of whole targets, built from the tokens of {@link TargetScanner} and the dated
 * periods of {@link DateItemGrammar}: "TBC", "Ongoing", recurrences ("Monthly from April 2015",
 * "Feb 15, thereafter monthly"), open starts ("April 2015 onwards"), ranges, lists and single
 * periods, each with the words councils put around them ("by", "end of", "between ... and").
 *
 * <p>A recursive-descent reader: each rule tries its form at the cursor and, if the form does not
 * fit, puts the cursor back; the furthest failure is what a strict reading reports.
 */
final class TargetGrammar {

  private final TargetTokens tokens;
  private final TargetContext context;
  private final DateItems items;
  private final DateItemGrammar dates;
  private final TargetResults results;

  /** The separator that joined the last two dates of a list or range. */
  private char lastSeparator;

  private TargetGrammar(TargetTokens tokens, TargetContext context) {
    this.tokens = tokens;
    this.context = context;
    this.items = new DateItems(tokens);
    this.dates = new DateItemGrammar(tokens, items);
    this.results = new TargetResults(tokens.text(), items);
  }

  /** Reads scanned tokens as a target; null, with the failure recorded in the tokens, if not. */
  static Target read(TargetTokens tokens, TargetContext context) {
    return new TargetGrammar(tokens, context).target();
  }

  private Target target() {
    String text = tokens.text();
    if (tokens.count() == 0) {
      if (tokens.scanFailed()) {
        return scanFailure();
      }
      if (!text.isBlank()) {
        // Only separators such as no-break spaces: not blank to the JDK, and no date either.
        tokens.failAt(0, "no date written");
        return null;
      }
      return text.isEmpty() ? Target.none() : results.of(TargetKind.NONE);
    }
    tokens.dropClosingFullStop();
    if (toBeConfirmed()) {
      return results.of(TargetKind.TO_BE_CONFIRMED);
    }
    if (tokens.scanFailed()) {
      return scanFailure();
    }
    tokens.seek(0);
    Target open = ongoingFrom();
    if (open != null) {
      return open;
    }
    tokens.seek(0);
    Target t = recurrenceFirst();
    if (t != null) {
      return t;
    }
    tokens.seek(0);
    return dated();
  }

  private Target scanFailure() {
    tokens.failAt(tokens.scanErrorPosition(), tokens.scanErrorReason());
    return null;
  }

  /** {@code TBC}, {@code TBA}, {@code to be confirmed}, optionally followed by a remark. */
  private boolean toBeConfirmed() {
    int cur = tokens.cur();
    if (tokens.isWord(cur, TO) && tokens.isWord(cur + 1, BE) && tokens.isWord(cur + 2, CONFIRMED)) {
      tokens.seek(cur + 3);
    } else if (!tokens.accept(TBC)) {
      return false;
    }
    tokens.accept('.');
    if (tokens.atEnd()) {
      return !tokens.scanFailed();
    }
    // A remark may follow a separator ("tbc - awaiting board"); it is kept in the text.
    int next = tokens.cur();
    return tokens.isPunct(next) && !tokens.isPunct(next, '/') && !tokens.isPunct(next, '.');
  }

  /** {@code Ongoing}, alone or with its first date ("Ongoing from April 2015"); else null. */
  private Target ongoingFrom() {
    if (!ongoing()) {
      return null;
    }
    if (tokens.atEnd()) {
      return results.of(TargetKind.OPEN_START);
    }
    tokens.accept(',');
    tokens.accept('-');
    int first = tokens.cur();
    if (tokens.accept(FROM) && dates.item() && tokens.atEnd() && items.resolveYears(context)) {
      return results.withPeriod(TargetKind.OPEN_START, null);
    }
    tokens.fail(first, "expected 'from' and a first date after 'ongoing'");
    items.clear();
    return null;
  }

  /** {@code Ongoing}, {@code On-going}, {@code on going}, {@code continuous}. */
  private boolean ongoing() {
    if (tokens.accept(ONGOING)) {
      return true;
    }
    int cur = tokens.cur();
    if (tokens.isWord(cur, ON) && tokens.isWord(cur + 1, GOING)) {
      tokens.seek(cur + 2);
      return true;
    }
    if (tokens.isWord(cur, ON) && tokens.isPunct(cur + 1, '-') && tokens.isWord(cur + 2, GOING)) {
      tokens.seek(cur + 3);
      return true;
    }
    return false;
  }

  /** A recurrence word or phrase at the cursor ("monthly", "every quarter"), or null. */
  private Recurrence recurrence() {
    int cur = tokens.cur();
    TargetKeyword k = tokens.keyword(cur);
    if (k == null) {
      return null;
    }
    Recurrence word = recurrenceWord(k);
    if (word != null) {
      tokens.seek(cur + 1);
      return word;
    }
    if (k != TargetKeyword.EVERY) {
      return null;
    }
    TargetKeyword unit = tokens.keyword(cur + 1);
    Recurrence every =
        unit == null
            ? null
            : switch (unit) {
              case WEEK -> Recurrence.WEEKLY;
              case MONTH -> Recurrence.MONTHLY;
              case QUARTER -> Recurrence.QUARTERLY;
              case YEAR -> Recurrence.ANNUALLY;
              default -> null;
            };
    if (every != null) {
      tokens.seek(cur + 2);
    }
    return every;
  }

  private static Recurrence recurrenceWord(TargetKeyword k) {
    return switch (k) {
      case WEEKLY -> Recurrence.WEEKLY;
      case MONTHLY -> Recurrence.MONTHLY;
      case QUARTERLY -> Recurrence.QUARTERLY;
      case ANNUALLY -> Recurrence.ANNUALLY;
      default -> null;
    };
  }

  /** {@code monthly}, {@code Monthly from April 2015}, {@code quarterly starting Q1 2015/16}. */
  private Target recurrenceFirst() {
    if (ongoing()) {
      // "Ongoing - monthly": the recurrence says more than "ongoing" does.
      tokens.accept('-');
      tokens.accept(',');
      tokens.accept(':');
    }
    Recurrence r = recurrence();
    if (r == null) {
      return null;
    }
    int beforeTail = tokens.cur();
    thereafter();
    if (!tokens.atEnd()) {
      tokens.accept('-');
      tokens.accept(',');
      ongoing();
    }
    if (tokens.atEnd()) {
      return results.recurring(r, -1);
    }
    tokens.seek(beforeTail);
    tokens.accept(',');
    if (!startsOpen()) {
      tokens.fail(tokens.cur(), "expected 'from' and a first date after the recurrence");
      return null;
    }
    int first = tokens.cur();
    if (dates.item()) {
      tokens.accept(ONWARDS);
      if (tokens.atEnd() && items.resolveYears(context)) {
        return results.recurring(r, 0);
      }
      tokens.fail(tokens.cur(), "expected nothing after the first date");
    }
    tokens.seek(first);
    return null;
  }

  private boolean startsOpen() {
    return tokens.accept(FROM) || tokens.accept(STARTING) || tokens.accept(COMMENCING);
  }

  /** Everything that starts with, or is, a date. */
  private Target dated() {
    boolean from = false;
    boolean between = false;
    if (startsOpen()) {
      from = true;
    } else if (tokens.accept(BETWEEN)) {
      between = true;
    } else {
      prefix();
    }
    items.clear();
    if (!dates.item()) {
      return null;
    }
    Shape shape = moreDates(between);
    if (shape == null) {
      return null;
    }
    if (between && shape != Shape.RANGE) {
      tokens.fail(tokens.cur(), "expected 'and' and a second date after 'between'");
      return null;
    }
    if (!items.resolveYears(context)) {
      return null;
    }
    if (from && shape != Shape.SINGLE) {
      tokens.fail(tokens.cur(), "an open start has one first date");
      return null;
    }
    return switch (shape) {
      case RANGE -> range();
      case LIST -> list();
      case SINGLE -> single(from);
    };
  }

  /** How the dates of a target are joined. */
  private enum Shape {
    SINGLE,
    RANGE,
    LIST
  }

  /**
   * Reads the dates after the first, deciding by their separators: '-', 'to', 'until' (and 'and'
   * after 'between') make a range; '/', '&amp;', ',' and 'and' make a list. Null on a failure.
   */
  private Shape moreDates(boolean between) {
    Shape shape = Shape.SINGLE;
    lastSeparator = 0;
    while (!tokens.atEnd()) {
      int mark = tokens.cur();
      char sep = separator();
      if (sep == 0) {
        break;
      }
      if (tokens.atEnd() || !dates.startsItem(tokens.cur())) {
        tokens.seek(mark);
        break;
      }
      if (!dates.item()) {
        return null;
      }
      Shape joined = sep == '-' || sep == '&' && between ? Shape.RANGE : Shape.LIST;
      if (shape == Shape.RANGE || joined == Shape.RANGE && shape == Shape.LIST) {
        tokens.fail(mark, "a range joins exactly two dates");
        return null;
      }
      shape = joined;
      lastSeparator = sep;
    }
    return shape;
  }

  /** The separator at the cursor, normalised ('-' for a range word, '&amp;' for 'and'), or 0. */
  private char separator() {
    if (tokens.accept('-') || tokens.accept(TO) || tokens.accept(UNTIL)) {
      return '-';
    }
    if (tokens.accept(AND) || tokens.accept('&')) {
      return '&';
    }
    if (tokens.accept('/')) {
      return '/';
    }
    return tokens.accept(',') ? ',' : 0;
  }

  private Target range() {
    DateRange first = items.period(0);
    DateRange last = items.period(items.size() - 1);
    if (last.end().isBefore(first.start())) {
      tokens.fail(items.token(items.size() - 1), "the range ends before it starts");
      return null;
    }
    if (!tokens.atEnd()) {
      tokens.fail(tokens.cur(), "unexpected text after the range");
      return null;
    }
    return results.span(first, last);
  }

  private Target list() {
    if (items.size() == 2 && lastSeparator == '/' && items.consecutiveMonths()) {
      // "June/July 2012": two adjacent months are read as one span.
      return range();
    }
    if (!tokens.atEnd()) {
      tokens.fail(tokens.cur(), "unexpected text after the dates");
      return null;
    }
    return results.list();
  }

  /** A single period, perhaps followed by "onwards" or a recurrence. */
  private Target single(boolean from) {
    if (openSuffix()) {
      if (tokens.atEnd()) {
        return results.withPeriod(TargetKind.OPEN_START, null);
      }
      tokens.fail(tokens.cur(), "unexpected text after 'onwards'");
      return null;
    }
    if (from) {
      if (tokens.atEnd()) {
        return results.withPeriod(TargetKind.OPEN_START, null);
      }
      tokens.fail(tokens.cur(), "unexpected text after the first date");
      return null;
    }
    if (tokens.atEnd()) {
      return results.single();
    }
    Recurrence r = recurrenceSuffix();
    if (r != null) {
      return results.withPeriod(TargetKind.RECURRING, r);
    }
    tokens.fail(tokens.cur(), "unexpected text after the date");
    return null;
  }

  /** {@code onwards}, {@code - ongoing}, {@code & ongoing}, {@code and onwards}. */
  private boolean openSuffix() {
    int mark = tokens.cur();
    if (!tokens.accept('-') && !tokens.accept(',') && !tokens.accept('&')) {
      tokens.accept(AND);
    }
    if (tokens.accept(ONWARDS) || ongoing()) {
      return true;
    }
    tokens.seek(mark);
    return false;
  }

  /** {@code , thereafter monthly}, {@code then monthly}, {@code and monthly thereafter}. */
  private Recurrence recurrenceSuffix() {
    int mark = tokens.cur();
    tokens.accept(',');
    tokens.accept('-');
    tokens.accept(';');
    tokens.accept(AND);
    tokens.accept(THEN);
    thereafter();
    Recurrence r = recurrence();
    if (r == null) {
      tokens.fail(tokens.cur(), "expected a recurrence such as 'thereafter monthly'");
      tokens.seek(mark);
      return null;
    }
    thereafter();
    tokens.accept('.');
    if (!tokens.atEnd()) {
      tokens.fail(tokens.cur(), "unexpected text after the recurrence");
      tokens.seek(mark);
      return null;
    }
    return r;
  }

  private boolean thereafter() {
    if (tokens.accept(THEREAFTER)) {
      return true;
    }
    int cur = tokens.cur();
    if (tokens.isWord(cur, THERE) && tokens.isWord(cur + 1, AFTER)) {
      tokens.seek(cur + 2);
      return true;
    }
    return false;
  }

  /** Words that add nothing to the deadline: {@code by}, {@code due by}, {@code end of}. */
  private void prefix() {
    tokens.accept(DUE);
    tokens.accept(BY);
    tokens.accept(BEFORE);
    tokens.accept(THE);
    if (tokens.accept(END)) {
      tokens.accept(OF);
    }
    tokens.accept(':');
  }
}
