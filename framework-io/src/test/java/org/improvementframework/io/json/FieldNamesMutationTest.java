package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field tables of the JSON readers and the paths their errors name. */
class FieldNamesMutationTest {

  @Test
  void fieldNames_findEachFieldByAnEqualName_andTheFirstRequiredFieldMissing() {
    // Each field i is named f<i>; bit i of "stars" makes it required; "seen" is any subset.
    qt().forAll(
            integers().between(1, 31),
            integers().allPositive(),
            integers().allPositive(),
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 5))
        .checkAssert(
            (count, stars, seen, lookups) -> {
              List<String> spec = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                spec.add("f" + i + ((stars >> i & 1) == 1 ? "*" : ""));
              }
              FieldNames names = FieldNames.of(spec.toArray(String[]::new));
              for (int i = 0; i < count; i++) {
                // A name built at run time is equal to, but not the same as, the table's name.
                assertThat(names.indexOf(new String("f" + i))).isEqualTo(i);
                assertThat(names.name(i)).isEqualTo("f" + i);
              }
              for (int n : lookups) {
                assertThat(names.indexOf("f" + n)).isEqualTo(n < count ? n : -1);
              }
              assertThat(names.indexOf("f0*")).isEqualTo(-1);
              String missing = null;
              for (int i = 0; i < count && missing == null; i++) {
                if ((stars >> i & 1) == 1 && (seen >> i & 1) == 0) {
                  missing = "f" + i;
                }
              }
              assertThat(names.firstMissing(seen)).isEqualTo(missing);
            });
  }

  @Test
  void fieldNames_thirtyFirstFieldRequired_isMissingUntilSeen() {
    String[] spec = new String[31];
    for (int i = 0; i < 31; i++) {
      spec[i] = "f" + i;
    }
    spec[30] = "last*";
    FieldNames names = FieldNames.of(spec);
    assertThat(names.firstMissing(0)).isEqualTo("last");
    assertThat(names.firstMissing(1 << 30)).isNull();
    assertThat(names.indexOf("last")).isEqualTo(30);
  }

  @Test
  void jsonPaths_plainNamesAreDotted_othersAreBracketedWithQuotesAndBackslashesEscaped() {
    assertThat(append("title")).isEqualTo("$.title");
    assertThat(append("_a1")).isEqualTo("$._a1");
    assertThat(append("")).isEqualTo("$['']");
    assertThat(append("1st")).isEqualTo("$['1st']");
    assertThat(append("a b")).isEqualTo("$['a b']");
    assertThat(append("it's")).isEqualTo("$['it\\'s']");
    assertThat(append("a\\b")).isEqualTo("$['a\\\\b']");
    assertThat(append("ab-")).isEqualTo("$['ab-']");
  }

  private static String append(String name) {
    return JsonPaths.appendName(new StringBuilder("$"), name).toString();
  }
}
