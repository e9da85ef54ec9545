package org.improvementframework.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Reference;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * The facts of the 2015 plan (the seed, /work/shared/seed) that metrics depend on, built in code
 * so that this module's tests need no JSON reader: 17 areas, 48 actions, 110 milestones, each
 * with its target (text as written, reading made by hand) and status (progress chosen by hand
 * from the words). Descriptions are shortened. Where the extraction is ambiguous the choice is
 * noted; the curated JSON in framework-io is the reference copy.
 */
final class Plymouth2015 {

  static final LocalDate AS_AT = LocalDate.of(2015, 3, 31);

  private Plymouth2015() {}

  static ImprovementPlan plan() {
    return ImprovementPlan.builder()
        .title("Children's Services Improvement Monitoring Framework")
        .organisation("Plymouth City Council")
        .asAt(AS_AT)
        .addAreas(
            area(
                1,
                "Ensure that practitioners have reasonable workloads",
                "Alison Botham",
                act(
                    1,
                    "Analyse current case loads",
                    "A",
                    "Meeting rescheduled to meet milestone",
                    deps(),
                    ms("Situation analysis completed", mon("March 15", 2015, 3), done("Complete")),
                    ms(
                        "Consider immediate implications",
                        mon("April 15", 2015, 4),
                        wip("In progress"))),
                act(
                    2,
                    "Develop and agree caseload action plan",
                    "A",
                    null,
                    deps(),
                    ms("Case load action plan agreed", mon("Jan 15", 2015, 1), done("Complete")),
                    ms(
                        "Action plan review (monthly)",
                        monthly("Feb 15, therafter monthly", 2015, 2),
                        st(Progress.ONGOING, "Completed- ongoing monthly reviewing")),
                    ms(
                        "Incorporate care leavers into existing action plan",
                        mon("April 15", 2015, 4),
                        wip("In Progress"))),
                act(
                    3,
                    "Progress to stage 1 implementation of the reconfiguration",
                    "G",
                    null,
                    deps(),
                    ms(
                        "Implementation plan agreed and initiated",
                        mon("Feb 15", 2015, 2),
                        done("Completed"))),
                act(
                    4,
                    "Agree framework and plan for stage 2 of the reconfiguration",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Agree timescale for the reconfiguration project plan",
                        mon("April 15", 2015, 4),
                        wip("In progress")),
                    ms(
                        "Agree reconfiguration project plan",
                        mon("April 15", 2015, 4),
                        wip("In progress")),
                    ms(
                        "Agree reconfiguration scoping document",
                        mon("April 15", 2015, 4),
                        wip("In Progress")),
                    ms(
                        "Implement reconfiguration project plan",
                        mon("September 2015", 2015, 9),
                        Status.NOT_REPORTED))),
            area(
                2,
                "Improve management oversight on casework and the quality of staff supervision",
                "Joy Howick",
                act(
                    1,
                    "Framework for monitoring the quality of supervision",
                    "A",
                    null,
                    deps(),
                    ms(
                        "QA arrangements for supervision agreed",
                        mon("April -15", 2015, 4),
                        wip("Meeting to review supervision arrangements 30th March 15")),
                    ms(
                        "Monitoring framework implemented",
                        mon("April -15", 2015, 4),
                        wip("Meeting 10th April 15"))),
                act(
                    2,
                    "Review the Performance Framework",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Revised framework to include supervision agreed",
                        mon("May 15", 2015, 5),
                        wip("Meeting 15th April 15"))),
                act(
                    3,
                    "Review the framework for post audit improvement plans",
                    "A",
                    null,
                    deps(),
                    ms(
                        "New improvement plan framework agreed",
                        mon("May 15", 2015, 5),
                        wip("Meeting booked 30/3 to review improvement plan.")),
                    ms(
                        "New improvement plan framework implemented",
                        mon("July 15", 2015, 7),
                        Status.NOT_REPORTED))),
            // Title partly lost in the extraction.
            area(
                3,
                "Review the electronic social care record system so that it delivers accurate"
                    + " and timely data and performance information",
                "Kevin Brooks",
                act(
                    1,
                    "Complete review of service requirements",
                    "A",
                    null,
                    deps(),
                    ms(
                        "To be set through the transformation programme",
                        mon("June 2015", 2015, 6),
                        wip("In Progress. First meeting held 16/3/15"))),
                act(
                    2,
                    "Progress upgrade of current Care First system",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Requirements reviewed and necessary upgrade commissioned",
                        Target.unrecognised("on of now"),
                        wip("Programme of upgrades identifed and underway"))),
                act(
                    3,
                    "Review mobile working arrangements",
                    "A",
                    "To be considered as part of review of service requirements.",
                    deps(),
                    ms(
                        "Needs identified and plan for implementation agreed",
                        mon("June 2015", 2015, 6),
                        wip("Meeting scheduled for 24th March to scope needs.")))),
            area(
                4,
                "Robustly challenge commissioners to ensure that child protection medical"
                    + " examinations are conducted without undue delay",
                "Alison Botham",
                act(
                    1,
                    "Arrange meeting with CCG and hospital trust on CP medicals",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Initial meeting to scope arrangements",
                        mon("January 15", 2015, 1),
                        done("complete")),
                    ms(
                        "Subsequent meeting to agree arrangements",
                        mon("March 15", 2015, 3),
                        done("complete")),
                    ms(
                        "New arrangements in place",
                        mon("April 15", 2015, 4),
                        wip("In progress- safeguarding clinic being set up from April 1st"))),
                act(
                    2,
                    "Contract revision/implementation",
                    "G",
                    null,
                    deps(),
                    ms(
                        "Meeting CSC AD, Head of Co-op Commissioning and CCG",
                        mon("February 15", 2015, 2),
                        done("complete")),
                    // Written "Arrangements to form part of 2015/16 CCG commissioning cycle".
                    ms(
                        "New commissioning arrangements",
                        fy("2015/16", 2015),
                        wip("In progress via CCG independently from PCC")))),
            area(
                5,
                "Improve the quality and analysis of return interviews of missing children",
                "John Miller",
                // One status written for the three milestones; read as applying to each.
                act(
                    1,
                    "Performance data requirements identified",
                    "G",
                    null,
                    deps(),
                    ms(
                        "Performance framework agreed",
                        mon("March 15", 2015, 3),
                        done("Complete- Monthly updates provided to HoSs and AD.")),
                    ms(
                        "Narrative to include trends in return interviews",
                        mon("March 15", 2015, 3),
                        done("Complete- Monthly updates provided to HoSs and AD.")),
                    ms(
                        "REACH and operational MACSE to join",
                        mon("March 15", 2015, 3),
                        done("Complete- Monthly updates provided to HoSs and AD."))),
                act(
                    2,
                    "Arrange meeting on information sharing and assurance",
                    "G",
                    null,
                    deps(),
                    ms(
                        "Protocol agreed for operational MACSE",
                        mon("Apr-15", 2015, 4),
                        done("Complete")),
                    ms(
                        "Membership reviewed and adjusted",
                        mon("Apr-15", 2015, 4),
                        done("Complete")))),
            // The lead was lost in the extraction.
            area(
                6,
                "Accelerate the implementation of the early help framework",
                null,
                act(
                    1,
                    "Early Help Target Operating Model (TOM)",
                    "A",
                    "1. To be agreed at Transformation Board 31/3",
                    deps(),
                    ms(
                        "Early Help TOM agreed",
                        mon("Jan 2015", 2015, 1),
                        wip("Reworked model in draft")),
                    ms(
                        "Timescale for implementation of TOM",
                        day("15th March", 2015, 3, 15),
                        st(Progress.NOT_STARTED, "To be set at Transformation Board")),
                    ms("Communications plan", mon("Jan 15", 2015, 1), done("Agreed and complete")),
                    ms(
                        "Consulting on the implementation of the TOM",
                        mon("June 15", 2015, 6),
                        wip("Workshops underway"))),
                // "March 14" is kept as written; the curated copy may repair it to 2015.
                act(
                    2,
                    "Agree and deliver the Implementation Plan for the Early Help Framework",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Implementation timescale agreed",
                        mon("March 14", 2014, 3),
                        st(Progress.NOT_STARTED, "To be agreed at March Transformation Board")),
                    ms("Key partners agreed", mon("April 15", 2015, 4), wip("In progress")),
                    ms(
                        "Professional development needs and plan agreed",
                        Target.none(),
                        wip("In progress")),
                    ms(
                        "Communications plan developed and initiated",
                        mon("April 15", 2015, 4),
                        wip("In progress- Dependency is TOM plan")),
                    ms("Implementation plan agreed", mon("May 15", 2015, 5), Status.NOT_REPORTED),
                    ms(
                        "Monitoring arrangements in place",
                        mon("June 15", 2015, 6),
                        Status.NOT_REPORTED)),
                act(
                    3,
                    "Early Help outcomes framework agreed",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Proposed outcomes framework developed",
                        day("01/02/2015", 2015, 2, 1),
                        done("Complete")),
                    ms("Proposed framework agreed", mon("June 15", 2015, 6), wip("In progress")),
                    ms(
                        "Implementation plan informed by EH Framework and TOM agreed",
                        mon("June 15", 2015, 6),
                        wip("In progress"))),
                act(
                    4,
                    "Improve understanding of the drivers behind increased contacts",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Raise with partners at PSCB",
                        day("01/12/2014", 2014, 12, 1),
                        done("Complete")),
                    ms(
                        "Analysis of data workshop",
                        day("01/01/2015", 2015, 1, 1),
                        done("Complete")),
                    ms(
                        "PSCB partners solutions workshop",
                        mon("May - 2015", 2015, 5),
                        done("Complete")),
                    ms(
                        "Report to PSCB and propose action plan",
                        mon("June 15", 2015, 6),
                        wip("In progress")),
                    ms(
                        "Review data and identify themes",
                        mon("June 15", 2015, 6),
                        wip("In progress")),
                    ms(
                        "Ensure themes are embedded into EH workforce development plans",
                        mon("September 15", 2015, 9),
                        wip("In progress"))),
                act(
                    5,
                    "Improve awareness of thresholds in partner agencies",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Action plan from PSCB solutions workshop",
                        day("01/06/2015", 2015, 6, 1),
                        Status.NOT_REPORTED),
                    ms(
                        "Individual and joint partner agencies action plans agreed",
                        day("01/06/2015", 2015, 6, 1),
                        Status.NOT_REPORTED))),
            area(
                7,
                "Conduct a further test of assurance of the dual role of the DCS",
                "Alison Botham",
                act(
                    1,
                    "Assurance test to be revised and undertaken",
                    "A",
                    null,
                    deps(),
                    ms("New assurance test agreed", mon("Apr-15", 2015, 4), Status.NOT_REPORTED))),
            area(
                8,
                "Ensure that Independent Reviewing Officers carry out their quality"
                    + " assurance role",
                "Alison Botham",
                act(
                    1,
                    "Inform planning to reconfigure independent chair arrangements",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Scoping document for phase two agreed",
                        mon("March 15", 2015, 3),
                        done("Complete")),
                    ms(
                        "Scoping document implemented",
                        mon("April 15", 2015, 4),
                        wip("In progress"))),
                act(
                    2,
                    "Safeguarding service reconfigured and IRO tasks reviewed",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Review of roles and configuration",
                        mon("May 15", 2015, 5),
                        wip("Review is underway")),
                    ms(
                        "Plan for reconfiguration developed",
                        mon("July 15", 2015, 7),
                        Status.NOT_REPORTED),
                    ms(
                        "Implementation of reconfiguration",
                        mon("Sept 15", 2015, 9),
                        Status.NOT_REPORTED))),
            area(
                9,
                "Ensure that short-term placement stability is improved for looked after"
                    + " children",
                "Anne Osborne",
                act(
                    1,
                    "Review and update the Placement Stability Action Plan",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Placement stability plan updated and published",
                        mon("Apr-15", 2015, 4),
                        wip("Meeting booked for the 30th March"))),
                act(
                    2,
                    "CYP commissioning intentions and business cases",
                    "A",
                    null,
                    deps(),
                    ms(
                        "CYP commissioning intentions published",
                        mon("Mar 15", 2015, 3),
                        wip("Draft strategy published for consultaion"))),
                act(
                    3,
                    "Business case for wrap around service design",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Business case considered and in place",
                        mon("Apr 15", 2015, 4),
                        done("Complete")),
                    ms(
                        "Project lead to be appointed",
                        mon("Sept 15", 2015, 9),
                        wip("Appointment process underway"))),
                act(
                    4,
                    "Recruitment strategy for in-house fostering",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Recruitment strategy agreed and in place",
                        mon("Apr 16", 2016, 4),
                        wip("In progress")),
                    ms(
                        "12 month recruitment campaign",
                        mon("Sept 15", 2015, 9),
                        Status.NOT_REPORTED))),
            area(
                10,
                "Improve analysis to identify trends and ensure sufficiency of placements"
                    + " for children who require adoption",
                "Anne Osborne",
                act(
                    1,
                    "Agree framework for improved data and analysis",
                    "A",
                    null,
                    deps(AreaRef.of(3)),
                    ms(
                        "New framework and reporting functions agreed",
                        mon("Jun-15", 2015, 6),
                        wip("Being considered alongside CF upgrades as per s3"))),
                act(
                    2,
                    "Increase sufficiency of prospective adopters",
                    "A",
                    null,
                    deps(),
                    ms(
                        "TV campaign",
                        list(
                            "April/October 15/Jan16",
                            YearMonth.of(2015, 4),
                            YearMonth.of(2015, 10),
                            YearMonth.of(2016, 1)),
                        wip("In progress")))),
            area(
                11,
                "Develop robust arrangements to monitor care planning for children who"
                    + " require adoption",
                "Anne Osborne",
                act(
                    1,
                    "Implement the two-stage adoption process",
                    "G",
                    null,
                    deps(),
                    ms("Quarterly review", day("01/02/15", 2015, 2, 1), done("Complete"))),
                act(
                    2,
                    "Review and revise monitoring and analysis arrangements",
                    "A",
                    "Manual data collection and tracking systems in place pending development",
                    deps(AreaRef.of(3)),
                    ms(
                        "Revised monitoring arrangements available to inform 11.3",
                        mon("Jun-15", 2015, 6),
                        wip("In Progress as per 10.1"))),
                act(
                    3,
                    "Care First upgrade includes adoption reporting",
                    "A",
                    "meeting set for the 27th March to consider the improvements required",
                    deps(AreaRef.of(3)),
                    ms(
                        "Care First upgrade requirements established",
                        mon("Sep-15", 2015, 9),
                        wip("See s 3 above"))),
                act(
                    4,
                    "Further actions if Carefirst 6 cannot report on adoption",
                    "G",
                    null,
                    deps(),
                    ms(
                        "Decision on alternative reporting facility",
                        day("01/06/15", 2015, 6, 1),
                        Status.NOT_REPORTED))),
            area(
                12,
                "Take action to increase the number of care leavers in education,"
                    + " employment and training",
                "John Miller",
                act(
                    1,
                    "Arrange meeting with partners to identify opportunities",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Produce 18+ Team action plan",
                        mon("Feb 2015", 2015, 2),
                        st(
                            Progress.ONGOING,
                            "Completed- ongoing work to ensure fit for"
                                + " external audiences by April")),
                    ms(
                        "Further opportunities identified",
                        mon("October 15", 2015, 10),
                        wip("Meetings with University underway")),
                    // Written "April" with no year: read in the year of the report.
                    ms(
                        "Careers support contract includes care leavers",
                        mon("April", 2015, 4),
                        wip("In progress"))),
                act(
                    2,
                    "Social care reconfiguration planning includes care leavers",
                    "A",
                    null,
                    deps(AreaRef.of(2)),
                    ms(
                        "See milestones above for improvement 2",
                        mon("Jul-15", 2015, 7),
                        wip("Initial scoping document completed March 15."))),
                act(
                    3,
                    "Further action within the Skills Plan",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Meeting to review opportunities in the Skills Plan",
                        mon("April 15", 2015, 4),
                        wip("In progress")),
                    ms(
                        "Action plan in place and implemented",
                        mon("June 15", 2015, 6),
                        Status.NOT_REPORTED))),
            // Title partly lost in the extraction.
            area(
                13,
                "Ensure that care leavers have detailed pathway plans",
                "John Miller",
                act(
                    1,
                    "Review and revise current operating process",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Operating process reviewed",
                        mon("Feb 2015", 2015, 2),
                        done("Complete-Team improvement plan in place")),
                    ms(
                        "Management monitoring agreed and operating",
                        mon("March 2015", 2015, 3),
                        wip("Guidance on management monitoring process in development")),
                    ms(
                        "Meeting with partners on support and transition",
                        mon("May 2015", 2015, 5),
                        wip("Task group membership identified")),
                    ms(
                        "Review national best practice",
                        mon("July 15", 2015, 7),
                        wip("attending Getting to Good seminar in April")))),
            area(
                14,
                "Work with care leavers to develop a local care leaver pledge",
                "John Miller",
                act(
                    1,
                    "Agree a local care leavers pledge",
                    "A",
                    null,
                    deps(),
                    ms("Pledge agreed", mon("May 2015", 2015, 5), wip("Review commenced")),
                    ms(
                        "Pledge implemented and monitoring in place",
                        mon("May 2015", 2015, 5),
                        wip("Meeting with participation leads with work plan agreed")))),
            area(
                15,
                "Ensure that assessments are consistently of good quality",
                "Joy Howick",
                act(
                    1,
                    "Improve quality of written assessments",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Implementation plan for training",
                        mon("March 15", 2015, 3),
                        done("Complete")),
                    ms(
                        "Training and development plan in place",
                        mon("May 15", 2015, 5),
                        wip("InProgress")),
                    ms(
                        "Focus group with TMs",
                        mon("May 15", 2015, 5),
                        wip("Meeting booked for April")),
                    ms(
                        "Focus group with TMs (repeated)",
                        Target.unrecognised("Action 2.1"),
                        wip("InProgress")),
                    ms(
                        "QA supervision framework embedded",
                        mon("June 15", 2015, 6),
                        wip("InProgress")),
                    ms(
                        "Refresher training for team managers",
                        mon("April 15", 2015, 4),
                        wip("InProgress")),
                    ms(
                        "Consistent message via service meetings",
                        mon("June 15", 2015, 6),
                        wip("InProgress")),
                    ms(
                        "Escalate inappropriately signed off assessments",
                        Target.none(),
                        wip("InProgress"))),
                act(
                    2,
                    "Single assessment at points of change",
                    "G",
                    null,
                    deps(),
                    ms(
                        "Included in support and mentoring",
                        mon("June 15", 2015, 6),
                        st(Progress.ONGOING, "Included and ongoing")),
                    ms(
                        "Single assessments in supervision training",
                        mon("March 16", 2016, 3),
                        wip("In progress")),
                    ms(
                        "New report available to team managers",
                        mon("May 15", 2015, 5),
                        wip("In Progress"))),
                act(
                    3,
                    "Agree quality assurance and audit framework for assessments",
                    "A",
                    null,
                    deps(),
                    ms("Practice standards agreed", mon("May 15", 2015, 5), wip("In progress")),
                    ms(
                        "Audit tool reviewed and updated",
                        mon("June 15", 2015, 6),
                        wip("In progress")),
                    ms(
                        "Process for multi-agency case audits",
                        mon("June 15", 2015, 6),
                        wip("In Progress")),
                    ms(
                        "Process for internal case audits",
                        mon("July 15", 2015, 7),
                        wip("In progress")),
                    ms(
                        "Reporting expectations for internal audits",
                        mon("July 15", 2015, 7),
                        wip("In progress")),
                    ms("Quality assurance framework", mon("July 15", 2015, 7), wip("In progress"))),
                // The first two milestones' words were lost in the extraction.
                act(
                    4,
                    "Review and monitor the impact of audit action plans",
                    "A",
                    null,
                    deps(),
                    ms("(text lost in extraction)", mon("July 15", 2015, 7), wip("As per 2 above")),
                    ms(
                        "(text partly lost) themes",
                        mon("June 15", 2015, 6),
                        st(
                            Progress.NOT_STARTED,
                            "Will be rolled out and ongoing following"
                                + " actions above, June onwards")),
                    ms(
                        "Action plans to be reviewed at CSCMT",
                        mon("June 15", 2015, 6),
                        wip("In progress"))),
                act(
                    5,
                    "Quarterly reporting",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Framework agreed at CSCMT",
                        mon("July 2015", 2015, 7),
                        wip("In Progress")))),
            area(
                16,
                "Ensure that children's plans are outcome-focused",
                "Anne Osborne",
                "Joy Howick",
                act(
                    1,
                    "Improve the quality of children's plans",
                    null,
                    null,
                    deps(AreaRef.of(3)),
                    ms(
                        "Revised improvement plan implemented",
                        mon("Apr-15", 2015, 4),
                        wip("Initial planning meeting booked on 26th March")),
                    ms(
                        "Endorsed by multi agency PSCB",
                        mon("Apr-15", 2015, 4),
                        Status.NOT_REPORTED),
                    ms("Endorsed by CYP Partnership", mon("Apr-15", 2015, 4), Status.NOT_REPORTED)),
                act(
                    2,
                    "LAC strategy reviewed for care planning",
                    null,
                    null,
                    deps(),
                    ms(
                        "Revised plan required for 2015/16",
                        mon("Apr-15", 2015, 4),
                        wip("Meeting booked on 26th March")))),
            area(
                17,
                "Ensure that child protection conferences are held within statutory"
                    + " timescales",
                "Siobhan Wallace",
                act(
                    1,
                    "Identify issues affecting the timeliness of initial CPCs",
                    null,
                    null,
                    deps(),
                    ms(
                        "All issues identified",
                        mon("Feb-15", 2015, 2),
                        st(
                            Progress.ONGOING,
                            "Complete- monthly review of out of timescales"
                                + " cases is ongoing"))),
                act(
                    2,
                    "Action plan in place to address issues",
                    "G",
                    null,
                    deps(),
                    ms(
                        "Action plan agreed and implemented",
                        mon("Mar-15", 2015, 3),
                        st(
                            Progress.ONGOING,
                            "Action plan is in place and implementation"
                                + " monitored via CSCMT"))),
                act(
                    3,
                    "Improve attendance of police at CPCs",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Improvement plan agreed, presented to PSCB and implemented",
                        mon("Jun-15", 2015, 6),
                        wip("Work is underway"))),
                act(
                    4,
                    "Improve GP attendance at CPCs",
                    "A",
                    null,
                    deps(),
                    ms(
                        "Meeting with NHS England",
                        mon("April 15", 2015, 4),
                        wip("Series of meetings underway")),
                    ms(
                        "Plan agreed and presented to PSCB",
                        mon("June 15", 2015, 6),
                        wip("New peninsular s47 process in draft")),
                    ms(
                        "Plan implemented and attendance improved",
                        onwards("September 15 onwards", 2015, 9),
                        Status.NOT_REPORTED))))
        .build();
  }

  // --- building blocks ---

  private record MilestoneSpec(String description, Target target, Status status) {}

  private record ActionSpec(
      int number,
      String description,
      String rag,
      String resolution,
      List<Reference> deps,
      MilestoneSpec[] milestones) {}

  private static Area area(int number, String title, String lead, ActionSpec... actions) {
    return area(number, title, lead, null, actions);
  }

  private static Area area(
      int number, String title, String lead, String lead2, ActionSpec... actions) {
    Area.Builder b = Area.builder().ref(AreaRef.of(number)).title(title);
    if (lead != null) {
      b.addLeads(lead);
    }
    if (lead2 != null) {
      b.addLeads(lead2);
    }
    for (ActionSpec a : actions) {
      ActionRef ref = ActionRef.of(number, a.number());
      Action.Builder ab =
          Action.builder().ref(ref).description(a.description()).addAllDependencies(a.deps());
      if (a.rag() != null) {
        ab.reportedRag(Rag.parse(a.rag()));
      }
      if (a.resolution() != null) {
        ab.resolution(a.resolution());
      }
      int n = 1;
      for (MilestoneSpec m : a.milestones()) {
        ab.addMilestones(
            Milestone.builder()
                .ref(ref.milestone(n++))
                .description(m.description())
                .target(m.target())
                .status(m.status())
                .build());
      }
      b.addActions(ab.build());
    }
    return b.build();
  }

  private static ActionSpec act(
      int number,
      String description,
      String rag,
      String resolution,
      List<Reference> deps,
      MilestoneSpec... milestones) {
    return new ActionSpec(number, description, rag, resolution, deps, milestones);
  }

  private static List<Reference> deps(Reference... refs) {
    return new ArrayList<>(List.of(refs));
  }

  private static MilestoneSpec ms(String description, Target target, Status status) {
    return new MilestoneSpec(description, target, status);
  }

  static Target mon(String text, int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return Target.builder()
        .text(text)
        .kind(TargetKind.MONTH)
        .addPeriods(DateRange.of(ym.atDay(1), ym.atEndOfMonth()))
        .build();
  }

  static Target day(String text, int year, int month, int day) {
    return Target.builder()
        .text(text)
        .kind(TargetKind.DAY)
        .addPeriods(DateRange.ofDay(LocalDate.of(year, month, day)))
        .build();
  }

  static Target fy(String text, int startYear) {
    return Target.builder()
        .text(text)
        .kind(TargetKind.FINANCIAL_YEAR)
        .addPeriods(DateRange.of(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31)))
        .build();
  }

  static Target monthly(String text, int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return Target.builder()
        .text(text)
        .kind(TargetKind.RECURRING)
        .addPeriods(DateRange.of(ym.atDay(1), ym.atEndOfMonth()))
        .recurrence(Recurrence.MONTHLY)
        .build();
  }

  static Target list(String text, YearMonth... months) {
    Target.Builder b = Target.builder().text(text).kind(TargetKind.LIST);
    for (YearMonth ym : months) {
      b.addPeriods(DateRange.of(ym.atDay(1), ym.atEndOfMonth()));
    }
    return b.build();
  }

  static Target onwards(String text, int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return Target.builder()
        .text(text)
        .kind(TargetKind.OPEN_START)
        .addPeriods(DateRange.of(ym.atDay(1), ym.atEndOfMonth()))
        .build();
  }

  static Status done(String text) {
    return st(Progress.COMPLETE, text);
  }

  static Status wip(String text) {
    return st(Progress.IN_PROGRESS, text);
  }

  static Status st(Progress progress, String text) {
    return Status.of(progress, text);
  }
}
