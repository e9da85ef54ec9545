package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures how far the tracker importer, reading the raw 2015 text as the council kept it,
 * agrees with the plan curated by hand from the same text: areas, actions and milestones found
 * under the same reference, and for those, the same target (text and reading), the same status
 * (progress, and words), and the same reported RAG.
 *
 * <p>The figures go to standard output and to {@code target/curated-agreement.txt};
 * docs/curated-plan.md quotes them. The assertions are floors at today's figures, so that a change
 * to the importer that loses agreement fails here, and one that gains it shows in the report.
 */
class CuratedAgreementTest {

  private static ImprovementPlan curated;
  private static ImprovementPlan imported;
  private static int warnings;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in =
        PlanJson.class.getResourceAsStream(
            "/org/improvementframework/io/plans/plymouth-2015.json")) {
      curated = PlanJson.read(Objects.requireNonNull(in, "curated plan resource"));
    }
    Path raw =
        Path.of(
            CuratedAgreementTest.class
                .getResource("/org/improvementframework/io/seed-2015.txt")
                .toURI());
    ReadResult<ImprovementPlan> result = TrackerImporter.read(raw, TrackerOptions.defaults());
    imported = result.value();
    warnings = result.warnings().size();
  }

  @Test
  void importer_agreesWithCuratedPlan_atLeastAsWellAsMeasured() throws IOException {
    Agreement a = Agreement.of(curated, imported);
    String report = a.report(warnings);
    System.out.println(report);
    Path out = Path.of("target", "curated-agreement.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);

    assertThat(a.areas).as("areas").isEqualTo(17);
    assertThat(a.actions).as("actions").isEqualTo(48);
    assertThat(a.milestones).as("milestones").isGreaterThanOrEqualTo(109);
    assertThat(a.targetTexts).as("target texts").isGreaterThanOrEqualTo(a.milestones - 2);
    assertThat(a.targetReadings).as("target readings").isGreaterThanOrEqualTo(a.milestones - 2);
    assertThat(a.statusProgress).as("status progress").isGreaterThanOrEqualTo(a.milestones - 12);
    assertThat(a.rag).as("RAG").isEqualTo(48);
  }

  @Test
  void agreement_ofCuratedPlanWithItself_isComplete() {
    Agreement a = Agreement.of(curated, curated);

    assertThat(a.areas).isEqualTo(curated.areas().size());
    assertThat(a.milestones).isEqualTo(a.curatedMilestones);
    assertThat(a.targetReadings).isEqualTo(a.curatedMilestones);
    assertThat(a.statusText).isEqualTo(a.curatedMilestones);
    assertThat(a.disagreements).isEmpty();
  }

  /** Counts of agreement between a reference plan and a plan read by other means. */
  static final class Agreement {
    int curatedAreas;
    int curatedActions;
    int curatedMilestones;
    int areas;
    int areaTitles;
    int areaLeads;
    int actions;
    int rag;
    int milestones;
    int descriptions;
    int targetTexts;
    int targetReadings;
    int statusProgress;
    int statusText;
    final List<String> disagreements = new ArrayList<>();

    static Agreement of(ImprovementPlan expected, ImprovementPlan actual) {
      Agreement a = new Agreement();
      Map<AreaRef, Area> areas = index(actual.areas(), Area::ref);
      Map<ActionRef, Action> actions =
          index(actual.actions().collect(Collectors.toList()), Action::ref);
      Map<MilestoneRef, Milestone> milestones =
          index(actual.milestones().collect(Collectors.toList()), Milestone::ref);
      for (Area area : expected.areas()) {
        a.curatedAreas++;
        Area other = areas.get(area.ref());
        if (other == null) {
          a.disagreements.add("area " + area.ref() + " missing");
          continue;
        }
        a.areas++;
        a.areaTitles += area.title().equals(other.title()) ? 1 : 0;
        a.areaLeads += area.leads().equals(other.leads()) ? 1 : 0;
      }
      expected
          .actions()
          .forEach(
              action -> {
                a.curatedActions++;
                Action other = actions.get(action.ref());
                if (other == null) {
                  a.disagreements.add("action " + action.ref() + " missing");
                  return;
                }
                a.actions++;
                if (action.reportedRag().equals(other.reportedRag())) {
                  a.rag++;
                } else {
                  a.disagreements.add(
                      "action "
                          + action.ref()
                          + " RAG "
                          + action.reportedRag()
                          + " vs "
                          + other.reportedRag());
                }
              });
      expected
          .milestones()
          .forEach(
              m -> {
                a.curatedMilestones++;
                Milestone other = milestones.get(m.ref());
                if (other == null) {
                  a.disagreements.add("milestone " + m.ref() + " missing");
                  return;
                }
                a.milestones++;
                a.descriptions += m.description().equals(other.description()) ? 1 : 0;
                a.targetTexts += m.target().text().equals(other.target().text()) ? 1 : 0;
                boolean reading =
                    m.target().kind() == other.target().kind()
                        && m.target().periods().equals(other.target().periods())
                        && m.target().recurrence().equals(other.target().recurrence());
                if (reading) {
                  a.targetReadings++;
                } else {
                  a.disagreements.add(
                      "milestone "
                          + m.ref()
                          + " target '"
                          + m.target().text()
                          + "' "
                          + m.target().kind()
                          + " vs '"
                          + other.target().text()
                          + "' "
                          + other.target().kind());
                }
                if (m.status().progress() == other.status().progress()) {
                  a.statusProgress++;
                } else {
                  a.disagreements.add(
                      "milestone "
                          + m.ref()
                          + " status "
                          + m.status().progress()
                          + " vs "
                          + other.status().progress()
                          + " ('"
                          + other.status().text()
                          + "')");
                }
                a.statusText += m.status().text().equals(other.status().text()) ? 1 : 0;
              });
      return a;
    }

    String report(int warnings) {
      StringBuilder s = new StringBuilder();
      s.append("Agreement of the tracker importer (raw 2015 text) with the curated plan\n");
      line(s, "areas found", areas, curatedAreas);
      line(s, "  same title", areaTitles, areas);
      line(s, "  same leads", areaLeads, areas);
      line(s, "actions found", actions, curatedActions);
      line(s, "  same reported RAG", rag, actions);
      line(s, "milestones found", milestones, curatedMilestones);
      line(s, "  same description", descriptions, milestones);
      line(s, "  same target text", targetTexts, milestones);
      line(s, "  same target reading", targetReadings, milestones);
      line(s, "  same status progress", statusProgress, milestones);
      line(s, "  same status words", statusText, milestones);
      s.append("importer warnings: ").append(warnings).append('\n');
      s.append("disagreements:\n");
      disagreements.forEach(d -> s.append("  ").append(d).append('\n'));
      return s.toString();
    }

    private static void line(StringBuilder s, String what, int agree, int of) {
      s.append(
          String.format(
              "%-26s %4d / %-4d (%.1f%%)%n",
              what, agree, of, of == 0 ? 100.0 : 100.0 * agree / of));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
      Map<K, V> map = new LinkedHashMap<>();
      values.forEach(v -> map.putIfAbsent(key.apply(v), v));
      return map;
    }
  }
}
