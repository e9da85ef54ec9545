package org.improvementframework.io.returns;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Header} of a DfE census return in XML: what its {@code CollectionDetails} and
 * {@code Source} name. The CIN census and the workforce census write it alike.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param collection the collection ({@code Collection}), such as {@code CIN}, empty if not given;
 *     not null
 * @param year the collection year as written ({@code Year}), such as {@code 2024}, empty if not
 *     given; not null
 * @param referenceDate the census reference date ({@code ReferenceDate}), or empty if not given;
 *     not null
 * @param lea the local authority code ({@code LEA}), empty if not given; not null
 */
public record ReturnHeader(
    String collection, String year, Optional<LocalDate> referenceDate, String lea) {

  /**
   * Creates a header from its parts.
   *
   * @param collection the collection; not null
   * @param year the year as written; not null
   * @param referenceDate the reference date, or empty; not null
   * @param lea the local authority code; not null
   * @throws NullPointerException if an argument is null
   */
  public ReturnHeader {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(lea, "lea");
  }
}
