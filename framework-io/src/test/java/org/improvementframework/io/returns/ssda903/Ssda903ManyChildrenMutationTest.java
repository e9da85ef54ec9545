package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.AD1;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.EPISODES;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.HEADER;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.OC2;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.episode;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.header;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.stream;
import static org.improvementframework.io.returns.ssda903.Ssda903DerivationMutationTest.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returns of hundreds of children, past the first sizes of the reader's per-child arrays: a child
 * numbered late is derived as one numbered early.
 */
class Ssda903ManyChildrenMutationTest {

  private static final String CONTINUOUS = "10/01/2020";
  private static final String RECENT = "01/05/2023";

  @Test
  void stream_600Children_lateChildrenWithoutHeaderOrMatchAreKnownAsSuch(@TempDir Path dir) {
    List<String> headers = new ArrayList<>();
    List<String> episodes = new ArrayList<>();
    for (int c = 0; c < 600; c++) {
      // C300 to C309 have no Header row: they are numbered last, after every Header child
      if (c < 300 || c >= 310) {
        headers.add(header("C" + c));
      }
      if (c != 560 && c != 570) {
        episodes.add(episode("C" + c, RECENT, "S", "C2", "U1"));
      }
    }
    for (String child : List.of("C560", "C570")) {
      episodes.add(episode(child, "01/02/2021", "S", "C2", "U1", "01/11/2022", "X1"));
      episodes.add(episode(child, "01/11/2022", "P", "E1", "A5", "15/08/2023", "E11"));
    }
    write(dir, "header.csv", HEADER, headers);
    write(dir, "ad1.csv", AD1, List.of("C570,01/01/2012,01/09/2022,01/10/2022,0,2,MF,L0"));
    write(dir, "episodes.csv", EPISODES, episodes);
    Ssda903DerivationMutationTest.Streamed s = stream(dir, Ssda903CaseRecords.Children.ALL);

    List<LookedAfterPeriod> periods = s.all().of(LookedAfterPeriod.class);
    assertThat(periods).hasSize(590);
    assertThat(periods).allMatch(p -> p.dateOfBirth().equals(LocalDate.of(2012, 1, 1)));
    assertThat(periods)
        .extracting(LookedAfterPeriod::childId)
        .doesNotContain("C300", "C305", "C309")
        .contains("C299", "C310", "C599");
    assertThat(s.summary().warnings())
        .hasSize(10)
        .allMatch(w -> w.problem().equals("a child with episodes but no Header row"));
    assertThat(s.summary().children()).isEqualTo(600);
    assertThat(s.all().of(Adoption.class))
        .extracting(Adoption::childId, Adoption::matched)
        .containsExactly(
            tuple("C560", Optional.empty()), tuple("C570", Optional.of(LocalDate.of(2022, 10, 1))));
  }

  @Test
  void stream_childNumbered256InTheCohort_isMatchedToItsOc2Row(@TempDir Path dir) {
    assertThat(cohortWarnings(dir.resolve("a"), 300, Set.of(256), Set.of(256))).isEmpty();
  }

  @Test
  void stream_firstCohortChildNumberedFarPast256_isWarnedWithoutOc2(@TempDir Path dir) {
    assertThat(cohortWarnings(dir.resolve("b"), 600, Set.of(520), Set.of(0)))
        .containsExactly(
            "oc2.csv 2 CHILD " + ContinuousCohort.NOT_CONTINUOUS,
            "episodes.csv 522 CHILD " + ContinuousCohort.NO_OC2);
  }

  /** The cohort's warnings of a return whose children are all in care, some for years. */
  private static List<String> cohortWarnings(
      Path dir, int children, Set<Integer> continuous, Set<Integer> withOc2) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> headers = new ArrayList<>();
    List<String> episodes = new ArrayList<>();
    List<String> oc2 = new ArrayList<>();
    for (int c = 0; c < children; c++) {
      headers.add(header("C" + c));
      episodes.add(episode("C" + c, continuous.contains(c) ? CONTINUOUS : RECENT, "S", "C2", "U1"));
      if (withOc2.contains(c)) {
        oc2.add("C" + c + ",01/01/2012,,,0,,1,1,1,0,,");
      }
    }
    write(dir, "header.csv", HEADER, headers);
    write(dir, "episodes.csv", EPISODES, episodes);
    write(dir, "oc2.csv", OC2, oc2);
    return stream(dir, Ssda903CaseRecords.Children.ALL).warnings();
  }
}
