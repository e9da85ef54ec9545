package org.improvementframework.io.layout;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetContext;
import org.improvementframework.model.TargetKind;

/** Recognises section-heading rows: areas ("Area 2: Leadership") and dates ("By June 2015"). */
final class Headings {

  /** An area heading: its number if written, and its title without the number's punctuation. */
  record AreaHeading(Integer number, String title, boolean keyword) {}

  private static final Pattern AREA =
      Pattern.compile(
          "(?i)^\\s*(area\\s+for\\s+improvement|"
              + "improvement\\s+area|area|priority|theme|section|workstream|strand|improvement)?"
              + "\\s*(?:no\\.?\\s*)?([0-9Il]{1,3}|[A-Z](?=[\\s:.)\\-\\u2013\\u2014]))?"
              + "(?:\\s*[:.)\\-\\u2013\\u2014]+\\s*|\\s+|$)(.*)$",
          Pattern.DOTALL);

  private static final Pattern DATE_LEAD =
      Pattern.compile(
          "(?i)^\\s*(?:to\\s+be\\s+completed\\s+"
              + "by|complete(?:d)?\\s+by|due(?:\\s+by)?|deadline|target(?:\\s+date)?|by|before|"
              + "milestones?\\s+(?:due\\s+)?by)\\s*:?\\s*(.+?)\\s*:?\\s*$");

  /** The kinds of target that name a date or a span of dates, not a list or a to-be-fixed. */
  static final Set<TargetKind> DATES = EnumSet.range(TargetKind.DAY, TargetKind.RANGE);

  private Headings() {}

  /** Reads an area heading; a title alone (no keyword, no number) is a heading too. */
  static AreaHeading area(String text) {
    Matcher m = AREA.matcher(text.strip());
    if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
      String digits = m.group(2) == null ? null : m.group(2).replace('I', '1').replace('l', '1');
      Integer number =
          digits == null || !digits.chars().allMatch(Character::isDigit)
              ? null
              : Integer.valueOf(digits);
      String title = m.group(3).strip();
      if (number != null && number > 0 && !title.isEmpty()) {
        return new AreaHeading(number, title, m.group(1) != null);
      }
      if (m.group(1) != null && !title.isEmpty() && number == null && digits == null) {
        return new AreaHeading(null, title, true);
      }
    }
    return new AreaHeading(null, text.strip(), false);
  }

  /** Reads a date heading, giving the date as written without "By" and the like. */
  static Optional<String> date(String text, TargetContext context) {
    String t = text.strip();
    Matcher m = DATE_LEAD.matcher(t);
    String date = m.matches() ? m.group(1) : t;
    if (date.length() > 40 || date.chars().noneMatch(Character::isDigit)) {
      return Optional.empty();
    }
    Target target = Target.read(date, context);
    return DATES.contains(target.kind()) ? Optional.of(date) : Optional.empty();
  }
}
