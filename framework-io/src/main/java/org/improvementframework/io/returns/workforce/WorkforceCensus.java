package org.improvementframework.io.returns.workforce;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.Census;
import org.improvementframework.io.returns.ReturnHeader;
import org.improvementframework.io.returns.ReturnReports;

/**
 * A children's social work workforce census (CSWW) XML, read streaming.
 *
 * <p>The DfE's specification gives, under {@code Message}: a {@code Header}
 * ({@code CollectionDetails/ReferenceDate}, {@code Source/LEA}), {@code LALevelVacancies}
 * ({@code NumberOfVacancies}, {@code NoAgencyFTE}, {@code NoAgencyHeadcount}) and one
 * {@code CSWWWorker} per worker: {@code AgencyWorker} (0 or 1), {@code SWENo} (Social Work
 * England number), {@code FTE}, {@code RoleStartDate}, {@code RoleEndDate}, {@code FTE30} (FTE
 * at 30 September) and {@code Cases30} (cases held at 30 September), among others that are read
 * past. Numbers are read through {@link Decimals}, bounded; a worker whose numbers or dates
 * cannot be read is a located problem and is left out. A reading keeps the first
 * {@value CappedReports#DEFAULT_KEPT} problems and counts the rest, by kind, in one warning.
 *
 * <p>{@code toString()} gives counts only. This record is immutable and thread-safe.
 *
 * @param header the header: collection ({@code CSWW}), year as written, reference date (30
 *     September) and local authority code, each empty if not given; not null
 * @param vacancies the LA-level number of vacancies (FTE), or empty; not null
 * @param agencyFte the LA-level FTE of agency workers, or empty; not null
 * @param workers the workers read; not null
 * @param reports the problems found (kept, and counted) and the warnings: the one that counts
 *     the problems not kept, if any were not; not null
 */
public record WorkforceCensus(
    ReturnHeader header,
    Optional<BigDecimal> vacancies,
    Optional<BigDecimal> agencyFte,
    List<Worker> workers,
    ReturnReports reports)
    implements Census {

  /**
   * One worker.
   *
   * <p>{@code toString()} does not show the worker's number. This record is immutable and
   * thread-safe.
   *
   * @param sweNo the Social Work England number; not null
   * @param agency true for an agency worker
   * @param fte the FTE, or empty; not null
   * @param fte30 the FTE at 30 September, or empty; not null
   * @param cases30 the cases held at 30 September, or empty; not null
   * @param roleStart the role's start date, or empty; not null
   * @param roleEnd the role's end date, or empty; not null
   */
  public record Worker(
      String sweNo,
      boolean agency,
      Optional<BigDecimal> fte,
      Optional<BigDecimal> fte30,
      Optional<Integer> cases30,
      Optional<LocalDate> roleStart,
      Optional<LocalDate> roleEnd) {

    /**
     * Describes the worker without the number.
     *
     * @return the description; not null
     */
    @Override
    public String toString() {
      return "Worker[agency="
          + agency
          + ", fte30="
          + fte30.map(BigDecimal::toPlainString).orElse("")
          + ", cases30="
          + cases30.map(String::valueOf).orElse("")
          + "]";
    }
  }

  /**
   * Creates a census from its parts, copying the workers.
   *
   * @param header the header; not null
   * @param vacancies the number of vacancies, or empty; not null
   * @param agencyFte the FTE of agency workers, or empty; not null
   * @param workers the workers; not null
   * @param reports the problems and warnings; not null
   * @throws NullPointerException if an argument or an element is null
   */
  public WorkforceCensus {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(vacancies, "vacancies");
    Objects.requireNonNull(agencyFte, "agencyFte");
    workers = List.copyOf(workers);
    Objects.requireNonNull(reports, "reports");
  }

  /**
   * Reads a census.
   *
   * @param in the XML; not null; closed by this method
   * @param source the file name for locations; not null
   * @param limits the limits; not null
   * @return the census; not null
   * @throws PlanFormatException if the XML is not well formed or holds a DTD
   * @throws InputLimitException if the input passes a limit
   */
  public static WorkforceCensus read(InputStream in, String source, InputLimits limits) {
    return new WorkforceCensusReader(limits).read(in, source);
  }

  /**
   * Describes the census by its counts only.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "WorkforceCensus[" + workers.size() + " workers, " + problemCount() + " problems]";
  }
}
