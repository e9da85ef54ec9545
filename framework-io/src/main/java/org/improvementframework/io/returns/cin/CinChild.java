package org.improvementframework.io.returns.cin;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.XmlReturns;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;

/**
 * The records of one census {@code Child} element, read from its start to its end. Only dates are
 * held until the element's end, because {@code LAchildID} may come after them (councils' files do
 * not all keep the specification's order) and a child without one is left out whole.
 */
final class CinChild {

  private final XmlReturns xml;
  private final Consumer<PlanFormatException> problems;
  private String id;
  private final List<LocalDate> referrals = new ArrayList<>();
  private final List<LocalDate> enquiries = new ArrayList<>();
  private final List<LocalDate> conferences = new ArrayList<>();
  private LocalDate enquiryStart;
  private LocalDate conference;
  private long otherDates;

  private CinChild(XmlReturns xml, Consumer<PlanFormatException> problems) {
    this.xml = xml;
    this.problems = problems;
  }

  /**
   * Reads a child whose start element was just read, up to and including its end element.
   *
   * @param ordinal the child's ordinal in the file, for the code check's locations
   */
  static CinChild read(
      XmlReturns xml,
      CinCodeCheck codes,
      long ordinal,
      Consumer<PlanFormatException> problems,
      Consumer<ReadWarning> warnings) {
    CinChild c = new CinChild(xml, problems);
    int event;
    while ((event = xml.next()) != END_DOCUMENT) {
      if (event != END_ELEMENT) {
        c.element(codes, ordinal, warnings);
      } else if (xml.name().equals("Section47")) {
        c.endOfSection47();
      } else if (xml.name().equals("Child")) {
        break;
      }
    }
    return c;
  }

  private void element(CinCodeCheck codes, long ordinal, Consumer<ReadWarning> warnings) {
    String name = xml.name();
    switch (name) {
      case "LAchildID" -> id = xml.text();
      case "CINreferralDate" -> xml.date(problems).ifPresent(referrals::add);
      case "S47ActualStartDate" -> enquiryStart = xml.date(problems).orElse(null);
      case "DateOfInitialCPC" -> {
        // CINdetails repeats the conference of its Section47: only the Section47 one is kept
        boolean inSection47 = xml.where().column().orElse("").endsWith("/Section47/" + name);
        Optional<LocalDate> d = xml.date(problems);
        if (inSection47) {
          conference = d.orElse(null);
        }
      }
      case "AssessmentActualStartDate",
          "AssessmentAuthorisationDate",
          "CINPlanStartDate",
          "CINPlanEndDate",
          "CPPstartDate",
          "CPPendDate",
          "CPPreviewDate",
          "CINclosureDate",
          "PersonBirthDate" -> {
        if (xml.date(problems).isPresent()) {
          otherDates++;
        }
      }
      default -> {
        if (CinCodes.isCoded(name)) {
          codes.check(xml, ordinal, warnings);
        }
        // other elements: containers are walked into, leaves left
      }
    }
  }

  private void endOfSection47() {
    // an enquiry without a readable start is left out, and so is its conference
    if (enquiryStart != null) {
      enquiries.add(enquiryStart);
      if (conference != null) {
        conferences.add(conference);
      }
    }
    enquiryStart = null;
    conference = null;
  }

  /** The child's {@code LAchildID}, empty if the element had none or an empty one. */
  Optional<String> id() {
    return id == null || id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /** The dates read but not kept as records. */
  long otherDates() {
    return otherDates;
  }

  List<Referral> referrals(String child) {
    return referrals.stream().map(d -> new Referral(child, d)).toList();
  }

  List<Section47Enquiry> enquiries(String child) {
    return enquiries.stream().map(d -> new Section47Enquiry(child, d)).toList();
  }

  List<InitialConference> conferences(String child) {
    return conferences.stream().map(d -> new InitialConference(child, d)).toList();
  }
}
