package org.improvementframework.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.returns.cin.CinCensus;
import org.improvementframework.io.returns.ssda903.Ssda903CaseRecords;
import org.improvementframework.io.returns.ssda903.Ssda903Summary;
import org.improvementframework.io.returns.workforce.WorkforceCensus;
import org.improvementframework.metrics.casework.AdoptionTimeliness;
import org.improvementframework.metrics.casework.CareLeaversInEet;
import org.improvementframework.metrics.casework.ConferenceTiming;
import org.improvementframework.metrics.casework.ContinuousCareOutcomes;
import org.improvementframework.metrics.casework.LongTermPlacementStability;
import org.improvementframework.metrics.casework.PlacementMoves;
import org.improvementframework.metrics.casework.ReReferrals;
import org.improvementframework.metrics.casework.Section47ToConference;
import org.improvementframework.metrics.casework.WorkforceCaseload;
import org.improvementframework.metrics.casework.WorkingDayCalendar;
import org.improvementframework.metrics.casework.WorkingDayConvention;
import org.improvementframework.metrics.indicators.DisclosureControl;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.InitialConference;
import org.improvementframework.model.casework.LookedAfterOutcomes;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.Placement;
import org.improvementframework.model.casework.Referral;
import org.improvementframework.model.casework.Section47Enquiry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code indicators} command: every statutory indicator the given returns hold, for a
 * collection year, under disclosure control unless the user turns it off.
 */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description =
        "Reads the DfE statutory returns (an SSDA903 folder of CSV tables, a CIN "
            + "census XML, a workforce census XML) and prints every indicator with numerator, "
            + "denominator, counting unit and exclusions by reason, under the DfE's disclosure "
            + "control (counts 1 to 5 shown as c) unless --no-disclosure-control is given.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:indicators printed",
      "2:a return that cannot be read, or a usage error",
      "3:an internal error"
    })
