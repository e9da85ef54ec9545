package org.improvementframework.io.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.returns.cin.CinCodes;
import org.junit.jupiter.api.Test;

/** A shipped code list loaded as a resource reads as its lines parsed; one known year works. */
class CodeListsMutationTest {

  @Test
  void load_aShippedResource_readsAsItsLinesParsed() throws IOException {
    CodeLists loaded = CodeLists.load(CinCodes.class, "cin-codes.csv", 1, 2018, 2022);
    List<String> lines;
    try (InputStream in = CinCodes.class.getResourceAsStream("cin-codes.csv")) {
      lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
    CodeLists parsed = CodeLists.parse(lines, 1, 2018, 2022);

    assertThat(loaded.keys()).isNotEmpty().containsExactlyElementsOf(parsed.keys());
    for (String key : parsed.keys()) {
      for (int year = 2017; year <= 2023; year++) {
        assertThat(loaded.codes(key, year)).isEqualTo(parsed.codes(key, year));
      }
    }
    assertThat(loaded.firstKnownYear()).isEqualTo(2018);
    assertThat(loaded.latestKnownYear()).isEqualTo(2022);
  }

  @Test
  void years_oneKnownSchema_isAccepted_andEveryYearTakesItsList() {
    CodeLists.Years y = new CodeLists.Years(2020, Optional.empty(), 2020, 2020);
    CodeLists.Years gone = new CodeLists.Years(2018, Optional.of(2019), 2020, 2020);

    assertThat(y.contains(2010)).isTrue();
    assertThat(y.contains(2030)).isTrue();
    assertThat(gone.contains(2019)).isFalse();
    assertThat(y).hasToString("2019-20 onward");
  }
}
