package org.improvementframework.io.returns.ssda903;

import java.util.List;
import java.util.Optional;
import org.improvementframework.io.returns.CodeLists;

/**
 * The SSDA903 code lists by collection year, loaded from the resource {@code ssda903-codes.csv}
 * beside this class: one row per table, column and code with the first and last collection year
 * (named by the March it ends in: 2024 is 2023-24) in which the code is listed.
 *
 * <p>Source: the DfE specifications as transcribed in the public schemas of
 * SocialFinanceDigitalLabs/liia-tools ({@code liiatools/spec/s903/SSDA903_schema_2017.yml},
 * {@code _2021.yml}, {@code _2024.yml}, {@code samples/SSDA903_schema_2022.yml}). Between two
 * known schemas the earlier one's list holds: a code listed in 2017 and not in 2021 is valid
 * 2016-17 to 2019-20; a code first listed in 2021 is valid from 2020-21. Years before 2017 are
 * checked against the 2017 list, years after 2024 against the 2024 list.
 *
 * The lists are read by {@link CodeLists}, which the CIN census's {@code CinCodes} shares.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ssda903Codes {

  /** The earliest collection year of a known schema. */
  public static final int FIRST_KNOWN_YEAR = 2017;

  /** The latest collection year of a known schema. */
  public static final int LATEST_KNOWN_YEAR = 2024;

  private static final CodeLists LISTS =
      CodeLists.load(
          Ssda903Codes.class, "ssda903-codes.csv", 2, FIRST_KNOWN_YEAR, LATEST_KNOWN_YEAR);

  private Ssda903Codes() {}

  /**
   * Gets the years a code of a column is listed in.
   *
   * @param table the table; not null
   * @param column the column's name, such as {@code ACTIV}; not null
   * @param code the code as read, upper case; not null
   * @return the years, or empty if no known year lists the code; not null
   */
  public static Optional<CodeLists.Years> years(Ssda903Table table, String column, String code) {
    return LISTS.years(key(table, column), code);
  }

  /**
   * Gets the codes of a column listed for a collection year.
   *
   * @param table the table; not null
   * @param column the column's name; not null
   * @param year the collection year, named by the March it ends in
   * @return the codes in the order of the specification; not null
   */
  public static List<String> codes(Ssda903Table table, String column, int year) {
    return LISTS.codes(key(table, column), year);
  }

  /**
   * Writes a collection year as the DfE does, such as {@code 2023-24} for 2024.
   *
   * @param year the year, named by the March it ends in
   * @return the text; not null
   */
  public static String yearText(int year) {
    return CodeLists.yearText(year);
  }

  private static String key(Ssda903Table table, String column) {
    return table.fileName() + "/" + column;
  }
}
