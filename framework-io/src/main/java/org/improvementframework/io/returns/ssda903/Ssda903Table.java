package org.improvementframework.io.returns.ssda903;

import static org.improvementframework.io.returns.ssda903.Ssda903Column.code;
import static org.improvementframework.io.returns.ssda903.Ssda903Column.date;
import static org.improvementframework.io.returns.ssda903.Ssda903Column.id;
import static org.improvementframework.io.returns.ssda903.Ssda903Column.integer;
import static org.improvementframework.io.returns.ssda903.Ssda903Column.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables of the SSDA903 return, with their columns and code lists as the DfE's <em>Children
 * looked after by local authorities in England: technical specification</em> gives them for
 * CSV loading (one file per table, the first row naming the columns).
 *
 * <p>The code lists here are those of the 2023-24 specification, for reference; readers check
 * each code against the lists of the return's collection year, {@link Ssda903Codes}, where the
 * codes of older years only (activity {@code F3}/{@code P3}, reasons episode ceased
 * {@code E43}/{@code E44}) and of newer years only ({@code CUSTOD}, {@code E45} to
 * {@code E48}, activity {@code F4} to {@code P5}, the SocialWorker table from 2023-24) have
 * their years. A file name is matched to a table by its name, ignoring case
 * and anything but letters and digits ({@code episodes.csv}, {@code SSDA903_Episodes.csv}).
 */
public enum Ssda903Table {

  /** One row per child: {@code CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB}. */
  HEADER(
      "Header",
      List.of(
          id(),
          code("SEX", true, "1 2"),
          date("DOB", true),
          code(
              "ETHNIC",
              true,
              "WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH"
                  + " BCRB BAFR BOTH CHNE OOTH REFU NOBT"),
          text("UPN", false),
          code("MOTHER", false, "0 1"),
          date("MC_DOB", false))),

  /**
   * One row per episode of care: {@code CHILD, DECOM} (date episode commenced), {@code RNE}
   * (reason for new episode), {@code LS} (legal status), {@code CIN} (category of need),
   * {@code PLACE} (placement type), {@code PLACE_PROVIDER}, {@code DEC} (date episode ceased),
   * {@code REC} (reason episode ceased), {@code REASON_PLACE_CHANGE}, {@code HOME_POST},
   * {@code PL_POST}, {@code URN}.
   */
  EPISODES(
      "Episodes",
      List.of(
          id(),
          date("DECOM", true),
          code("RNE", true, "S L P T B U"),
          code("LS", true, "C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3"),
          code("CIN", true, "N1 N2 N3 N4 N5 N6 N7 N8"),
          code(
              "PLACE",
              true,
              "A3 A4 A5 A6 H5 K1 K2 P1 P2 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3"
                  + " U4 U5 U6 Z1"),
          code("PLACE_PROVIDER", false, "PR0 PR1 PR2 PR3 PR4 PR5"),
          date("DEC", false),
          code(
              "REC",
              false,
              "X1 E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E9 E14 E15"
                  + " E16 E17 E8",
              "E43 E44"),
          code(
              "REASON_PLACE_CHANGE",
              false,
              "CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ" + " PLACE CUSTOD OTHER"),
          text("HOME_POST", false),
          text("PL_POST", false),
          text("URN", false))),

  /** Unaccompanied asylum-seeking children: {@code CHILD, SEX, DOB, DUC}. */
  UASC("UASC", List.of(id(), code("SEX", true, "1 2"), date("DOB", true), date("DUC", false))),

  /** Reviews: {@code CHILD, DOB, REVIEW, REVIEW_CODE}. */
  REVIEWS(
      "Reviews",
      List.of(
          id(),
          date("DOB", true),
          date("REVIEW", true),
          code("REVIEW_CODE", true, "PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7"))),

  /**
   * Adoptions in the year: {@code CHILD, DOB, DATE_INT} (date of the decision that the child
   * should be placed for adoption), {@code DATE_MATCH} (date of the match with the adopters),
   * {@code FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR}.
   */
  AD1(
      "AD1",
      List.of(
          id(),
          date("DOB", true),
          date("DATE_INT", true),
          date("DATE_MATCH", true),
          code("FOSTER_CARE", true, "0 1"),
          integer("NB_ADOPTR", true),
          code("SEX_ADOPTR", true, "M1 F1 MM FF MF"),
          code("LS_ADOPTR", true, "L0 L11 L12 L2 L3 L4"))),

