package org.improvementframework.io.casework;

import java.util.List;
import java.util.Objects;
import org.improvementframework.io.ReadWarning;

/**
 * The records read from a case-record CSV, and the rows that could not be read.
 *
 * <p>{@code toString()} gives counts only. This record is immutable and thread-safe.
 *
 * @param <T> the record type
 * @param records the records read, in file order; not null
 * @param problems the rows skipped, in file order; not null
 * @param warnings what was read past, such as unknown columns, in file order; not null
 */
public record CaseRecordReadResult<T>(
    List<T> records, List<CaseRecordFormatException> problems, List<ReadWarning> warnings) {

  /**
   * Creates the result, copying the lists.
   *
   * @param records the records read; not null
   * @param problems the rows skipped; not null
   * @param warnings the warnings; not null
   * @throws NullPointerException if a list is null
   */
  public CaseRecordReadResult {
    records = List.copyOf(Objects.requireNonNull(records, "records"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * Creates a result without warnings.
   *
   * @param records the records read; not null
   * @param problems the rows skipped; not null
   * @throws NullPointerException if a list is null
   */
  public CaseRecordReadResult(List<T> records, List<CaseRecordFormatException> problems) {
    this(records, problems, List.of());
  }

  /**
   * Gets the records, or throws the first problem if any row could not be read.
   *
   * @return the records; not null
   * @throws CaseRecordFormatException the first problem, if there is one
   */
  public List<T> recordsOrThrow() {
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    return records;
  }

  /**
   * Describes the result by its counts, without any record.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "CaseRecordReadResult["
        + records.size()
        + " records, "
        + problems.size()
        + " problems, "
        + warnings.size()
        + " warnings]";
  }
}
