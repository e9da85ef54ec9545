package org.improvementframework.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.improvementframework.io.ReadResult;
import org.improvementframework.io.tracker.TrackerImporter;
import org.improvementframework.io.tracker.TrackerOptions;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

class ReadTrackerExportTest {

  @Test
  void describe_bundledText_countsThenOneLinePerWarning() {
    ReadResult<ImprovementPlan> result = ReadTrackerExport.readBundled();

    List<String> lines = ReadTrackerExport.describe(result, "plymouth-2015.txt");

    assertThat(lines.get(0))
        .matches(
            "read plymouth-2015\\.txt: 17 areas, 48 actions, \\d+ "
                + "milestones, "
                + result.warnings().size()
                + " warnings");
    assertThat(lines).hasSize(1 + result.warnings().size());
    assertThat(lines.subList(1, lines.size()))
        .allMatch(l -> l.startsWith("plymouth-2015.txt, " + "row "));
    // The extraction read the Greek capital alpha for the RAG letter A in row 5.
    assertThat(lines).anyMatch(l -> l.contains("column 'RAG'") && l.contains("'\u0391'"));
  }

  @Test
  void describe_cleanCommaSeparatedExport_hasNoWarningLines() {
    String csv =
        String.join(
            "\n",
            "Children's Services Improvement Plan - March 2015",
            "AREA FOR IMPROVEMENT 1: Reduce caseloads,,,,,,,,Jo Bloggs",
            "OBJECTIVE,OUTCOMES,Action description,PROGRESS MILESTONES,TARGET DATE,"
                + "Status of milestone,RAG,Resolution for overdue milestones,Measured By:",
            "Lower caseloads,Manageable work,Recruit social workers,1. Campaign launched 2. Posts "
                + "filled,1. Jan 15 2. Apr 15,1. Complete 2. In progress,G,,Average caseload");
    ReadResult<ImprovementPlan> result =
        TrackerImporter.read(csv, TrackerOptions.builder().asAt(LocalDate.of(2015, 3, 31)).build());

    List<String> lines = ReadTrackerExport.describe(result, "tracker.csv");

    int n = result.warnings().size();
    assertThat(lines.get(0))
        .isEqualTo(
            "read tracker.csv: 1 area, 1 action, 2 milestones, "
                + (n == 1 ? "1 warning" : n + " warnings"));
    assertThat(result.value().milestones()).hasSize(2);
  }
}
