package org.improvementframework.io.returns.cin;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.XmlReturns;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;

/**
 * The case records a Children in need census XML holds, read streaming, child by child.
 *
 * <p>The DfE's census specification nests, per {@code Child}: {@code ChildIdentifiers}
 * ({@code LAchildID}, {@code PersonBirthDate}, ...), {@code ChildCharacteristics}, and one
 * {@code CINdetails} per episode of need: {@code CINreferralDate} (the date of the referral),
 * {@code Assessments}, {@code CINPlanDates}, {@code Section47} ({@code S47ActualStartDate},
 * {@code DateOfInitialCPC}, {@code ICPCnotRequired}) and {@code ChildProtectionPlans} with their
 * {@code Reviews}. The {@code Header} gives {@code CollectionDetails} ({@code Collection},
 * {@code Year}, {@code ReferenceDate}) and {@code Source} ({@code LEA}).
 *
 * <p>What is kept: each {@code CINreferralDate} as a {@link Referral}; each {@code Section47}'s
 * start as a {@link Section47Enquiry} and its {@code DateOfInitialCPC}, when present, as an
 * {@link InitialConference}. Assessments, plans and reviews are read, their dates checked and
 * counted, but not kept. A date that cannot be read, or a child without {@code LAchildID}, is a
 * located problem and that element (or child) is left out; the rest is read, so that every
 * problem is seen at once. Each coded element (gender, ethnicity, disability, referral source,
 * primary need, reason for closure, factors identified at assessment, categories of abuse, the
 * flags) is checked against {@link CinCodes}' list for the collection year: a code the year does
 * not list is a warning located by line and element path, with the child's ordinal in the file
 * ({@code /Message/Children/Child[12]/CINdetails/ReasonForClosure}), never the child's id.
 *
 * <p>A reading keeps the first {@value CappedReports#DEFAULT_KEPT} problems and the first
 * {@value CappedReports#DEFAULT_KEPT} warnings; the rest are counted by kind, each list into one
 * summary warning located at the file, last among the warnings ({@link CappedReports}).
 *
 * <p>This class is immutable and thread-safe once read; {@code toString()} gives counts only.
 */
public final class CinCensus {

  /**
   * Receives the records of a census child by child, as they are read. Each method does nothing
   * by default, so a sink takes only the records it needs.
   */
  public interface Sink {
    /**
     * Receives a referral.
     *
     * @param referral the referral; not null
     */
    default void referral(Referral referral) {}

    /**
     * Receives a section 47 enquiry.
     *
     * @param enquiry the enquiry; not null
     */
    default void section47(Section47Enquiry enquiry) {}

    /**
     * Receives an initial child protection conference.
     *
     * @param conference the conference; not null
     */
    default void conference(InitialConference conference) {}
  }

  private String collection = "";
  private String year = "";
  private Optional<LocalDate> referenceDate = Optional.empty();
  private String lea = "";
  private final List<Referral> referrals = new ArrayList<>();
  private final List<Section47Enquiry> enquiries = new ArrayList<>();
  private final List<InitialConference> conferences = new ArrayList<>();
  private final List<PlanFormatException> problemsKept = new ArrayList<>();
  private final List<ReadWarning> warningsKept = new ArrayList<>();
  private final CappedReports<PlanFormatException> problems =
      CappedReports.of(
          CappedReports.DEFAULT_KEPT, "problems", PlanFormatException::problem, problemsKept::add);
  private final CappedReports<ReadWarning> warnings = CappedReports.warnings(warningsKept::add);
  private final Sink sink;
  private final CinCodeCheck codes;
  private long children;
  private long otherDates;
  private long referralCount;
  private long enquiryCount;
  private long conferenceCount;

  private CinCensus(boolean keep, Sink sink, int year) {
    this.codes = new CinCodeCheck(year);
    this.sink =
        keep
            ? new Sink() {
              @Override
              public void referral(Referral r) {
                referrals.add(r);
              }

              @Override
              public void section47(Section47Enquiry e) {
                enquiries.add(e);
              }

              @Override
              public void conference(InitialConference c) {
                conferences.add(c);
              }
            }
            : sink;
  }

