package org.improvementframework.metrics.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Short ids sorted by their packed characters give the events, ranks and ids that numbering them
 * through the id table and ranking them by their strings gives.
 */
class ShortIdEventsTest {

  @Test
  void ranked_anyShortIds_isWhatTheIdTableGives_whenItFits() {
    Gen<String> ids =
        strings().betweenCodePoints(1, 0xff).ofLengthBetween(1, 8).assuming(s -> !s.isBlank());
    qt().withExamples(300)
        .forAll(lists().of(ids).ofSizeBetween(0, 60), days(-800_000, 800_000))
        .checkAssert((drawn, days) -> checkRanked(drawn, days, false));
  }

  @Test
  void ranked_anyIdsOfUpToFiveCharacters_overTwoCenturiesOfDays_alwaysFits() {
    // five bytes of eight varying bits and 17 bits of days: 57 bits
    Gen<String> ids =
        strings().betweenCodePoints(1, 0xff).ofLengthBetween(1, 5).assuming(s -> !s.isBlank());
    qt().withExamples(300)
        .forAll(lists().of(ids).ofSizeBetween(0, 60), days(-50_000, 50_000))
        .checkAssert((drawn, days) -> checkRanked(drawn, days, true));
  }

  @Test
  void ranked_aLetterAndDigits_overACenturyOfDays_alwaysFits() {
    Gen<String> ids =
        integers()
            .between(0, 25)
            .zip(integers().between(0, 9_999_999), (l, n) -> (char) ('A' + l) + "" + n);
    qt().withExamples(300)
        .forAll(lists().of(ids).ofSizeBetween(0, 200), days(-20_000, 20_000))
        .checkAssert((drawn, days) -> checkRanked(drawn, days, true));
  }

  private static Gen<List<Integer>> days(int from, int to) {
    return lists().of(integers().between(from, to)).ofSizeBetween(1, 200);
  }

  /** Events of the drawn ids, repeated, on the drawn days; ranked as the id table ranks them. */
  private static void checkRanked(List<String> drawn, List<Integer> days, boolean mustFit) {
    ShortIdEvents events = new ShortIdEvents();
    ChildIds table = new ChildIds();
    Events numbered = new Events();
    List<String> ids = new ArrayList<>(drawn);
    ids.addAll(drawn.subList(0, drawn.size() / 2)); // repeated ids, as in real files
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      int day = days.get(i % days.size());
      long key = ShortIdEvents.key(i % 2 == 0 ? id : new StringBuilder(id));
      assertThat(key).isNotZero();
      events.add(key, day);
      numbered.add(table.number(id), day);
    }
    int[] rank = table.ranks();
    ShortIdEvents.Ranked ranked = events.ranked();
    if (mustFit) {
      assertThat(ranked).isNotNull();
    }
    if (ranked != null) {
      String[] byRank = table.inRankOrder(rank);
      for (int r = 0; r < byRank.length; r++) {
        assertThat(ranked.id(r)).isEqualTo(byRank[r]);
      }
      assertThat(ranked.pairs()).containsExactly(numbered.sortedByRank(rank));
    }
    ChildIds replayedIds = new ChildIds();
    Events replayed = new Events();
    events.replay((id, day) -> replayed.add(replayedIds.number(id), day));
    int[] replayedRank = replayedIds.ranks();
    assertThat(replayed.sortedByRank(replayedRank)).containsExactly(numbered.sortedByRank(rank));
    assertThat(replayedIds.inRankOrder(replayedRank)).containsExactly(table.inRankOrder(rank));
  }

  /**
   * An id's UTF-8 bytes have the key of its text, or 0 where it is not short ASCII (the caller
   * then decodes it), and are refused where the text is.
   */
  @Test
  void key_ofUtf8Bytes_isTheTextsKey_orZeroWhereNotShortAscii() {
    qt().withExamples(2000)
        .forAll(
            lists()
                .of(integers().between(0, ShortIdCases.CHARACTERS.length() - 1))
                .ofSizeBetween(0, 10),
            integers().between(0, 3))
        .checkAssert(
            (picks, offset) -> {
              String id = ShortIdCases.of(picks);
              byte[] padded = ShortIdCases.utf8(id, offset);
              int to = padded.length - 2;
              String text = ShortIdCases.outcome(() -> ShortIdEvents.key(id));
              String bytes = ShortIdCases.outcome(() -> ShortIdEvents.key(padded, offset, to));
              long key = bytes.equals("added") ? ShortIdEvents.key(padded, offset, to) : -1;
              boolean shortAscii =
                  !id.isEmpty() && id.length() <= 8 && id.chars().allMatch(c -> c > 0 && c < 0x80);
              if (shortAscii) {
                assertThat(bytes).isEqualTo(text);
                if (key != -1) {
                  assertThat(key).isEqualTo(ShortIdEvents.key(id)).isNotZero();
                }
              } else {
                assertThat(key).isZero();
              }
            });
  }

  @Test
  void key_ofLongOrWideOrEmptyIds_isZero_andOfBlankIds_isRefused() {
    assertThat(ShortIdEvents.key("C12345678")).isZero();
    assertThat(ShortIdEvents.key("C\u0100")).isZero();
    assertThat(ShortIdEvents.key("C\u0000")).isZero();
    assertThat(ShortIdEvents.key("")).isZero();
    assertThat(ShortIdEvents.key(" C")).isNotZero();
    assertThatThrownBy(() -> ShortIdEvents.key(" \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("childId");
  }
}
