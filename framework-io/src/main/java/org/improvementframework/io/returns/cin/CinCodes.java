package org.improvementframework.io.returns.cin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.io.returns.CodeLists;

/**
 * The children in need census code lists by collection year, loaded from the resource {@code
 * cin-codes.csv} beside this class: one row per element and code with the first and last
 * collection year (named by the March it ends in: 2022 is 2021-22) in which the code is listed.
 *
 * <p>The coded elements are {@code GenderCurrent}, {@code UPNunknown}, {@code Ethnicity}, {@code
 * Disability}, {@code ReferralSource}, {@code PrimaryNeedCode}, {@code ReasonForClosure}, {@code
 * AssessmentFactors} (factors identified at assessment), {@code InitialCategoryOfAbuse}, {@code
 * LatestCategoryOfAbuse}, {@code ReferralNFA} and {@code ICPCnotRequired}. Codes are matched as
 * the schemas define them, case included ({@code NONE}, {@code true}).
 *
 * <p>Source: the DfE's census specifications as transcribed in the XML schemas of
 * SocialFinanceDigitalLabs/liia-tools (MIT licence), {@code liiatools/spec/cin_census/
 * CIN_schema_2018.xsd}, {@code CIN_schema_2020.xsd}, {@code CIN_schema_2021.xsd} and {@code
 * cin-2022.xsd}. What differs between them: factors {@code 18A} and {@code 19A} (physical and
 * sexual abuse) are listed to 2019-20 and split into {@code 18B}/{@code 18C} and {@code 19B}/{@code
 * 19C} (child on child, adult on child) from 2020-21; {@code 24A} (child criminal exploitation)
 * from 2021-22; the flags' {@code TRUE}/{@code FALSE} are listed to 2020-21. Between two known
 * schemas the earlier one's list holds (2018-19 takes the 2017-18 list); years before 2017-18 are
 * checked against the 2017-18 list, years after 2021-22 against the 2021-22 list.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CinCodes {

  /** The earliest collection year of a known schema. */
  public static final int FIRST_KNOWN_YEAR = 2018;

  /** The latest collection year of a known schema. */
  public static final int LATEST_KNOWN_YEAR = 2022;

  private static final CodeLists LISTS =
      CodeLists.load(CinCodes.class, "cin-codes.csv", 1, FIRST_KNOWN_YEAR, LATEST_KNOWN_YEAR);

  private CinCodes() {}

  /**
   * Gets the names of the coded elements.
   *
   * @return the local names of the elements, in the order of the resource; not null
   */
  public static Set<String> elements() {
    return LISTS.keys();
  }

  /**
   * Whether an element holds a code of a list.
   *
   * @param element the element's local name; not null
   * @return true if the element is coded
   */
  public static boolean isCoded(String element) {
    return LISTS.keys().contains(Objects.requireNonNull(element, "element"));
  }

  /**
   * Whether a text is a code of some element's list in some year: only such a text is quoted in
   * a warning, so that an id or a date typed into a coded element is never shown.
   *
   * @param text the text; not null
   * @return true if some list holds it
   */
  public static boolean isListed(String text) {
    return LISTS.isListed(Objects.requireNonNull(text, "text"));
  }

  /**
   * Gets the years a code of an element is listed in.
   *
   * @param element the element's local name, such as {@code ReferralSource}; not null
   * @param code the code as written; not null
   * @return the years, or empty if no known year lists the code; not null
   */
  public static Optional<CodeLists.Years> years(String element, String code) {
    Objects.requireNonNull(code, "code");
    return LISTS.years(element, code);
  }

  /**
   * Gets the codes of an element listed for a collection year.
   *
   * @param element the element's local name; not null
   * @param year the collection year, named by the March it ends in
   * @return the codes in the order of the specification; not null
   */
  public static List<String> codes(String element, int year) {
    return LISTS.codes(Objects.requireNonNull(element, "element"), year);
  }

  /**
   * Writes a collection year as the DfE does, such as {@code 2021-22} for 2022.
   *
   * @param year the year, named by the March it ends in
   * @return the text; not null
   */
  public static String yearText(int year) {
    return CodeLists.yearText(year);
  }
}
