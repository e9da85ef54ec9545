package org.improvementframework.io.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrackerOptionsTest {

  @Test
  void defaults_inferOrDetectEverything() {
    TrackerOptions o = TrackerOptions.defaults();

    assertThat(o.asAt()).isEmpty();
    assertThat(o.delimiter()).isEmpty();
    assertThat(o.charset()).isEmpty();
    assertThat(o.maxBytes()).isEqualTo(TrackerOptions.DEFAULT_MAX_BYTES);
    assertThat(o.maxRows()).isEqualTo(TrackerOptions.DEFAULT_MAX_ROWS);
    assertThat(o.maxCellChars()).isEqualTo(TrackerOptions.DEFAULT_MAX_CELL_CHARS);
  }

  @Test
  void builder_setsEveryField() {
    TrackerOptions o =
        TrackerOptions.builder()
            .asAt(LocalDate.of(2015, 3, 31))
            .title("T")
            .organisation("O")
            .delimiter(',')
            .charset(StandardCharsets.UTF_8)
            .source("s.csv")
            .maxBytes(10)
            .maxRows(20)
            .maxCellChars(30)
            .build();

    assertThat(o.asAt()).contains(LocalDate.of(2015, 3, 31));
    assertThat(o.title()).contains("T");
    assertThat(o.organisation()).contains("O");
    assertThat(o.delimiter()).contains(',');
    assertThat(o.charset()).contains(StandardCharsets.UTF_8);
    assertThat(o.source()).contains("s.csv");
    assertThat(o.maxBytes()).isEqualTo(10);
    assertThat(o.maxRows()).isEqualTo(20);
    assertThat(o.maxCellChars()).isEqualTo(30);
  }

  @Test
  void builder_rejectsBadValues() {
    assertThatThrownBy(() -> TrackerOptions.builder().maxRows(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRows");
    assertThatThrownBy(() -> TrackerOptions.builder().maxBytes(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> TrackerOptions.builder().maxCellChars(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCellChars");
    assertThatThrownBy(() -> TrackerOptions.builder().delimiter('"').build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delimiter");
    assertThatThrownBy(() -> TrackerOptions.builder().title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void builder_takesNullForAnUnsetSetting() {
    String noTitle = null;
    LocalDate noDate = null;
    Character noDelimiter = null;
    TrackerOptions o =
        TrackerOptions.builder()
            .title("T")
            .title(noTitle)
            .asAt(noDate)
            .delimiter(noDelimiter)
            .build();

    assertThat(o).isEqualTo(TrackerOptions.defaults());
  }

  @Test
  void equals_comparesEveryField() {
    TrackerOptions a = TrackerOptions.builder().maxRows(7).title("x").build();
    TrackerOptions b = TrackerOptions.builder().maxRows(7).title("x").build();
    TrackerOptions c = TrackerOptions.builder().maxRows(8).title("x").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a).isNotEqualTo(TrackerOptions.defaults());
  }
}
