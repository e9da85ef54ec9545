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
  void get_isNullOrTheValueKeptLastForAnEqualText_neverAnotherTexts() {
    // Thousands of texts share the 1,024 slots, so that slots are taken over.
    qt().forAll(lists().of(integers().between(0, 5000)).ofSizeBetween(1, 400))
        .checkAssert(
            codes -> {
              KeptByText<Integer> kept = new KeptByText<>();
              Map<String, Integer> last = new HashMap<>();
              for (int i = 0; i < codes.size(); i++) {
                String text = "text " + codes.get(i);
                int slot = KeptByText.slot(text);
                Integer found = kept.get(slot, new String(text));
                assertThat(found).isIn(null, last.get(text));
                kept.put(slot, text, i);
                last.put(text, i);
                assertThat(kept.get(slot, new String(text))).isEqualTo(i);
              }
            });
  }

  @Test
  void slot_isWithinTheTable_andNullHasOne() {
    assertThat(KeptByText.slot(null)).isZero();
    qt().forAll(integers().all())
        .checkAssert(
            n ->
                assertThat(KeptByText.slot(Integer.toString(n)))
                    .isBetween(0, KeptByText.SLOTS - 1));
  }
}
