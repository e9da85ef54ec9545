package org.improvementframework.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the references to areas, actions and milestones that a plan writes in free text, as
 * councils write them.
 *
 * <pre>{@code
 * ReferenceFinder.find("Linked to measures within improvement area 15 & 16.");
 * // two: AreaRef 15 at 43 to 45, AreaRef 16 at 48 to 50, each with cue AREA
 * ReferenceFinder.find("In Progress as per 10.1").get(0).reference();   // ActionRef 10.1
 * }</pre>
 *
 * <p>A number is a reference only where words introduce it, since plans are full of numbers
 * that are not: dates ({@code 30/3}, {@code 15th April 15}), numbered lists ({@code 1.}
 * {@code 2.}), counts and statutory sections. What it reads:
 * <ul>
 *   <li>a word naming an area, then any reference: {@code Improvement 3},
 *       {@code improvement area 15 & 16} (two), {@code area for improvement 2},
 *       {@code Links with Area 3}, {@code (Dependency : Improvement 3)};</li>
 *   <li>{@code action} or {@code actions}, then an action or milestone reference:
 *       {@code Action 2.1}, {@code actions 2.1, 2.2 and 2.3} (three); a single number after
 *       {@code action} names no area, so it is not read;</li>
 *   <li>{@code milestone}, then a milestone reference: {@code Milestone 2.1.3};</li>
 *   <li>a section mark ({@code s 3}, {@code s3}, {@code s.3}, {@code section 3}) only after
 *       words that point ({@code as per s3}, {@code see s 3}) or before {@code above} or
 *       {@code below} ({@code s 3 above}), because {@code s47} and {@code Section 20} in
 *       children's services text are sections of the Children Act, not of the plan;</li>
 *   <li>words that point ({@code as per}, {@code see}, {@code refer to}, {@code linked to},
 *       {@code links with}, {@code dependency}, {@code dependent on}, {@code depends on},
 *       {@code in line with}), then a dotted reference ({@code As per 10.1}); a single number
 *       after them only before {@code above} or {@code below} ({@code see 2 above}), or after
 *       {@code as per} or a word of dependency ({@code Dependency: 3});</li>
 *   <li>{@code in}, {@code at} or {@code under}, then a reference before {@code above} or
 *       {@code below}: {@code dependent on timescales in 2 above};</li>
 *   <li>a dotted reference alone in brackets: {@code (2.1)}.</li>
 * </ul>
 * After a reference, further numbers joined by {@code ,}, {@code &}, {@code +}, {@code and} or
 * {@code or} are references of the same kind. A number is never read when it runs on into a
 * date, time, range, fraction or percentage ({@code 30/3}, {@code 3-5}, {@code 10:30},
 * {@code 15%}, {@code 15th}, {@code 15 April}), has a leading zero, or (a single number from 1900
 * to 2099) is a year.
 *
 * <p>The finder reads the text as it is, and never guesses: {@code II.3}, the extraction of
 * {@code 11.3} with the digit 1 read as the letter I, is not a reference here. Repairing such
 * text is the importer's job, which knows where the text came from and warns about each repair.
 *
 * <p>This class is thread-safe.
 */
public final class ReferenceFinder {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String POINTER_WORDS =
      "as\\s+per|see|refer(?:s|red)?\\s+to|linked\\s+to"
          + "|links?\\s+(?:with|to)|dependenc(?:y|ies)|dependent\\s+(?:on|upon)|depends\\s+on"
          + "|in\\s+line\\s+with";

