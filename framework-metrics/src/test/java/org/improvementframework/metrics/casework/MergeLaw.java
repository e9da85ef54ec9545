package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.improvementframework.testing.quicktheories.QuickTheoriesGen;

/**
 * The law every calculator keeps: adding generated records in any order to any number of parts
 * and merging the parts in any grouping gives the result of adding them all, in generation order,
 * to one calculator.
 */
final class MergeLaw {

  private MergeLaw() {}

  static <C> void check(
      Supplier<C> fresh,
      BiConsumer<C, Object> add,
      BinaryOperator<C> merge,
      Function<C, ?> result) {
    qt().withExamples(30)
        .forAll(
            QuickTheoriesGen.of(
                CaseRecordGenerator.records(40), records -> records.size() + " records"),
            longs().all(),
            integers().between(1, 6))
        .checkAssert(
            (records, seed, parts) -> {
              C whole = fresh.get();
              records.forEach(r -> add.accept(whole, r));

              List<Object> shuffled = new ArrayList<>(records);
              Random random = new Random(seed);
              Collections.shuffle(shuffled, random);
              List<C> pieces = new ArrayList<>();
              for (int i = 0; i < parts; i++) {
                pieces.add(fresh.get());
              }
              for (Object r : shuffled) {
                add.accept(pieces.get(random.nextInt(parts)), r);
              }
              // merge in a random grouping: repeatedly merge two random neighbours
              while (pieces.size() > 1) {
                int i = random.nextInt(pieces.size() - 1);
                pieces.set(i, merge.apply(pieces.get(i), pieces.remove(i + 1)));
              }
              assertThat(result.apply(pieces.get(0))).isEqualTo(result.apply(whole));
            });
  }
}
