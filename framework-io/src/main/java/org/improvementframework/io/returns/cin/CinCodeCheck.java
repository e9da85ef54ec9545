package org.improvementframework.io.returns.cin;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CodeLists;
import org.improvementframework.io.returns.XmlReturns;

/**
 * Checks the coded elements of a census against the lists of its collection year, giving a
 * located warning for a code the year's list lacks; the code itself is not kept by the reader,
 * so nothing is dropped from what it returns. Used by one reader, for one document.
 */
final class CinCodeCheck {

  // A code of some list is not personal data, so it is quoted to help the user find it; any other
  // text (which might be an id or a date typed into the wrong element) is never shown.
  private static final String ACTION = "not used (no indicator reads it)";

  private final int given;
  private int headerYear;
  private int referenceYear;
  private int year;

  /**
   * Creates a check.
   *
   * @param given the collection year to check against, or 0 to take the header's
   */
  CinCodeCheck(int given) {
    this.given = given;
  }

  /** Notes the header's {@code Year}; a text that is not a year is a warning. */
  void headerYear(String text, InputLocation at, Consumer<ReadWarning> warnings) {
    if (text.matches("\\d{4}")) {
      headerYear = Integer.parseInt(text);
      if (given != 0 && headerYear != given) {
        warnings.accept(
            ReadWarning.of(
                at,
                "the header names collection year "
                    + CinCodes.yearText(headerYear)
                    + ", not the year given",
                text,
                "codes checked against the " + CinCodes.yearText(given) + " list"));
      }
    } else if (!text.isEmpty()) {
      warnings.accept(
          ReadWarning.of(
              at, "not a year (expected four digits, such as 2024)", shown(text), "ignored"));
    }
  }

  /** Notes the header's {@code ReferenceDate}, the last day of the collection year. */
  void referenceDate(Optional<LocalDate> date) {
    date.ifPresent(d -> referenceYear = d.getMonthValue() <= 3 ? d.getYear() : d.getYear() + 1);
  }

  /**
   * Gets the year codes are checked against, fixing it on the first call: the year given, else
   * the header's {@code Year}, else the year its {@code ReferenceDate} ends, else the latest
   * known list, with a warning.
   */
  int year(InputLocation at, Consumer<ReadWarning> warnings) {
    if (year == 0) {
      year = given != 0 ? given : headerYear != 0 ? headerYear : referenceYear;
      if (year == 0) {
        year = CinCodes.LATEST_KNOWN_YEAR;
        warnings.accept(
            ReadWarning.of(
                at,
                "no collection year (header Year or ReferenceDate) before the first child",
                "",
                "codes checked against the " + CinCodes.yearText(year) + " list"));
      }
    }
    return year;
  }

  /** Gets the year fixed by {@link #year}, or 0 before the first child. */
  int resolved() {
    return year;
  }

  /**
   * Reads the text of the coded element just started and checks it, moving past the element's
   * end. The location names the element's path with the child's ordinal in the file
   * ({@code /Message/Children/Child[12]/CINdetails/ReferralSource}), never the child's id.
   */
  void check(XmlReturns xml, long child, Consumer<ReadWarning> warnings) {
    String element = xml.name();
    InputLocation here = xml.where();
    String code = xml.text();
    if (code.isEmpty()) {
      return;
    }
    int y = year(here, warnings);
    Optional<CodeLists.Years> years = CinCodes.years(element, code);
    if (years.isPresent() && years.get().contains(y)) {
      return;
    }
    InputLocation at =
        here.toBuilder()
            .column(here.column().orElse("").replace("/Child/", "/Child[" + child + "]/"))
            .build();
    String list = "the " + CinCodes.yearText(y) + " list of " + element;
    warnings.accept(
        years.isPresent()
            ? ReadWarning.of(
                at, "code not in " + list + ", listed " + years.get(), shown(code), ACTION)
            : ReadWarning.of(at, "unknown code, not in " + list, shown(code), ACTION));
  }

  private static String shown(String text) {
    return CinCodes.isListed(text) ? text : "";
  }
}
