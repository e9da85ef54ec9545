package org.improvementframework.io.returns.ssda903;

import java.util.Objects;
import java.util.Set;

/**
 * One column of an SSDA903 table: its name as in the DfE specification, what it holds, whether
 * a row needs it, and for a coded column the codes of the current specification and the codes
 * only older specifications list.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the column name, such as {@code DECOM}; not null
 * @param kind what the column holds; not null
 * @param required true if a row without a value is refused
 * @param codes the codes valid in the current (2023-24 onward) specification, empty for a column
 *     that is not coded; not null
 * @param olderCodes codes valid only in older specifications (2016-17 to 2022-23), read with a
 *     warning; not null
 */
public record Ssda903Column(
    String name, Kind kind, boolean required, Set<String> codes, Set<String> olderCodes) {

  /** What a column holds. */
  public enum Kind {
    /** The child's id ({@code CHILD}): personal, never quoted. */
    ID,
    /** A date, day-first ({@code 11/12/2018}) or ISO: personal, never quoted. */
    DATE,
    /** A code from the column's list: quoted in warnings. */
    CODE,
    /** Free text (a UPN, a postcode, a URN, a worker id): personal, never quoted. */
    TEXT,
    /** A whole number. */
    INTEGER
  }

  /**
   * Creates the column.
   *
   * @param name the column name; not null
   * @param kind what it holds; not null
   * @param required true if a row needs a value
   * @param codes the current codes; not null
   * @param olderCodes the codes of older years only; not null
   * @throws NullPointerException if an argument is null
   */
  public Ssda903Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    codes = Set.copyOf(codes);
    olderCodes = Set.copyOf(olderCodes);
  }
}
