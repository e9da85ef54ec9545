package org.improvementframework.io.returns.cin;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.ReadReports;
import org.improvementframework.io.returns.ReturnHeader;
import org.improvementframework.io.returns.XmlReturns;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;

/**
 * Reads one census document into a {@link CinCensus}, keeping its records or giving them to a
 * sink child by child. Used for one document, by one thread.
 */
final class CinCensusReader {

  private String collection = "";
  private String year = "";
  private Optional<LocalDate> referenceDate = Optional.empty();
  private String lea = "";
  private final List<Referral> referrals = new ArrayList<>();
  private final List<Section47Enquiry> enquiries = new ArrayList<>();
  private final List<InitialConference> conferences = new ArrayList<>();
  private final ReadReports reports = new ReadReports();
  private final CappedReports<PlanFormatException> problems = reports.problems();
  private final CappedReports<ReadWarning> warnings = reports.warnings();
  private final CinCensus.Sink sink;
  private final CinCodeCheck codes;
  private long children;
  private long otherDates;
  private long referralCount;
  private long enquiryCount;
  private long conferenceCount;

  /**
   * Creates a reader.
   *
   * @param sink receives the records, or null to keep them in the census
   * @param year the collection year to check codes against, or 0 to take the header's
   */
  CinCensusReader(CinCensus.Sink sink, int year) {
    this.sink = sink;
    this.codes = new CinCodeCheck(year);
  }

  CinCensus read(InputStream in, String source, InputLimits limits) {
    XmlReturns.forEachElement(in, source, limits, this::element);
    ReturnHeader header = new ReturnHeader(collection, year, referenceDate, lea);
    return new CinCensus(
        header,
        referrals,
        enquiries,
        conferences,
        referralCount,
        enquiryCount,
        conferenceCount,
        codes.resolved(),
        children,
        otherDates,
        reports.finish(InputLocation.ofSource(source)));
  }

  private void element(XmlReturns xml) {
    switch (xml.name()) {
      case "Collection" -> collection = xml.text();
      case "Year" -> {
        InputLocation at = xml.where();
        year = xml.text();
        codes.headerYear(year, at, warnings);
      }
      case "ReferenceDate" -> {
        referenceDate = xml.date(problems::accept);
        codes.referenceDate(referenceDate);
      }
      case "LEA" -> lea = xml.text();
      case "Child" -> child(xml);
      default -> {
        // envelope elements (Message, Header, Children, Source) and unused leaves
      }
    }
  }

  private void child(XmlReturns xml) {
    children++;
    InputLocation at = xml.where();
    codes.year(at, warnings);
    CinChild c = CinChild.read(xml, codes, children, problems, warnings);
    otherDates += c.otherDates();
    Optional<String> id = c.id();
    if (id.isEmpty()) {
      problems.accept(
          PlanFormatException.builder("a child without LAchildID")
              .at(at)
              .expected("ChildIdentifiers/LAchildID")
              .build());
      return;
    }
    List<Referral> refs = c.referrals(id.get());
    List<Section47Enquiry> s47 = c.enquiries(id.get());
    List<InitialConference> icpc = c.conferences(id.get());
    if (sink == null) {
      referrals.addAll(refs);
      enquiries.addAll(s47);
      conferences.addAll(icpc);
    } else {
      refs.forEach(sink::referral);
      s47.forEach(sink::section47);
      icpc.forEach(sink::conference);
    }
    referralCount += refs.size();
    enquiryCount += s47.size();
    conferenceCount += icpc.size();
  }
}
