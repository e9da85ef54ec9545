package org.improvementframework.io.returns.workforce;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.ReadReports;
import org.improvementframework.io.returns.ReturnHeader;
import org.improvementframework.io.returns.ReturnReports;
import org.improvementframework.io.returns.XmlReturns;
import org.improvementframework.io.returns.workforce.WorkforceCensus.Worker;

/** Reads one workforce census document into a {@link WorkforceCensus}. Used once, by one thread. */
final class WorkforceCensusReader {

  private final InputLimits limits;
  private String collection = "";
  private String year = "";
  private Optional<LocalDate> referenceDate = Optional.empty();
  private String lea = "";
  private Optional<BigDecimal> vacancies = Optional.empty();
  private Optional<BigDecimal> agencyFte = Optional.empty();
  private final List<Worker> workers = new ArrayList<>();
  private final ReadReports reports = new ReadReports();
  private final CappedReports<PlanFormatException> problems = reports.problems();

  WorkforceCensusReader(InputLimits limits) {
    this.limits = limits;
  }

  WorkforceCensus read(InputStream in, String source) {
    XmlReturns.forEachElement(in, source, limits, this::element);
    ReturnHeader header = new ReturnHeader(collection, year, referenceDate, lea);
    ReturnReports read = reports.finish(InputLocation.ofSource(source));
    return new WorkforceCensus(header, vacancies, agencyFte, workers, read);
  }

  private void element(XmlReturns xml) {
    String name = xml.name();
    switch (name) {
      case "Collection" -> collection = xml.text();
      case "Year" -> year = xml.text();
      case "ReferenceDate" -> referenceDate = xml.date(problems);
      case "LEA" -> lea = xml.text();
      case "NumberOfVacancies" -> vacancies = number(xml, name);
      case "NoAgencyFTE" -> agencyFte = number(xml, name);
      case "CSWWWorker" -> worker(xml);
      default -> {
        // envelope and unused elements
      }
    }
  }

  private void worker(XmlReturns xml) {
    long before = reports.problemCount();
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
        case "FTE" -> w.fte = number(xml, name);
        case "FTE30" -> w.fte30 = number(xml, name);
        case "Cases30" -> w.cases = whole(xml, name);
        case "RoleStartDate" -> w.start = xml.date(problems);
        case "RoleEndDate" -> w.end = xml.date(problems);
        default -> {
          // other worker elements are read past
        }
      }
    }
    if (reports.problemCount() == before) {
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

  private Optional<BigDecimal> number(XmlReturns xml, String name) {
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
}
