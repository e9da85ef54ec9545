package org.improvementframework.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the forms in which councils write target dates. */
final class TargetParser {

  private TargetParser() {}

  static Target parse(String text, TargetContext context) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.equals("tbc") || s.equals("to be confirmed")) {
      return Target.builder().text(text).kind(TargetKind.TO_BE_CONFIRMED).build();
    }
    try {
      LocalDate day = LocalDate.parse(s);
      return Target.builder().text(text).kind(TargetKind.DAY).addPeriods(DateRange.ofDay(day))
          .build();
    } catch (DateTimeParseException e) {
      throw new TargetParseException(text, 0, "not a recognised form");
    }
  }
}
