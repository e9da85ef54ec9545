package org.improvementframework.io.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.returns.ssda903.Ssda903CaseRecords.Sink;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;
import org.junit.jupiter.api.Test;

/** A built sink gives each record to the handler of its type, or else to the other handler. */
class Ssda903SinkTest {

  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  /** One record of each type the return gives, in the order of {@link Sink#RECORD_TYPES}. */
  static final List<Record> ONE_OF_EACH =
      List.of(
          new LookedAfterPeriod("A1", LocalDate.of(2012, 1, 1), DAY, Optional.empty()),
          new Placement("A1", DAY, Optional.of(DAY.plusDays(9)), "U1", false),
          new CareLeaverActivity(
              "B2", DAY, 19, CareLeaverActivity.Activity.F1, Optional.empty(), Optional.empty()),
          new MissingEpisode("C3", DAY, Optional.empty(), false, Optional.empty()),
          new Adoption(
              "D4",
              DAY,
              Optional.empty(),
              Optional.of(DAY.plusMonths(5)),
              Optional.of(DAY.plusMonths(6)),
              DAY.plusMonths(7),
              DAY.plusMonths(12)),
          Ssda903OutcomesTest.A1);

  @Test
  void recordTypes_areTheTypesOfTheRecordsOfEachKind() {
    assertThat(ONE_OF_EACH.stream().map(Object::getClass).toList()).isEqualTo(Sink.RECORD_TYPES);
  }

  @Test
  void built_anyRecordsAnyHandledTypes_eachRecordReachesExactlyItsHandlerInOrder() {
    qt().forAll(
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 40), integers().between(0, 63))
        .checkAssert(
            (kinds, handled) -> {
              List<String> got = new ArrayList<>();
              Sink.Builder b = Sink.builder().otherwise(r -> got.add("otherwise " + r));
              for (int t = 0; t < 6; t++) {
                if ((handled & 1 << t) != 0) {
                  on(b, Sink.RECORD_TYPES.get(t), got);
                }
              }
              Sink sink = b.build();
              List<String> expected = new ArrayList<>();
              for (int k : kinds) {
                Record r = ONE_OF_EACH.get(k);
                sink.record(r);
                String by = (handled & 1 << k) != 0 ? r.getClass().getSimpleName() : "otherwise";
                expected.add(by + " " + r);
              }
              assertThat(got).containsExactlyElementsOf(expected);
            });
  }

  private static <T extends Record> void on(Sink.Builder b, Class<T> type, List<String> got) {
    b.on(type, r -> got.add(type.getSimpleName() + " " + r));
  }

  @Test
  void unaccompanied_givesTheIdsToItsHandler() {
    List<String> ids = new ArrayList<>();
    List<Record> records = new ArrayList<>();
    Sink sink = Sink.builder().unaccompanied(ids::add).otherwise(records::add).build();
    sink.unaccompanied("U7");
    sink.unaccompanied("U7");
    assertThat(ids).containsExactly("U7", "U7");
    assertThat(records).isEmpty();
  }

  @Test
  void build_laterHandlersOfTheBuilder_doNotChangeTheSink() {
    List<Record> placements = new ArrayList<>();
    Sink.Builder b = Sink.builder();
    Sink before = b.build();
    b.on(Placement.class, placements::add);
    before.record(ONE_OF_EACH.get(1));
    assertThat(placements).isEmpty();
    b.build().record(ONE_OF_EACH.get(1));
    assertThat(placements).containsExactly(ONE_OF_EACH.get(1));
  }

  /** A record type of the caller's own, which no return gives. */
  record Visit(String childId) {}

  @Test
  void on_aTypeNoReturnGives_isRefusedNamingItAndTheTypes() {
    assertThatThrownBy(() -> Sink.builder().on(Visit.class, v -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gives no Visit")
        .hasMessageContaining("Placement");
  }

  @Test
  void on_aTypeTwice_isRefused() {
    Sink.Builder b = Sink.builder().on(Placement.class, p -> {});
    assertThatThrownBy(() -> b.on(Placement.class, p -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the records of type Placement already have a handler");
  }

  @Test
  void record_ofTheCallersOwnType_goesToOtherwise() {
    List<Record> other = new ArrayList<>();
    Sink.builder().otherwise(other::add).build().record(new Visit("V1"));
    assertThat(other).containsExactly(new Visit("V1"));
  }

  @Test
  void builder_nullArguments_areRefusedByName() {
    Sink.Builder b = Sink.builder();
    assertThatThrownBy(() -> b.on(null, r -> {})).hasMessage("type");
    assertThatThrownBy(() -> b.on(Placement.class, null)).hasMessage("handler");
    assertThatThrownBy(() -> b.otherwise(null)).hasMessage("handler");
    assertThatThrownBy(() -> b.unaccompanied(null)).hasMessage("handler");
  }
}
