package org.improvementframework.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.AreaRef;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class FindingTest {

  @Test
  void toString_isSeverityRuleWhereAndMessage() {
    assertThat(
            Finding.of(
                "area-without-lead", Severity.WARNING, AreaRef.of(6), "area 6 names no lead"))
        .hasToString("WARNING area-without-lead 6: area 6 names no lead");
    assertThat(new Finding("plan-wide", Severity.INFO, Optional.empty(), "hello"))
        .hasToString("INFO plan-wide: hello");
  }

  @Test
  void equality_byParts() {
    assertThat(Finding.of("r", Severity.ERROR, AreaRef.of(1), "m"))
        .isEqualTo(Finding.of("r", Severity.ERROR, AreaRef.of(1), "m"))
        .isNotEqualTo(Finding.of("r", Severity.WARNING, AreaRef.of(1), "m"));
  }

  @Test
  void of_nullRef_namesTheParameter() {
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, null, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
  }

  @Test
  void property_writtenFinding_isTheFindingOfItsText() {
    QuickTheory.qt()
        .withExamples(300)
        .forAll(
            SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 40),
            SourceDSL.integers().between(1, 99),
            SourceDSL.integers().between(1, 99),
            SourceDSL.booleans().all())
        .checkAssert(
            (text, area, action, warning) -> {
              Severity severity = warning ? Severity.WARNING : Severity.ERROR;
              ActionRef ref = ActionRef.of(area, action);
              Finding written = Finding.written("r", severity, ref, () -> "x" + text);
              Finding eager = Finding.of("r", severity, ref, "x" + text);
              assertThat(written).isEqualTo(eager).hasSameHashCodeAs(eager);
              assertThat(eager).isEqualTo(written);
              assertThat(written).hasToString(eager.toString());
              assertThat(written.message()).isEqualTo("x" + text);
              assertThat(written)
                  .isNotEqualTo(Finding.written("r", severity, ref, () -> "y" + text));
            });
  }

  @Test
  void written_writesTheMessageOnceWhenFirstAsked() {
    AtomicInteger writes = new AtomicInteger();
    Finding f =
        Finding.written(
            "r", Severity.ERROR, AreaRef.of(1), () -> "written " + writes.incrementAndGet());
    assertThat(writes).hasValue(0);
    assertThat(f.ref()).contains(AreaRef.of(1));
    assertThat(f.message()).isEqualTo("written 1");
    assertThat(f.toString()).isEqualTo("ERROR r 1: written 1");
    assertThat(writes).hasValue(1);
  }

  @Test
  void hashCode_combinesThePartsAsARecordDoes() {
    Finding f = new Finding("plan-wide", Severity.INFO, Optional.empty(), "hello");
    int expected =
        (("plan-wide".hashCode() * 31 + Severity.INFO.hashCode()) * 31 + 0) * 31
            + "hello".hashCode();
    assertThat(f.hashCode()).isEqualTo(expected);
    assertThat(f).isNotEqualTo(new Finding("plan-wide", Severity.INFO, Optional.empty(), "bye"));
  }
}
