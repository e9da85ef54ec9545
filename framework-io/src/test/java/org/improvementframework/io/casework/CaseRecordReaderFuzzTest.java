package org.improvementframework.io.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of every case-record reader with Jazzer. The first byte chooses the
 * reader (its value modulo the number of readers, in the order of {@link #READERS}); the rest is
 * the CSV. Regression inputs are in {@code CaseRecordReaderFuzzTestInputs/fuzzReadAll/}.
 */
class CaseRecordReaderFuzzTest {

  static final List<CaseRecordReader<?>> READERS =
      List.of(
          CaseRecordReader.REFERRALS,
          CaseRecordReader.STRATEGY_DISCUSSIONS,
          CaseRecordReader.SECTION_47_ENQUIRIES,
          CaseRecordReader.INITIAL_CONFERENCES,
          CaseRecordReader.LOOKED_AFTER_PERIODS,
          CaseRecordReader.PLACEMENTS,
          CaseRecordReader.MISSING_EPISODES,
          CaseRecordReader.CARE_LEAVER_ACTIVITIES,
          CaseRecordReader.ADOPTIONS,
          CaseRecordReader.CASE_WORKERS,
          CaseRecordReader.CASE_ALLOCATIONS);

  /**
   * Any bytes give records and skipped rows, or a {@link CaseRecordFormatException}; every
   * skipped row names a row after the header.
   */
  @FuzzTest(maxDuration = "3m")
  void fuzzReadAll(byte[] data) {
    if (data.length == 0) {
      return;
    }
    CaseRecordReader<?> reader = READERS.get(Byte.toUnsignedInt(data[0]) % READERS.size());
    InputStreamReader in =
        new InputStreamReader(
            new ByteArrayInputStream(data, 1, data.length - 1), StandardCharsets.UTF_8);
    try {
      CaseRecordReadResult<?> result = reader.readAll(in, "fuzz.csv");
      assertThat(result.problems()).allSatisfy(p -> assertThat(p.getMessage()).isNotBlank());
    } catch (CaseRecordFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
