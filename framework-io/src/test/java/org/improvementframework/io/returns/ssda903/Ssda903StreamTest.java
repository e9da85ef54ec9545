package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming a folder gives exactly the records of reading it whole, whatever the row order. */
class Ssda903StreamTest {

  private static final String EPISODES =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
          + "PL_POST,URN";
  private static final String[] RNE = {"S", "P", "P", "L", "T", "B", "U"};
  private static final String[] LS = {"C2", "C2", "V3", "E1", "D1", "J2"};
  private static final String[] PLACE = {"U1", "U4", "R1", "A3", "A4", "A5", "K2"};
  private static final String[] REC = {"X1", "X1", "E11", "E12", "E13", "E4A", ""};

  private static final DateRange FY = Ssda903ReturnTest.FY2024;

  /** Every record a sink received, in arrival order. */
  static final class Kept implements Ssda903CaseRecords.Sink {
    final List<LookedAfterPeriod> periods = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    final List<Adoption> adoptions = new ArrayList<>();
    final List<CareLeaverActivity> leavers = new ArrayList<>();
    final List<MissingEpisode> missing = new ArrayList<>();

    private final Ssda903CaseRecords.Sink byType =
        Ssda903CaseRecords.Sink.builder()
            .on(LookedAfterPeriod.class, periods::add)
            .on(Placement.class, placements::add)
            .on(Adoption.class, adoptions::add)
            .on(CareLeaverActivity.class, leavers::add)
            .on(MissingEpisode.class, missing::add)
            .build();

    @Override
    public void record(Record r) {
      byType.record(r);
    }
  }

