package org.improvementframework.io.returns.ssda903;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables of the SSDA903 return, with their columns and code lists as the DfE's <em>Children
 * looked after by local authorities in England: technical specification</em> gives them for
 * CSV loading (one file per table, the first row naming the columns).
 *
 * <p>The tables' names and columns are read once from the resource {@code ssda903-columns.csv}
 * beside this class, each constant being its table's name in upper case with {@code _} between
 * words ({@code PLACED_ADOPTION} is {@code PlacedAdoption});
 * each coded column's codes are those of {@link Ssda903Codes}' latest known year (2023-24), its
 * older codes those only earlier years list, for reference; readers check
 * each code against the lists of the return's collection year, {@link Ssda903Codes}, where the
 * codes of older years only (activity {@code F3}/{@code P3}, reasons episode ceased
 * {@code E43}/{@code E44}) and of newer years only ({@code CUSTOD}, {@code E45} to
 * {@code E48}, activity {@code F4} to {@code P5}, the SocialWorker table from 2023-24) have
 * their years. A file name is matched to a table by its name, ignoring case
 * and anything but letters and digits ({@code episodes.csv}, {@code SSDA903_Episodes.csv}).
 */
public enum Ssda903Table {

  /** One row per child: {@code CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB}. */
  HEADER,

  /**
   * One row per episode of care: {@code CHILD, DECOM} (date episode commenced), {@code RNE}
   * (reason for new episode), {@code LS} (legal status), {@code CIN} (category of need),
   * {@code PLACE} (placement type), {@code PLACE_PROVIDER}, {@code DEC} (date episode ceased),
   * {@code REC} (reason episode ceased), {@code REASON_PLACE_CHANGE}, {@code HOME_POST},
   * {@code PL_POST}, {@code URN}.
   */
  EPISODES,

  /** Unaccompanied asylum-seeking children: {@code CHILD, SEX, DOB, DUC}. */
  UASC,

  /** Reviews: {@code CHILD, DOB, REVIEW, REVIEW_CODE}. */
  REVIEWS,

  /**
   * Adoptions in the year: {@code CHILD, DOB, DATE_INT} (date of the decision that the child
   * should be placed for adoption), {@code DATE_MATCH} (date of the match with the adopters),
   * {@code FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR}.
   */
  AD1,

  /**
   * Decisions that a child should be placed for adoption: {@code CHILD, DOB, DATE_PLACED,
   * DATE_PLACED_CEASED, REASON_PLACED_CEASED}.
   */
  PLACED_ADOPTION,

  /** Previous permanence: {@code CHILD, DOB, PREV_PERM, LA_PERM, DATE_PERM}. */
  PREV_PERM,

  /** Outcomes of children looked after 12 months: {@code CHILD, DOB, SDQ_SCORE, ...}. */
  OC2,

  /**
   * Care leavers around their 17th to 21st birthdays: {@code CHILD, DOB, IN_TOUCH, ACTIV}
   * (main activity), {@code ACCOM} (accommodation: a letter and 1 suitable or 2 not suitable).
   */
  OC3,

  /** Missing or absent episodes: {@code CHILD, DOB, MISSING, MIS_START, MIS_END}. */
  MISSING,

  /**
   * Social worker episodes (2023-24 onward): {@code CHILD, DOB, SW_ID, SW_DECOM, SW_DEC,
   * SW_REASON}.
   */
  SOCIAL_WORKER;

  /**
   * Gets the table's name as the specification writes it, such as {@code PlacedAdoption}.
   *
   * @return the name; not null
   */
  public String fileName() {
    return Ssda903Columns.fileName(this);
  }

  /**
   * Gets the columns, in the specification's order.
   *
   * @return the columns; not null
   */
  public List<Ssda903Column> columns() {
    return Ssda903Columns.of(this);
  }

  /**
   * Finds the table a file holds, from the file's name without its extension: the name must end
   * with the table's name, ignoring case and anything but letters and digits.
   *
   * @param name the file name, such as {@code 2024_episodes.csv}; not null
   * @return the table, or empty if the name is not a table's; not null
   */
  public static Optional<Ssda903Table> ofFileName(String name) {
    String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    String key = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    Ssda903Table best = null;
    for (Ssda903Table t : values()) {
      String n = t.fileName().toLowerCase(Locale.ROOT);
      if (key.endsWith(n) && (best == null || n.length() > best.fileName().length())) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }
}
