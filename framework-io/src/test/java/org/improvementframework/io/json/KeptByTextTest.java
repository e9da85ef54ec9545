package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
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
                int slot = i % 2 == 0 ? kept.slot(new String(text)) : slotOfChars(kept, text);
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
  void anyTexts_inAnyOrder_areFoundByTheirCharactersAndAsStrings_withTheirIndexInArrivalOrder() {
    // Any characters (surrogates too), texts that share prefixes and hashes, each coming back.
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(1, 300))
        .checkAssert(
            texts -> {
              KeptByText<String> kept = new KeptByText<>();
              Map<String, Integer> indexes = new HashMap<>();
              for (String text : texts) {
                int slot = slotOfChars(kept, text);
                assertThat(slot).isEqualTo(kept.slot(new String(text)));
                assertThat(kept.text(slot)).isEqualTo(indexes.containsKey(text) ? text : null);
                int index = kept.put(slot, text, text);
                indexes.putIfAbsent(text, indexes.size());
                assertThat(index).isEqualTo(indexes.get(text));
              }
              // Growing kept them all, with their values and indexes.
              indexes.forEach(
                  (text, index) -> {
                    int slot = slotOfChars(kept, text);
                    assertThat(kept.text(slot)).isEqualTo(text);
                    assertThat(kept.get(slot)).isEqualTo(text);
                    assertThat(kept.index(slot)).isEqualTo(index);
                  });
            });
  }

  @Test
  void textsBeyondTheCharactersKept_areNotKept_andDoNotDisturbThoseThatAre() {
    KeptByText<Integer> kept = new KeptByText<>();
    String long1 = "a".repeat(KeptByText.MAX_CHARS - 3);
    String tooLong = "b".repeat(4);
    for (String text : List.of("abc", long1, tooLong)) {
      kept.put(kept.slot(text), text, text.length());
    }
    assertThat(kept.get(kept.slot("abc"))).isEqualTo(3);
    assertThat(kept.get(slotOfChars(kept, long1))).isEqualTo(long1.length());
    assertThat(kept.get(kept.slot(tooLong))).isNull();
    assertThat(kept.put(kept.slot(tooLong), tooLong, 4)).isEqualTo(-1);
  }

  @Test
  void nullText_hasNoSlot_andIsNotKept() {
    KeptByText<String> kept = new KeptByText<>();
    assertThat(kept.slot(null)).isEqualTo(-1);
    assertThat(kept.put(-1, null, "x")).isEqualTo(-1);
    assertThat(kept.get(-1)).isNull();
    assertThat(kept.text(-1)).isNull();
    assertThat(kept.index(-1)).isEqualTo(-1);
  }

  /** Looks a text up by its characters, placed inside a larger buffer as the parser's are. */
  private static int slotOfChars(KeptByText<?> kept, String text) {
    char[] buffer = ("<<" + text + ">>").toCharArray();
    return kept.slot(buffer, 2, text.length());
  }
}