  /** A cue: the words before a reference, then the space or punctuation up to its number. */
  private static final Pattern CUE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’])(?:"
              + "(?<area>areas?\\s+for\\s+improvement|improvement\\s+areas?|improvements?|areas?)"
              + "|(?<action>actions?)"
              + "|(?<milestone>milestones?)"
              + "|(?<pointer>"
              + POINTER_WORDS
              + ")"
              + "|(?<weak>in|at|under)"
              + "|(?<section>sections?|s)"
              + ")(?![\\p{L}'’])[\\s:.#\\-–—]{0,6}+",
          FLAGS);

  /** A pointer whose single number is read without {@code above} or {@code below}. */
  private static final Pattern STRONG_POINTER =
      Pattern.compile("as\\s+per|dependen.*|depends.*", FLAGS);

  /** Words that point, ending just before a section mark. */
  private static final Pattern POINTER_BEFORE =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + POINTER_WORDS + "|in|under)[\\s:]*+$", FLAGS);

  /**
   * A reference's number: one to three dotted positive numbers without leading zeros, that does
   * not run on into a longer number, word, date, time, range, fraction or percentage.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "[1-9]\\d{0,8}(?:\\.[1-9]\\d{0,8}){0,2}"
              + "(?![\\p{L}\\p{N}%])(?!\\.\\p{N})(?![/\\\\\\-–:,]\\p{N})"
              + "(?!\\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
          FLAGS);

  private static final Pattern ABOVE_OR_BELOW =
      Pattern.compile("\\s*+(?:above|below)(?![\\p{L}\\p{N}])", FLAGS);

  private static final Pattern JOIN =
      Pattern.compile("\\s*+(?:,|&|\\+|and(?![\\p{L}])|or(?![\\p{L}]))\\s*+", FLAGS);

  private static final Pattern BRACKETED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\(\\s*+(?<number>[1-9]\\d{0,8}(?:\\.[1-9]\\d{0,8}){1,2})\\s*+\\)");

  private ReferenceFinder() {}

  /**
   * Finds the references written in the text, in the order they appear.
   *
   * <p>Each found reference gives the span of its number, so that
   * {@code text.subSequence(f.start(), f.end())} equals {@code f.text()}. This method never
   * throws on any text: text with no reference gives an empty list.
   *
   * @param text the text to search; not null
   * @return the references found, by position; not null, possibly empty, unmodifiable
   */
  public static List<FoundReference> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    List<FoundReference> found = new ArrayList<>();
    Matcher cue = CUE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher number = NUMBER.matcher(s);
    int length = s.length();
    // Trying the cue pattern only where a word starts with a cue's first letter keeps finding
    // linear and fast: most positions of a text are not the start of a cue.
    for (int i = 0; i < length; i++) {
      if (!isCueInitial(s.charAt(i)) || (i > 0 && isWordChar(s.charAt(i - 1)))) {
        continue;
      }
      cue.region(i, length);
      if (!cue.lookingAt()) {
        continue;
      }
      FoundReference.Cue kind = kindOf(cue);
      number.region(cue.end(), length);
      if (!number.lookingAt()) {
        continue;
      }
      String first = number.group();
      if (!accepts(kind, cue, first, s, number.end(), true)) {
        continue;
      }
      found.add(FoundReference.of(Reference.parse(first), number.start(), first, kind));
      i = listed(s, kind, cue, number, depth(first), found) - 1;
    }
    bracketed(s, found);
    found.sort(Comparator.comparingInt(FoundReference::start));
    return List.copyOf(found);
  }

  /**
   * Adds the numbers that follow a found one in a list ("2.1, 2.2 and 2.3"), as long as each has
   * the same depth and is accepted after the same cue; returns where the last one ends.
   */
  private static int listed(
      String s,
      FoundReference.Cue kind,
      Matcher cue,
      Matcher number,
      int depth,
      List<FoundReference> found) {
    int length = s.length();
    int end = number.end();
    Matcher join = JOIN.matcher(s);
    while (true) {
      join.region(end, length);
      if (!join.lookingAt()) {
        return end;
      }
      number.region(join.end(), length);
      if (!number.lookingAt()) {
        return end;
      }
      String next = number.group();
      if (depth(next) != depth || !accepts(kind, cue, next, s, number.end(), false)) {
        return end;
      }
      found.add(FoundReference.of(Reference.parse(next), number.start(), next, kind));
      end = number.end();
    }
  }

  /** Adds the references written in brackets, "(2.1)", that no cue has found already. */
  private static void bracketed(String s, List<FoundReference> found) {
    int length = s.length();
    Set<Integer> starts = new HashSet<>();
    found.forEach(f -> starts.add(f.start()));
    Matcher bracketed = BRACKETED.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
      bracketed.region(open, length);
      if (!bracketed.lookingAt()) {
        continue;
      }
      int start = bracketed.start("number");
      if (!starts.contains(start)) {
        String n = bracketed.group("number");
        found.add(FoundReference.of(Reference.parse(n), start, n, FoundReference.Cue.BRACKETS));
      }
    }
  }

  /** The first letters of the cue words: area, improvement, action, milestone, see, ... */
  private static boolean isCueInitial(char c) {
    return switch (Character.toLowerCase(c)) {
      case 'a', 'd', 'i', 'l', 'm', 'r', 's', 'u' -> true;
      default -> false;
    };
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
  }

  private static FoundReference.Cue kindOf(Matcher cue) {
    if (cue.group("area") != null) {
      return FoundReference.Cue.AREA;
    }
    if (cue.group("action") != null) {
      return FoundReference.Cue.ACTION;
    }
    if (cue.group("milestone") != null) {
      return FoundReference.Cue.MILESTONE;
    }
    if (cue.group("pointer") != null || cue.group("weak") != null) {
      return FoundReference.Cue.POINTER;
    }
    return FoundReference.Cue.SECTION;
  }

  /** Applies the rules of the class comment to a number found after a cue. */
  private static boolean accepts(
      FoundReference.Cue kind, Matcher cue, String number, String s, int end, boolean first) {
    int depth = depth(number);
    if (depth == 1 && isYear(number)) {
      return false;
    }
    switch (kind) {
      case AREA -> {
        return true;
      }
      case ACTION -> {
        return depth >= 2;
      }
      case MILESTONE -> {
        return depth == 3;
      }
      case SECTION -> {
        return !first || pointsBefore(s, cue.start()) || aboveOrBelow(s, end);
      }
      default -> {
        if (cue.group("weak") != null) {
          return aboveOrBelow(s, end);
        }
        if (depth >= 2 || !first) {
          return true;
        }
        if (aboveOrBelow(s, end)) {
          return true;
        }
        // "1. Agree the plan" after a pointer is a list marker, not a reference.
        boolean listMarker =
            end + 1 < s.length()
                && s.charAt(end) == '.'
                && Character.isWhitespace(s.charAt(end + 1));
        return !listMarker && STRONG_POINTER.matcher(cue.group("pointer")).matches();
      }
    }
  }

  private static boolean pointsBefore(String s, int cueStart) {
    int windowStart = Math.max(0, cueStart - 40);
    return POINTER_BEFORE.matcher(s.substring(windowStart, cueStart)).find();
  }

  private static boolean aboveOrBelow(String s, int end) {
    Matcher m = ABOVE_OR_BELOW.matcher(s);
    m.region(end, s.length());
    return m.lookingAt();
  }

  private static boolean isYear(String number) {
    if (number.length() != 4) {
      return false;
    }
    int year = Integer.parseInt(number);
    return year >= 1900 && year <= 2099;
  }

  private static int depth(String number) {
    int dots = 0;
    for (int i = 0; i < number.length(); i++) {
      if (number.charAt(i) == '.') {
        dots++;
      }
    }
    return dots + 1;
  }
}
