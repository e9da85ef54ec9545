package org.improvementframework.io.returns.workforce;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.XmlReturns;

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
 * <p>This class is immutable and thread-safe once read; {@code toString()} gives counts only.
 */
public final class WorkforceCensus {

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

  private Optional<LocalDate> referenceDate = Optional.empty();
  private String lea = "";
  private Optional<BigDecimal> vacancies = Optional.empty();
  private Optional<BigDecimal> agencyFte = Optional.empty();
  private final List<Worker> workers = new ArrayList<>();
  private final List<PlanFormatException> problemsKept = new ArrayList<>();
  private final List<ReadWarning> warnings = new ArrayList<>();
  private final CappedReports<PlanFormatException> problems =
      CappedReports.of(
          CappedReports.DEFAULT_KEPT, "problems", PlanFormatException::problem, problemsKept::add);

  private WorkforceCensus() {}

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
    WorkforceCensus c = new WorkforceCensus();
    try (XmlReturns xml = XmlReturns.open(in, source, limits)) {
      int event;
      while ((event = xml.next()) != END_DOCUMENT) {
        if (event != START_ELEMENT) {
          continue;
        }
        String name = xml.name();
        switch (name) {
          case "ReferenceDate" -> c.referenceDate = xml.date(c.problems);
          case "LEA" -> c.lea = xml.text();
          case "NumberOfVacancies" -> c.vacancies = c.number(xml, name, limits);
          case "NoAgencyFTE" -> c.agencyFte = c.number(xml, name, limits);
          case "CSWWWorker" -> c.worker(xml, limits);
          default -> {
            // envelope and unused elements
          }
        }
      }
    }
    c.problems.summary(InputLocation.ofSource(source)).ifPresent(c.warnings::add);
    return c;
  }

  private void worker(XmlReturns xml, InputLimits limits) {
    long before = problems.kept() + problems.dropped();
    // one worker's elements may come in any order: they fill a draft, checked at its end
    WorkerDraft w = new WorkerDraft();
    int event;
    while ((event = xml.next()) != END_DOCUMENT) {
      if (event == END_ELEMENT) {
        if (xml.name().equals("CSWWWorker")) {
          break;
        }
        continue;
      }
      String name = xml.name();
      switch (name) {
        case "SWENo" -> w.swe = xml.text();
        case "AgencyWorker" -> w.agency = xml.text().equals("1");
        case "FTE" -> w.fte = number(xml, name, limits);
        case "FTE30" -> w.fte30 = number(xml, name, limits);
        case "Cases30" -> w.cases = whole(xml, name);
        case "RoleStartDate" -> w.start = xml.date(problems);
        case "RoleEndDate" -> w.end = xml.date(problems);
        default -> {
          // other worker elements are read past
        }
      }
    }
    if (problems.kept() + problems.dropped() == before) {
      workers.add(new Worker(w.swe, w.agency, w.fte, w.fte30, w.cases, w.start, w.end));
    }
  }

  /** The elements of one worker read so far. */
  private static final class WorkerDraft {
    private String swe = "";
    private boolean agency;
    private Optional<BigDecimal> fte = Optional.empty();
    private Optional<BigDecimal> fte30 = Optional.empty();
    private Optional<Integer> cases = Optional.empty();
    private Optional<LocalDate> start = Optional.empty();
    private Optional<LocalDate> end = Optional.empty();
  }

  private Optional<BigDecimal> number(XmlReturns xml, String name, InputLimits limits) {
    InputLocation at = xml.where();
    String t = xml.text();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Decimals.parse(t, limits, at, name));
    } catch (PlanFormatException e) {
      problems.accept(e);
      return Optional.empty();
    }
  }

  private Optional<Integer> whole(XmlReturns xml, String name) {
    InputLocation at = xml.where();
    String t = xml.text();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (!t.matches("\\d{1,6}")) {
      problems.accept(
          PlanFormatException.builder("not a whole number of cases")
              .at(at)
              .field(name)
              .expected("a whole number from 0 to 999999")
              .build());
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(t));
  }

  /**
   * Gets the census reference date (30 September).
   *
   * @return the date, or empty; not null
   */
  public Optional<LocalDate> referenceDate() {
    return referenceDate;
  }

  /**
   * Gets the local authority code.
   *
   * @return the code, empty if not given; not null
   */
  public String lea() {
    return lea;
  }

  /**
   * Gets the LA-level number of vacancies (FTE).
   *
   * @return the number, or empty; not null
   */
  public Optional<BigDecimal> vacancies() {
    return vacancies;
  }

  /**
   * Gets the LA-level FTE of agency workers.
   *
   * @return the FTE, or empty; not null
   */
  public Optional<BigDecimal> agencyFte() {
    return agencyFte;
  }

  /**
   * Gets the workers read.
   *
   * @return the workers; not null
   */
  public List<Worker> workers() {
    return List.copyOf(workers);
  }

  /**
   * Gets what could not be read.
   *
   * @return the problems, located; not null
   */
  public List<PlanFormatException> problems() {
    return List.copyOf(problemsKept);
  }

  /**
   * Gets the warnings: the one that counts the problems not kept, if any were not.
   *
   * @return the warnings, located; not null
   */
  public List<ReadWarning> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Describes the census by its counts only.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "WorkforceCensus["
        + workers.size()
        + " workers, "
        + (problems.kept() + problems.dropped())
        + " problems]";
  }
}