  /**
   * Reads a census.
   *
   * @param in the XML; not null; closed by this method
   * @param source the file name for locations; not null
   * @param limits the limits; not null
   * @return the census; not null
   * @throws PlanFormatException if the XML is not well formed or holds a DTD
   * @throws InputLimitException if the input passes a limit (bytes, depth, text)
   */
  public static CinCensus read(InputStream in, String source, InputLimits limits) {
    return read(new CinCensus(true, null, 0), in, source, limits);
  }

  /**
   * Reads a census, checking its codes against the lists of a collection year rather than the
   * year its header names (a header naming another year is a warning).
   *
   * @param in the XML; not null; closed by this method
   * @param source the file name for locations; not null
   * @param limits the limits; not null
   * @param year the collection year, named by the March it ends in (2024 is 2023-24)
   * @return the census; not null
   * @throws PlanFormatException if the XML is not well formed or holds a DTD
   * @throws InputLimitException if the input passes a limit (bytes, depth, text)
   * @throws IllegalArgumentException if the year is not positive
   */
  public static CinCensus read(InputStream in, String source, InputLimits limits, int year) {
    return read(new CinCensus(true, null, positive(year)), in, source, limits);
  }

  /**
   * Reads a census, giving each child's records to a sink once the child's element is read,
   * without keeping them: for national files. The census returned has the header, the counts,
   * the problems and the warnings; its lists of records are empty.
   *
   * @param in the XML; not null; closed by this method
   * @param source the file name for locations; not null
   * @param limits the limits; not null
   * @param sink receives each record; not null
   * @return the census without its records; not null
   * @throws PlanFormatException if the XML is not well formed or holds a DTD
   * @throws InputLimitException if the input passes a limit (bytes, depth, text)
   * @throws NullPointerException if an argument is null
   */
  public static CinCensus stream(InputStream in, String source, InputLimits limits, Sink sink) {
    return read(new CinCensus(false, Objects.requireNonNull(sink, "sink"), 0), in, source, limits);
  }

  /**
   * Reads a census as {@link #stream(InputStream, String, InputLimits, Sink)} does, checking its
   * codes against the lists of a collection year rather than the year its header names.
   *
   * @param in the XML; not null; closed by this method
   * @param source the file name for locations; not null
   * @param limits the limits; not null
   * @param year the collection year, named by the March it ends in (2024 is 2023-24)
   * @param sink receives each record; not null
   * @return the census without its records; not null
   * @throws PlanFormatException if the XML is not well formed or holds a DTD
   * @throws InputLimitException if the input passes a limit (bytes, depth, text)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is not positive
   */
  public static CinCensus stream(
      InputStream in, String source, InputLimits limits, int year, Sink sink) {
    Objects.requireNonNull(sink, "sink");
    return read(new CinCensus(false, sink, positive(year)), in, source, limits);
  }

  private static int positive(int year) {
    if (year <= 0) {
      throw new IllegalArgumentException("year must be positive, not " + year);
    }
    return year;
  }

  private static CinCensus read(CinCensus c, InputStream in, String source, InputLimits limits) {
    try (XmlReturns xml = XmlReturns.open(in, source, limits)) {
      int event;
      while ((event = xml.next()) != END_DOCUMENT) {
        if (event != START_ELEMENT) {
          continue;
        }
        switch (xml.name()) {
          case "Collection" -> c.collection = xml.text();
          case "Year" -> {
            InputLocation at = xml.where();
            c.year = xml.text();
            c.codes.headerYear(c.year, at, c.warnings);
          }
          case "ReferenceDate" -> {
            c.referenceDate = xml.date(c.problems::accept);
            c.codes.referenceDate(c.referenceDate);
          }
          case "LEA" -> c.lea = xml.text();
          case "Child" -> c.child(xml);
          default -> {
            // envelope elements (Message, Header, Children, Source) and unused leaves
          }
        }
      }
    }
    InputLocation file = InputLocation.ofSource(source);
    c.warnings.summary(file).ifPresent(c.warningsKept::add);
    c.problems.summary(file).ifPresent(c.warningsKept::add);
    return c;
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
    refs.forEach(sink::referral);
    s47.forEach(sink::section47);
    icpc.forEach(sink::conference);
    referralCount += refs.size();
    enquiryCount += s47.size();
    conferenceCount += icpc.size();
  }