  @Test
  void stream_ofTheSample_givesTheRecordsAndWarningsOfReadingItWhole() {
    Path sample = Ssda903ReturnTest.sample();
    Ssda903Return whole = Ssda903Return.readFolder(sample, InputLimits.defaults());
    Ssda903CaseRecords records = Ssda903CaseRecords.from(whole, Ssda903ReturnTest.FY2024);
    Kept kept = new Kept();
    Ssda903Summary s =
        Ssda903CaseRecords.stream(sample, Ssda903ReturnTest.FY2024, InputLimits.defaults(), kept);
    assertThat(kept.periods).containsExactlyElementsOf(records.periods());
    assertThat(kept.placements).containsExactlyElementsOf(records.placements());
    assertThat(kept.adoptions).containsExactlyElementsOf(records.adoptions());
    assertThat(kept.leavers).containsExactlyElementsOf(records.careLeavers());
    assertThat(kept.missing).containsExactlyElementsOf(records.missingEpisodes());
    List<ReadWarning> all = new ArrayList<>(whole.warnings());
    all.addAll(records.warnings());
    assertThat(s.warnings()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(s.problems()).hasSameSizeAs(whole.problems());
    assertThat(s.rows(Ssda903Table.EPISODES)).isEqualTo(10);
    assertThat(s.rows(Ssda903Table.HEADER)).isEqualTo(6);
    assertThat(s.rows(Ssda903Table.UASC)).isZero();
    assertThat(s.toString()).contains("Episodes=10").doesNotContain("C1");
  }

  @Test
  void stream_anyOrderOfRows_givesTheRecordsOfTheSortedFile(@TempDir Path dir) {
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(150)
        .forAll(integers().between(1, 9), longs().all())
        .checkAssert(
            (children, seed) -> {
              Random random = new Random(seed);
              List<String> header = new ArrayList<>();
              List<String> episodes = new ArrayList<>();
              for (int c = 0; c < children; c++) {
                header.add("K" + c + ",1,01/01/2010,WBRI,,,");
                episodes.addAll(episodes("K" + c, random));
              }
              Path sorted = write(dir.resolve("s" + n.incrementAndGet()), header, episodes);
              Collections.shuffle(header, random);
              Collections.shuffle(episodes, random);
              Path shuffled = write(dir.resolve("u" + n.get()), header, episodes);

              Ssda903CaseRecords whole =
                  Ssda903CaseRecords.from(
                      Ssda903Return.readFolder(sorted, InputLimits.defaults()),
                      Ssda903ReturnTest.FY2024);
              Kept kept = new Kept();
              Ssda903Summary s =
                  Ssda903CaseRecords.stream(
                      shuffled, Ssda903ReturnTest.FY2024, InputLimits.defaults(), kept);
              assertThat(kept.periods).containsExactlyInAnyOrderElementsOf(whole.periods());
              assertThat(kept.placements).containsExactlyInAnyOrderElementsOf(whole.placements());
              assertThat(kept.adoptions).containsExactlyInAnyOrderElementsOf(whole.adoptions());
              assertThat(s.warnings()).hasSameSizeAs(whole.warnings());
              assertThat(s.rows(Ssda903Table.EPISODES)).isEqualTo(episodes.size());
              // only children in care in the year: exactly the whole path's records of them
              Set<String> inYear =
                  whole.periods().stream()
                      .filter(
                          p ->
                              !p.start().isAfter(FY.end())
                                  && p.end().map(d -> !d.isBefore(FY.start())).orElse(true))
                      .map(LookedAfterPeriod::childId)
                      .collect(Collectors.toSet());
              Kept some = new Kept();
              Ssda903CaseRecords.stream(
                  shuffled,
                  FY,
                  InputLimits.defaults(),
                  Ssda903CaseRecords.Children.LOOKED_AFTER_IN_YEAR,
                  some);
              assertThat(some.periods)
                  .containsExactlyInAnyOrderElementsOf(
                      whole.periods().stream().filter(p -> inYear.contains(p.childId())).toList());
              assertThat(some.placements)
                  .containsExactlyInAnyOrderElementsOf(
                      whole.placements().stream()
                          .filter(p -> inYear.contains(p.childId()))
                          .toList());
              // nothing lost: without a warning, every episode starting a placement (S, P, T)
              // gives a placement of its own
              long starts = episodes.stream().filter(e -> e.split(",")[2].matches("[SPT]")).count();
              if (s.warnings().isEmpty()) {
                assertThat((long) kept.placements.size()).isGreaterThanOrEqualTo(starts);
              }
              assertThat(kept.periods).isNotEmpty();
            });
  }

  @Test
  void stream_episodeCeasingBeforeItStarts_isAWarningNotAnError(@TempDir Path dir) {
    Path folder =
        write(
            dir.resolve("bad"),
            List.of("K1,1,01/01/2010,WBRI,,,"),
            List.of(
                "K1,01/05/2023,S,C2,N1,U1,PR1,,X1,,,,",
                "K1,01/06/2023,P,C2,N1,U1,PR1,01/02/2023,,,,,"));
    Kept kept = new Kept();
    Ssda903Summary s =
        Ssda903CaseRecords.stream(folder, Ssda903ReturnTest.FY2024, InputLimits.defaults(), kept);
    assertThat(kept.placements).hasSize(1);
    assertThat(s.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.problem()).isEqualTo("placement ending before it began");
              assertThat(w.row()).hasValue(3);
              assertThat(w.toString()).doesNotContain("K1").doesNotContain("2023");
            });
  }

  private static List<String> episodes(String child, Random random) {
    List<String> out = new ArrayList<>();
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1500));
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      LocalDate next = day.plusDays(1 + random.nextInt(400));
      boolean last = i == count - 1;
      String rec = last && random.nextBoolean() ? "" : REC[random.nextInt(REC.length)];
      String dec = rec.isEmpty() ? "" : next.toString();
      out.add(
          String.join(
              ",",
              child,
              day.toString(),
              i == 0 ? "S" : RNE[random.nextInt(RNE.length)],
              LS[random.nextInt(LS.length)],
              "N1",
              PLACE[random.nextInt(PLACE.length)],
              "PR1",
              dec,
              rec,
              "",
              "",
              "",
              ""));
      day = next;
    }
    return out;
  }

  private static Path write(Path folder, List<String> header, List<String> episodes) {
    try {
      Files.createDirectories(folder);
      List<String> h = new ArrayList<>(List.of("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"));
      h.addAll(header);
      Files.write(folder.resolve("header.csv"), h, StandardCharsets.UTF_8);
      List<String> e = new ArrayList<>(List.of(EPISODES));
      e.addAll(episodes);
      Files.write(folder.resolve("episodes.csv"), e, StandardCharsets.UTF_8);
      return folder;
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }
}
