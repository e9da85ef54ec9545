package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader's table of values kept by their text. */
class KeptByTextTest {

  @Test
  void get_isTheValueKeptLastForAnEqualText_untilTheTableIsFull() {
    // Up to twice as many texts as the table keeps, so that it grows and then fills.
    qt().withExamples(40)
        .forAll(
            lists()
                .of(integers().between(0, 2 * KeptByText.MAX_KEPT))
                .ofSizeBetween(1, 3 * KeptByText.MAX_KEPT))
        .checkAssert(
            codes -> {
              KeptByText<Integer> kept = new KeptByText<>();
              Map<String, Integer> last = new HashMap<>();
              for (int i = 0; i < codes.size(); i++) {
                String text = "text " + codes.get(i);
                int slot = kept.slot(new String(text));
                assertThat(kept.get(slot)).isEqualTo(last.get(text));
                kept.put(slot, text, i);
                if (last.containsKey(text) || last.size() < KeptByText.MAX_KEPT) {
                  last.put(text, i);
                }
                assertThat(kept.get(kept.slot(text))).isEqualTo(last.get(text));
              }
            });
  }

  @Test
  void nullText_hasNoSlot_andIsNotKept() {
    KeptByText<String> kept = new KeptByText<>();
    assertThat(kept.slot(null)).isEqualTo(-1);
    kept.put(-1, null, "x");
    assertThat(kept.get(-1)).isNull();
  }
}