  /**
   * Gets the collection named in the header, such as {@code CIN}.
   *
   * @return the collection, empty if not given; not null
   */
  public String collection() {
    return collection;
  }

  /**
   * Gets the collection year named in the header, such as {@code 2024}.
   *
   * @return the year as written, empty if not given; not null
   */
  public String year() {
    return year;
  }

  /**
   * Gets the census reference date (the end of the collection year).
   *
   * @return the date, or empty if not given; not null
   */
  public Optional<LocalDate> referenceDate() {
    return referenceDate;
  }

  /**
   * Gets the local authority code ({@code LEA}).
   *
   * @return the code, empty if not given; not null
   */
  public String lea() {
    return lea;
  }

  /**
   * Gets the referrals, one per {@code CINdetails} with a referral date.
   *
   * @return the referrals, empty if the census was streamed; not null
   */
  public List<Referral> referrals() {
    return List.copyOf(referrals);
  }

  /**
   * Gets the section 47 enquiries.
   *
   * @return the enquiries, empty if the census was streamed; not null
   */
  public List<Section47Enquiry> section47Enquiries() {
    return List.copyOf(enquiries);
  }

  /**
   * Gets the initial child protection conferences of the section 47 enquiries.
   *
   * @return the conferences, empty if the census was streamed; not null
   */
  public List<InitialConference> initialConferences() {
    return List.copyOf(conferences);
  }

  /**
   * Gets the number of referrals read, kept or streamed.
   *
   * @return the count
   */
  public long referralCount() {
    return referralCount;
  }

  /**
   * Gets the number of section 47 enquiries read, kept or streamed.
   *
   * @return the count
   */
  public long section47Count() {
    return enquiryCount;
  }

  /**
   * Gets the number of initial child protection conferences read, kept or streamed.
   *
   * @return the count
   */
  public long conferenceCount() {
    return conferenceCount;
  }

  /**
   * Gets the collection year whose code lists the codes were checked against: the year given,
   * else the header's {@code Year}, else the year its {@code ReferenceDate} ends, else {@link
   * CinCodes#LATEST_KNOWN_YEAR} (with a warning).
   *
   * @return the year, named by the March it ends in; 0 if the census has no child
   */
  public int codeYear() {
    return codes.resolved();
  }

  /**
   * Gets the number of {@code Child} elements read.
   *
   * @return the count
   */
  public long children() {
    return children;
  }

  /**
   * Gets the number of other dates read and checked (assessments, plans, reviews, births).
   *
   * @return the count
   */
  public long otherDates() {
    return otherDates;
  }

  /**
   * Gets what could not be read, located by line and element path.
   *
   * @return the problems; not null
   */
  public List<PlanFormatException> problems() {
    return List.copyOf(problemsKept);
  }

  /**
   * Gets the warnings.
   *
   * @return the warnings; not null
   */
  public List<ReadWarning> warnings() {
    return List.copyOf(warningsKept);
  }

  /**
   * Describes the census by its counts only.
   *
   * @return the description; not null
   */
  @Override
  public String toString() {
    return "CinCensus["
        + children
        + " children, "
        + referralCount
        + " referrals, "
        + enquiryCount
        + " section 47 enquiries, "
        + conferenceCount
        + " ICPCs, "
        + (problems.kept() + problems.dropped())
        + " problems]";
  }
}
