package org.improvementframework.testing;

import java.util.List;

/**
 * The words of generated plans, in the style of councils' children's services improvement plans.
 * The names of people and councils are made up, and none is taken from a real plan. Each list
 * starts with its shortest entry, the one a shrinking engine arrives at.
 */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> PLAN_TITLES =
      List.of(
          "Improvement Plan",
          "Children's Services Improvement Plan",
          "Children's Services Improvement Monitoring Framework",
          "Ofsted Improvement Plan: Children's Social Care",
          "Improvement Plan following the Inspection of Services for Children in Need of Help and"
              + " Protection");

  static final List<String> ORGANISATIONS =
      List.of(
          "Eastholm Council",
          "Northbury City Council",
          "Westmere Borough Council",
          "Kingsford County Council",
          "Ashdown Metropolitan Borough Council",
          "Lowvale District Council",
          "Riverton City Council",
          "Hartmoor County Council");

  static final List<String> FIRST_NAMES =
      List.of(
          "Ann", "Alison", "Joy", "Mark", "Sarah", "David", "Helen", "James", "Priya", "Gareth",
          "Fiona", "Tom", "Rachel", "Imran", "Claire", "Simon", "Bridget", "Kwame", "Lucy", "Owen");

  static final List<String> SURNAMES =
      List.of(
          "Hill",
          "Carter",
          "Lowe",
          "Barker",
          "Patel",
          "Jones",
          "Evans",
          "Clarke",
          "Morgan",
          "Shah",
          "Turner",
          "Walsh",
          "Okafor",
          "Reid",
          "Bennett",
          "Hughes",
          "Doyle",
          "Ahmed",
          "Fletcher",
          "Kaur");

  static final List<String> AREA_TITLES =
      List.of(
          "Improve supervision",
          "Ensure that practitioners have reasonable workloads",
          "Improve the quality and timeliness of assessments",
          "Strengthen management oversight of casework",
          "Ensure that child protection plans are specific and outcome focused",
          "Improve the stability of placements for children looked after",
          "Ensure that the voice of the child is heard and recorded",
          "Improve the timeliness of initial child protection conferences",
          "Strengthen multi-agency working at the front door",
          "Improve the quality of care leavers' pathway plans",
          "Ensure that return home interviews are offered to children who go missing",
          "Recruit and retain a stable, permanent workforce",
          "Improve the use of performance information by managers",
          "Ensure that the Local Safeguarding Children Board holds partners to account",
          "Improve the timeliness of adoption for children who cannot live at home",
          "Strengthen the quality assurance framework",
          "Ensure that early help is offered at the right time");

  static final List<String> OBJECTIVES =
      List.of(
          "Better outcomes",
          "To reduce workloads for practitioners so that they can work effectively with families",
          "To ensure that every child has an up-to-date assessment of their needs",
          "To ensure that managers have oversight of every case and record their decisions",
          "To ensure that children are seen and seen alone",
          "To improve the consistency of practice across teams",
          "To ensure that plans are reviewed within timescales");

  static final List<String> OUTCOMES =
      List.of(
          "Children are safer",
          "Improved outcomes for children in need of help and protection",
          "Practitioners have manageable caseloads and regular supervision",
          "Children's plans lead to timely and lasting change",
          "Children and families report that they are listened to",
          "Fewer children are re-referred within twelve months");

  static final List<String> MEASURES =
      List.of(
          "Audit findings",
          "Agreed optimum workload figures for each service area",
          "Monthly case file audits show improvement",
          "Supervision records on file for every case",
          "Feedback from children and families",
          "Performance report to the Improvement Board",
          "Staff survey results");

  static final List<String> ACTION_DESCRIPTIONS =
      List.of(
          "Review practice",
          "Undertake an analysis of current case loads and agree optimum workloads",
          "Implement a revised supervision policy with monthly recorded supervision",
          "Introduce a quality assurance framework with monthly case file audits",
          "Develop and deliver training on outcome-focused child protection plans",
          "Establish a multi-agency safeguarding hub",
          "Recruit permanent social workers and reduce reliance on agency staff",
          "Introduce a performance dashboard for team managers",
          "Review the threshold document with partners",
          "Commission an independent return home interview service",
          "Implement a case progression panel for children looked after",
          "Strengthen the role of independent reviewing officers");

  static final List<String> MILESTONE_DESCRIPTIONS =
      List.of(
          "Plan agreed",
          "Situation analysis completed",
          "Action plan agreed",
          "Action plan review (monthly)",
          "Policy approved by senior management team",
          "Training delivered to all team managers",
          "Audit programme in place",
          "First audit report to Improvement Board",
          "Recruitment campaign launched",
          "Revised monitoring arrangements available",
          "Dashboard available to all managers",
          "Protocol signed by partners",
          "Evaluation report completed",
          "Incorporate findings into service plan");

  static final List<String> RESOLUTIONS =
      List.of(
          "Rescheduled",
          "Meeting rescheduled to meet milestone",
          "Delayed by staff vacancies; new date agreed with the Board",
          "Awaiting sign-off by partners; escalated to the Director",
          "Revised target agreed at Improvement Board",
          "Dependent on recruitment; interim arrangements in place");

  static final List<String> IN_PROGRESS_TEXTS =
      List.of(
          "In progress",
          "Underway",
          "In progress - draft circulated for comment",
          "In progress - meeting booked",
          "Work under way with partners");

  static final List<String> NOT_STARTED_TEXTS =
      List.of("Not started", "Not yet started", "Not started - awaiting recruitment");

  static final List<String> COMPLETE_TEXTS =
      List.of("Complete", "Completed", "Complete - signed off at Board", "Completed and reported");

  static final List<String> ONGOING_TEXTS =
      List.of(
          "Ongoing", "Completed- ongoing monthly reviewing", "Complete and ongoing", "On-going");

  static final List<String> UNRECOGNISED_TARGETS =
      List.of("on of now", "See above", "Dependent on recruitment", "As per 10.1");

  /** Three-letter month names as councils write them. */
  static final List<String> SHORT_MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** Full month names, independent of the default locale and its data. */
  static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");
}
