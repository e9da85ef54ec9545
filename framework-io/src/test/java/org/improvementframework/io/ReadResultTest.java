package org.improvementframework.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

  @Test
  void of_withoutWarnings_hasNone() {
    ReadResult<String> r = ReadResult.of("v");
    assertThat(r.value()).isEqualTo("v");
    assertThat(r.hasWarnings()).isFalse();
  }

  @Test
  void of_copiesTheWarnings() {
    List<ReadWarning> list = new ArrayList<>();
    list.add(ReadWarning.of(InputLocation.unknown(), "p", "", "a"));
    ReadResult<String> r = ReadResult.of("v", list);
    list.clear();
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.hasWarnings()).isTrue();
    assertThatThrownBy(() -> r.warnings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nulls_areRejectedByName() {
    assertThatThrownBy(() -> ReadResult.of(null)).hasMessage("value");
    assertThatThrownBy(() -> ReadResult.of("v", null)).hasMessage("warnings");
  }
}