  /**
   * Decisions that a child should be placed for adoption: {@code CHILD, DOB, DATE_PLACED,
   * DATE_PLACED_CEASED, REASON_PLACED_CEASED}.
   */
  PLACED_ADOPTION(
      "PlacedAdoption",
      List.of(
          id(),
          date("DOB", true),
          date("DATE_PLACED", true),
          date("DATE_PLACED_CEASED", false),
          code("REASON_PLACED_CEASED", false, "RD1 RD2 RD3 RD4"))),

  /** Previous permanence: {@code CHILD, DOB, PREV_PERM, LA_PERM, DATE_PERM}. */
  PREV_PERM(
      "PrevPerm",
      List.of(
          id(),
          date("DOB", true),
          code("PREV_PERM", true, "P1 P2 P3 P4 Z1"),
          text("LA_PERM", false),
          text("DATE_PERM", false))),

  /** Outcomes of children looked after 12 months: {@code CHILD, DOB, SDQ_SCORE, ...}. */
  OC2(
      "OC2",
      List.of(
          id(),
          date("DOB", true),
          integer("SDQ_SCORE", false),
          code("SDQ_REASON", false, "SDQ1 SDQ2 SDQ3 SDQ4 SDQ5"),
          code("CONVICTED", false, "0 1"),
          code("HEALTH_CHECK", false, "0 1"),
          code("IMMUNISATIONS", false, "0 1"),
          code("TEETH_CHECK", false, "0 1"),
          code("HEALTH_ASSESSMENT", false, "0 1"),
          code("SUBSTANCE_MISUSE", false, "0 1"),
          code("INTERVENTION_RECEIVED", false, "0 1"),
          code("INTERVENTION_OFFERED", false, "0 1"))),

  /**
   * Care leavers around their 17th to 21st birthdays: {@code CHILD, DOB, IN_TOUCH, ACTIV}
   * (main activity), {@code ACCOM} (accommodation: a letter and 1 suitable or 2 not suitable).
   */
  OC3(
      "OC3",
      List.of(
          id(),
          date("DOB", true),
          code("IN_TOUCH", true, "YES NO DIED REFU NREQ RHOM"),
          code("ACTIV", true, "F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6 0", "F3 P3"),
          code(
              "ACCOM",
              true,
              "B1 B2 C1 C2 D1 D2 E1 E2 G1 G2 H1 H2 K1 K2 R1 R2 S1 S2 T1 T2 U1 U2"
                  + " V1 V2 W1 W2 X1 X2 Y1 Y2 Z1 Z2 0"))),

  /** Missing or absent episodes: {@code CHILD, DOB, MISSING, MIS_START, MIS_END}. */
  MISSING(
      "Missing",
      List.of(
          id(),
          date("DOB", true),
          code("MISSING", true, "M A"),
          date("MIS_START", true),
          date("MIS_END", false))),

  /**
   * Social worker episodes (2023-24 onward): {@code CHILD, DOB, SW_ID, SW_DECOM, SW_DEC,
   * SW_REASON}.
   */
  SOCIAL_WORKER(
      "SocialWorker",
      List.of(
          id(),
          date("DOB", true),
          text("SW_ID", true),
          date("SW_DECOM", true),
          date("SW_DEC", false),
          code(
              "SW_REASON",
              false,
              "MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED" + " OTHERS")));

  private final String fileName;
  private final List<Ssda903Column> columns;

  Ssda903Table(String fileName, List<Ssda903Column> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  /**
   * Gets the table's name as the specification writes it, such as {@code PlacedAdoption}.
   *
   * @return the name; not null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Gets the columns, in the specification's order.
   *
   * @return the columns; not null
   */
  public List<Ssda903Column> columns() {
    return columns;
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
      String n = t.fileName.toLowerCase(Locale.ROOT);
      if (key.endsWith(n) && (best == null || n.length() > best.fileName.length())) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }
}