final class IndicatorsCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Option(
      names = "--ssda903",
      paramLabel = "DIR",
      description = "Folder of the SSDA903 return's CSV tables (Header, Episodes, OC3, AD1...).")
  Path ssda903;

  @Option(names = "--cin", paramLabel = "FILE", description = "Children in need census XML.")
  Path cin;

  @Option(
      names = "--workforce",
      paramLabel = "FILE",
      description = "Children's social work workforce census (CSWW) XML.")
  Path workforce;

  @Option(
      names = "--year",
      required = true,
      paramLabel = "YEAR",
      description =
          "Collection year, named by the March it ends in: 2024 is 1 April 2023 to "
              + "31 March 2024.")
  int year;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  IndicatorFormat format;

  @Option(
      names = "--working-days",
      defaultValue = "START_DAY_IS_DAY_ONE",
      description =
          "START_DAY_IS_DAY_ONE (the DfE's CIN validator, default) or " + "START_DAY_EXCLUDED.")
  WorkingDayConvention convention;

  @Option(
      names = "--no-disclosure-control",
      description = "Print exact figures, small counts included: not for publication.")
  boolean noDisclosureControl;

  @Option(
      names = "--detail",
      description =
          "Also print, to standard output only, the working "
              + "days of each conference (child ids and dates: personal data, for a drill-down).")
  boolean detail;

  @Override
  public Integer call() {
    if (ssda903 == null && cin == null && workforce == null) {
      main.err.println("error: give at least one of --ssda903, --cin, --workforce");
      main.err.flush();
      return Main.UNREADABLE;
    }
    DateRange fy = DateRange.of(LocalDate.of(year - 1, 4, 1), LocalDate.of(year, 3, 31));
    DisclosureControl dc = noDisclosureControl ? null : DisclosureControl.dfe();
    List<IndicatorLine> lines = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<ConferenceTiming> timings = new ArrayList<>();
    InputLimits limits = InputLimits.defaults();
    if (ssda903 != null) {
      ssda903(limits, fy, dc, lines, notes);
    } else {
      lines.add(
          IndicatorLine.unavailable(
              "Looked-after children indicators", "no SSDA903 return given (--ssda903)"));
    }
    if (cin != null) {
      cin(limits, fy, dc, lines, notes, timings);
    } else {
      lines.add(
          IndicatorLine.unavailable("Children in need indicators", "no CIN census given (--cin)"));
    }
    if (workforce != null) {
      workforce(
          read(
              workforce,
              in -> WorkforceCensus.read(in, workforce.getFileName().toString(), limits)),
          dc,
          lines,
          notes);
    } else {
      lines.add(
          IndicatorLine.unavailable("Average caseload", "no workforce census given (--workforce)"));
    }
    lines.add(
        IndicatorLine.unavailable(
            "Return interviews after missing episodes",
            "not held by any of the returns (SSDA903 Missing has no interview fields)"));
    format.print(main.out, lines, notes, dc != null);
    if (detail) {
      main.out.println();
      main.out.println("Detail (personal data): child, conference, start, working days, outcome");
      for (ConferenceTiming t : timings) {
        main.out.println(
            t.childId()
                + ","
                + t.conference()
                + ","
                + t.start().map(LocalDate::toString).orElse("")
                + ","
                + (t.workingDays().isPresent() ? String.valueOf(t.workingDays().getAsInt()) : "")
                + ","
                + t.outcome());
      }
    }
    main.out.flush();
    return Main.OK;
  }

  private void ssda903(
      InputLimits limits,
      DateRange fy,
      DisclosureControl dc,
      List<IndicatorLine> lines,
      List<String> notes) {
    PlacementMoves moves = PlacementMoves.of(fy);
    LongTermPlacementStability stability = LongTermPlacementStability.of(fy);
    CareLeaversInEet leavers = CareLeaversInEet.of(fy);
    AdoptionTimeliness adoption = AdoptionTimeliness.of(fy);
    ContinuousCareOutcomes outcomes = ContinuousCareOutcomes.of(fy);
    // records go straight into the calculators, of children in care in the year only (the
    // others count in no measure of the year): the return itself is never held whole
    Ssda903Summary read =
        Ssda903CaseRecords.stream(
            ssda903,
            fy,
            limits,
            Ssda903CaseRecords.Children.LOOKED_AFTER_IN_YEAR,
            Ssda903CaseRecords.Sink.builder()
                .on(
                    LookedAfterPeriod.class,
                    p -> {
                      moves.add(p);
                      stability.add(p);
                    })
                .on(
                    Placement.class,
                    p -> {
                      moves.add(p);
                      stability.add(p);
                    })
                .on(CareLeaverActivity.class, leavers::add)
                .on(Adoption.class, adoption::add)
                .on(LookedAfterOutcomes.class, outcomes::add)
                .unaccompanied(outcomes::addUnaccompanied)
                .build());
    note(notes, read.problems(), read.warnings());
    String episodes = "SSDA903 Episodes (DECOM, RNE, LS, PLACE, DEC, REC), Header (DOB)";
    lines.add(IndicatorLine.of(moves.result(), episodes, dc, true));
    lines.add(IndicatorLine.of(stability.result(), episodes, dc, true));
    lines.add(IndicatorLine.of(leavers.result(), "SSDA903 OC3 (DOB, IN_TOUCH, ACTIV)", dc, true));
    lines.add(
        IndicatorLine.of(
            leavers.suitableAccommodation(), "SSDA903 OC3 (DOB, IN_TOUCH, ACCOM)", dc, true));
    String ad = "SSDA903 Episodes (DECOM, LS, PLACE, DEC, REC E11/E12), AD1 (DATE_MATCH)";
    lines.add(IndicatorLine.of(adoption.a1(), ad, dc, false));
    lines.add(IndicatorLine.of(adoption.a2(), ad, dc, false));
    lines.add(IndicatorLine.of(adoption.a10(), ad, dc, false));
    outcomes
        .results()
        .forEach(
            (o, r) ->
                lines.add(
                    IndicatorLine.of(
                        r, "SSDA903 OC2 (DOB, " + o.column() + "), UASC (CHILD)", dc, true)));
  }

  private void cin(
      InputLimits limits,
      DateRange fy,
      DisclosureControl dc,
      List<IndicatorLine> lines,
      List<String> notes,
      List<ConferenceTiming> timings) {
    Section47ToConference c4 =
        Section47ToConference.of(fy, WorkingDayCalendar.englandAndWales(), convention);
    ReReferrals rereferrals = ReReferrals.of(fy);
    CinCensus census =
        read(
            cin,
            in ->
                CinCensus.stream(
                    in,
                    cin.getFileName().toString(),
                    limits,
                    year,
                    new CinCensus.Sink() {
                      @Override
                      public void referral(Referral r) {
                        rereferrals.add(r);
                      }

                      @Override
                      public void section47(Section47Enquiry e) {
                        c4.add(e);
                      }

                      @Override
                      public void conference(InitialConference c) {
                        c4.add(c);
                      }
                    }));
    note(notes, census.problems(), census.warnings());
    lines.add(
        IndicatorLine.of(
            c4.result(), "CIN census Section47 (S47ActualStartDate, DateOfInitialCPC)", dc, true));
    if (detail) {
      timings.addAll(c4.timings());
    }
    lines.add(
        IndicatorLine.of(
            rereferrals.result(), "CIN census CINdetails (CINreferralDate)", dc, true));
    lines.add(
        IndicatorLine.unavailable(
            "ICPC within 15 working days of the strategy discussion",
            "the CIN census holds no strategy discussion date: use case records"));
  }

  private void workforce(
      WorkforceCensus w, DisclosureControl dc, List<IndicatorLine> lines, List<String> notes) {
    note(notes, w.problems(), List.of());
    LocalDate day = w.referenceDate().orElse(LocalDate.of(year - 1, 9, 30));
    WorkforceCaseload caseload = WorkforceCaseload.at(day);
    w.workers()
        .forEach(x -> caseload.add(x.sweNo(), x.fte30().orElse(null), x.cases30().orElse(null)));
    lines.add(IndicatorLine.of(caseload.result(), "CSWW CSWWWorker (Cases30, FTE30)", dc, false));
  }

  private static void note(
      List<String> notes, List<PlanFormatException> problems, List<ReadWarning> warnings) {
    // locations and codes only: neither problems nor warnings hold personal data
    problems.forEach(p -> notes.add("skipped: " + p.getMessage()));
    warnings.forEach(w -> notes.add("warning: " + w));
  }

  private interface Read<T> {
    T apply(InputStream in);
  }

  private static <T> T read(Path file, Read<T> reader) {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    }
  }
}
