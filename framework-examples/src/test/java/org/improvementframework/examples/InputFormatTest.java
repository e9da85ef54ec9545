package org.improvementframework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plan.json | not even json                                   | JSON",
        "plan.txt  | '  {\"format\": \"improvement-plan\"}'            | JSON",
        "plan      | '\uFEFF{}'                                        | JSON",
        "plan.csv  | 'Area,Area title,Leads,Milestone,Milestone description' | CSV",
        "plan.csv  | 'AREA FOR IMPROVEMENT 1: Workloads,,Lead'        | TRACKER",
        "plan.txt  | 'CHILDRENS SERVICES IMPROVEMENT MONITORING FRAMEWORK' | TRACKER",
        "plan.tsv  | ''                                               | TRACKER"
      })
  void detect_byNameAndFirstBytes(String name, String head, InputFormat expected) {
    assertThat(InputFormat.detect(name, head.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"out.json, JSON", "OUT.CSV, CSV", "out.txt, ", "out, "})
  void ofOutputName_byExtension(String name, InputFormat expected) {
    assertThat(InputFormat.ofOutputName(name)).isEqualTo(expected);
  }
}
