package org.improvementframework.io.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadResult;

/**
 * Coverage-guided fuzzing of the published statistics readers with Jazzer: the first byte picks
 * the mapping (none, the SFR34/2015 wide mapping, or the tidy-period mapping), the rest is the
 * file. Regression inputs are in {@code PublishedFilesFuzzTestInputs/fuzzRead/}.
 */
class PublishedFilesFuzzTest {

  private static final List<Optional<StatisticsMapping>> MAPPINGS =
      List.of(
          Optional.empty(),
          Optional.of(Samples.mapping(Samples.SFR34_MAPPING)),
          Optional.of(Samples.mapping(Samples.HEALTH_MAPPING)));
  private static final InputLimits LIMITS = InputLimits.defaults().withMaxInputBytes(1 << 20);

  /** Any bytes give series (each with at least one observation) or a located exception. */
  @FuzzTest(maxDuration = "2m")
  void fuzzRead(byte[] data) {
    if (data.length == 0) {
      return;
    }
    Optional<StatisticsMapping> m = MAPPINGS.get(Byte.toUnsignedInt(data[0]) % MAPPINGS.size());
    byte[] file = Arrays.copyOfRange(data, 1, data.length);
    try {
      ReadResult<List<PublishedSeries>> r =
          PublishedFiles.read(new ByteArrayInputStream(file), "fuzz.csv", m, LIMITS);
      if (m.isPresent()) {
        assertThat(r.value()).allSatisfy(s -> assertThat(s.observations()).isNotEmpty());
      }
    } catch (PlanFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
