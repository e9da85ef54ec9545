package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.HEADER;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.header;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A return's folder and files as councils send them: sub-folders, files at the byte limit, rows
 * shorter than the header, cells spanning lines, many repeated Header rows.
 */
class Ssda903FolderMutationTest {

  @Test
  void readFolder_subFolder_isPassedOverWithoutAWarning(@TempDir Path dir) throws IOException {
    write(dir, "header.csv", HEADER, List.of(header("K1")));
    Files.createDirectories(dir.resolve("old"));
    Files.createDirectories(dir.resolve("episodes.csv"));

    Ssda903Return r = Ssda903Return.readFolder(dir, InputLimits.defaults());

    assertThat(r.rows(Ssda903Table.HEADER)).extracting(Ssda903Row::child).containsExactly("K1");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void readFolder_fileAtTheByteLimit_isRead_andOneByteMoreRefused(@TempDir Path dir)
      throws IOException {
    write(dir, "header.csv", HEADER, List.of(header("K1")));
    long size = Files.size(dir.resolve("header.csv"));

    assertThat(
            Ssda903Return.readFolder(dir, InputLimits.defaults().withMaxInputBytes(size))
                .rows(Ssda903Table.HEADER))
        .hasSize(1);
    assertThatThrownBy(
            () -> Ssda903Return.readFolder(dir, InputLimits.defaults().withMaxInputBytes(size - 1)))
        .isInstanceOfSatisfying(
            InputLimitException.class,
            e -> {
              assertThat(e.getMessage()).contains("bytes exceeds the limit of " + (size - 1));
              assertThat(e.location().source()).hasValue("header.csv");
            });
  }

  @Test
  void readFolder_manyRepeatedHeaderRows_keepTheFirstWarningsAndCountTheRest(@TempDir Path dir) {
    List<String> rows = new ArrayList<>(Collections.nCopies(1_004, header("K1")));
    write(dir, "header.csv", HEADER, rows);

    Ssda903Return r = Ssda903Return.readFolder(dir, InputLimits.defaults());

    assertThat(r.rows(Ssda903Table.HEADER)).hasSize(1);
    assertThat(r.warnings()).hasSize(1_001);
    assertThat(r.warnings().get(0).problem()).isEqualTo("duplicated Header row of a child");
    assertThat(r.warnings().get(0).row()).hasValue(3);
    ReadWarning summary = r.warnings().get(1_000);
    assertThat(summary.problem())
        .isEqualTo("3 more warnings not kept, by kind: 'duplicated Header row of a child' 3");
    assertThat(summary.source()).hasValue("header.csv");
    assertThat(r).hasToString("Ssda903Return[Header=1, 0 problems, 1001 warnings]");
    assertThat(r.rows(Ssda903Table.HEADER).get(0)).hasToString("Ssda903Row[Header, row 2]");
  }

  @Test
  void read_rowShorterThanTheHeader_readsTheMissingCellsAsEmpty(@TempDir Path dir) {
    write(
        dir,
        "missing.csv",
        "CHILD,DOB,MISSING,MIS_START,MIS_END",
        List.of("P1,01/01/2012,M,01/07/2023", "P2,01/01/2012,M"));

    Ssda903Return r = Ssda903Return.readFolder(dir, InputLimits.defaults());

    assertThat(r.rows(Ssda903Table.MISSING))
        .singleElement()
        .satisfies(m -> assertThat(m.value("MIS_END")).isEmpty());
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.problem()).isEqualTo("empty cell");
              assertThat(p.location().row()).hasValue(3);
              assertThat(p.location().column()).hasValue("MIS_START");
            });
  }

  @Test
  void read_notAWholeNumber_skipsTheRowAtItsCell(@TempDir Path dir) {
    write(
        dir,
        "ad1.csv",
        Ssda903DerivationMutationTest.AD1,
        List.of(
            "K1,01/01/2012,01/09/2022,01/10/2022,0,two,MF,L0",
            "K2,01/01/2012,01/09/2022,01/10/2022,0,2,MF,L0"));

    Ssda903Return r = Ssda903Return.readFolder(dir, InputLimits.defaults());

    assertThat(r.rows(Ssda903Table.AD1)).extracting(Ssda903Row::child).containsExactly("K2");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.problem()).isEqualTo("not a whole number");
              assertThat(p.expected()).hasValue("a whole number");
              assertThat(p.location().row()).hasValue(2);
              assertThat(p.location().column()).hasValue("NB_ADOPTR");
            });
  }

  @Test
  void read_cellSpanningLines_numbersTheRowByTheLineItStartsOn(@TempDir Path dir) {
    write(
        dir,
        "header.csv",
        HEADER,
        List.of(
            "K1,1,01/01/2012,WBRI,\"A123\n456\",,",
            "K2,1,01/01/2012,WBRI,,,",
            "K3,1,31/02/2012,WBRI,,,"));

    Ssda903Return r = Ssda903Return.readFolder(dir, InputLimits.defaults());

    assertThat(r.rows(Ssda903Table.HEADER)).extracting(Ssda903Row::row).containsExactly(2L, 4L);
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.location().row()).hasValue(5));
  }
}
