package org.improvementframework.io.returns.cin;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.returns.CappedReports;
import org.improvementframework.io.returns.Census;
import org.improvementframework.io.returns.ReturnHeader;
import org.improvementframework.io.returns.ReturnReports;
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
 * <p>{@code toString()} gives counts only. This record is immutable and thread-safe.
 *
 * @param header the header: collection ({@code CIN}), year as written, reference date (the end
 *     of the collection year) and local authority code, each empty if not given; not null
 * @param referrals the referrals, one per {@code CINdetails} with a referral date, empty if the
 *     census was streamed; not null
 * @param section47Enquiries the section 47 enquiries, empty if the census was streamed; not null
 * @param initialConferences the initial child protection conferences of the section 47
 *     enquiries, empty if the census was streamed; not null
 * @param referralCount the number of referrals read, kept or streamed
 * @param section47Count the number of section 47 enquiries read, kept or streamed
 * @param conferenceCount the number of initial child protection conferences read, kept or
 *     streamed
 * @param codeYear the collection year whose code lists the codes were checked against, named by
 *     the March it ends in: the year given, else the header's {@code Year}, else the year its
 *     {@code ReferenceDate} ends, else {@link CinCodes#LATEST_KNOWN_YEAR} (with a warning); 0 if
 *     the census has no child
 * @param children the number of {@code Child} elements read
 * @param otherDates the number of other dates read and checked (assessments, plans, reviews,
 *     births)
 * @param reports the problems found (kept, and counted) and the warnings; not null
 */
public record CinCensus(
    ReturnHeader header,
    List<Referral> referrals,
    List<Section47Enquiry> section47Enquiries,
    List<InitialConference> initialConferences,
    long referralCount,
    long section47Count,
    long conferenceCount,
    int codeYear,
    long children,
    long otherDates,
    ReturnReports reports)
    implements Census {

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

  /**
   * Creates a census from its parts, copying each list.
   *
   * @param header the header; not null
   * @param referrals the referrals; not null
   * @param section47Enquiries the section 47 enquiries; not null
   * @param initialConferences the initial child protection conferences; not null
   * @param referralCount the number of referrals read
   * @param section47Count the number of section 47 enquiries read
   * @param conferenceCount the number of conferences read
   * @param codeYear the year of the code lists, or 0
   * @param children the number of children read
   * @param otherDates the number of other dates read
   * @param reports the problems and warnings; not null
   * @throws NullPointerException if an argument or an element is null
   */
  public CinCensus {
    Objects.requireNonNull(header, "header");
    referrals = List.copyOf(referrals);
    section47Enquiries = List.copyOf(section47Enquiries);
    initialConferences = List.copyOf(initialConferences);
    Objects.requireNonNull(reports, "reports");
  }

  /**
   * Gets the collection named in the header, such as {@code CIN}.
   *
   * @return the collection, empty if not given; not null
   */
  public String collection() {
    return header.collection();
  }

  /**
   * Gets the collection year named in the header as written, such as {@code 2024}.
   *
   * @return the year, empty if not given; not null
   */
  public String year() {
    return header.year();
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
    return new CinCensusReader(null, 0).read(in, source, limits);
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
    return new CinCensusReader(null, positive(year)).read(in, source, limits);
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
    return new CinCensusReader(Objects.requireNonNull(sink, "sink"), 0).read(in, source, limits);
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
    return new CinCensusReader(sink, positive(year)).read(in, source, limits);
  }

  private static int positive(int year) {
    if (year <= 0) {
      throw new IllegalArgumentException("year must be positive, not " + year);
    }
    return year;
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
        + section47Count
        + " section 47 enquiries, "
        + conferenceCount
        + " ICPCs, "
        + problemCount()
        + " problems]";
  }
}
