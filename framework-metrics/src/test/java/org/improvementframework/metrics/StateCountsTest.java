package org.improvementframework.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class StateCountsTest {

  private static final Gen<StateCounts> COUNTS =
      SourceDSL.integers()
          .between(0, 50)
          .zip(
              SourceDSL.integers().between(0, 50),
              SourceDSL.integers().between(0, 50),
              (a, b, c) -> StateCounts.of(a, b, c, (a * 7 + b) % 11, (c * 3 + a) % 5));

  @Test
  void collector_countsEachState() {
    StateCounts c =
        Stream.of(
                MilestoneState.COMPLETE,
                MilestoneState.COMPLETE,
                MilestoneState.OVERDUE,
                MilestoneState.UNDATED)
            .collect(StateCounts.collector());
    assertThat(c).isEqualTo(StateCounts.of(2, 1, 0, 0, 1));
    assertThat(c.total()).isEqualTo(4);
    assertThat(c.percentComplete()).hasValue(50.0);
    assertThat(c.present())
        .containsExactly(MilestoneState.COMPLETE, MilestoneState.OVERDUE, MilestoneState.UNDATED);
  }

  @Test
  void percentComplete_ofNothing_isEmptyNotZero() {
    assertThat(StateCounts.zero().percentComplete()).isEmpty();
  }

  @Test
  void of_negative_isRejectedNamingTheCounts() {
    assertThatThrownBy(() -> StateCounts.of(1, -2, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdue=-2");
  }

  @Test
  void equalsAndHashCode_byCounts() {
    assertThat(StateCounts.of(1, 2, 3, 4, 5))
        .isEqualTo(StateCounts.of(1, 2, 3, 4, 5))
        .hasSameHashCodeAs(StateCounts.of(1, 2, 3, 4, 5))
        .isNotEqualTo(StateCounts.of(1, 2, 3, 5, 4));
    assertThat(StateCounts.of(MilestoneState.DUE)).isEqualTo(StateCounts.of(0, 0, 1, 0, 0));
  }

  @Test
  void property_plusIsAssociativeAndCommutativeWithZeroIdentity() {
    qt().forAll(COUNTS, COUNTS, COUNTS)
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(StateCounts.zero())).isEqualTo(a);
            });
  }

  @Test
  void property_percentCompleteIsBetween0And100() {
    qt().forAll(COUNTS)
        .checkAssert(c -> c.percentComplete().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0)));
  }

  @Test
  void property_parallelCollectEqualsSequential() {
    qt().withExamples(50)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 4)).ofSizeBetween(0, 300))
        .checkAssert(
            list -> {
              List<MilestoneState> states =
                  list.stream().map(i -> MilestoneState.values()[i]).toList();
              assertThat(states.parallelStream().collect(StateCounts.collector()))
                  .isEqualTo(states.stream().collect(StateCounts.collector()));
              assertThat(states.stream().collect(StateCounts.collector()).total())
                  .isEqualTo(states.size());
            });
  }

  @Test
  void property_collectedCounts_areEachStatesNumber_sharedOrNot() {
    // Lists of up to 20 states: counts of 0 to 7 in every state come from the shared instances,
    // larger ones are made; both must hold each state's number.
    qt().withExamples(300)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 4)).ofSizeBetween(0, 20))
        .checkAssert(
            list -> {
              List<MilestoneState> states =
                  list.stream().map(i -> MilestoneState.values()[i]).toList();
              StateCounts c = states.stream().collect(StateCounts.collector());
              for (MilestoneState s : MilestoneState.values()) {
                assertThat(c.count(s)).isEqualTo(states.stream().filter(x -> x == s).count());
              }
              assertThat(c)
                  .isEqualTo(
                      StateCounts.of(c.complete(), c.overdue(), c.due(), c.notDue(), c.undated()));
            });
  }
}
