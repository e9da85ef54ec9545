package org.improvementframework.jackson3;

import java.math.BigDecimal;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;
import tools.jackson.core.JsonToken;

/**
 * Reads an area's measures and their indicators in the canonical JSON format on Jackson 3, for
 * {@link PlanReader} and the module, through the plan reader's structure and scalar helpers.
 */
final class IndicatorReader {

  private final PlanReader r;

  IndicatorReader(PlanReader reader) {
    this.r = reader;
  }

  Measure readMeasure() {
    var f =
        new Object() {
          String text;
          Indicator indicator;
        };
    r.object(
        "a measure object",
        Measure.class,
        name ->
            switch (name) {
              case "text" -> PlanReader.accept(f.text = r.string());
              case "indicator" -> PlanReader.accept(f.indicator = readIndicator());
              default -> false;
            });
    return r.build(
        Measure.class,
        "measure",
        () ->
            f.indicator == null
                ? Measure.of(PlanReader.required(f.text, "text"))
                : Measure.of(PlanReader.required(f.text, "text"), f.indicator));
  }

  Indicator readIndicator() {
    Indicator.Builder b = Indicator.builder();
    r.object(
        "an indicator object",
        Indicator.class,
        name ->
            switch (name) {
              case "name" -> PlanReader.accept(b.name(r.string()));
              case "unit" -> PlanReader.accept(b.unit(r.enumValue(Indicator.Unit.class)));
              case "polarity" ->
                  PlanReader.accept(b.polarity(r.enumValue(Indicator.Polarity.class)));
              case "countingUnit" ->
                  PlanReader.accept(b.countingUnit(r.enumValue(Indicator.CountingUnit.class)));
              case "baseline" -> PlanReader.accept(b.baseline(readObservation()));
              case "targets" ->
                  r.array("a list of indicator targets", () -> b.addTargets(readIndicatorTarget()));
              case "observations" ->
                  r.array("a list of observations", () -> b.addObservations(readObservation()));
              default -> false;
            });
    return r.build(Indicator.class, "indicator", b::build);
  }

  IndicatorTarget readIndicatorTarget() {
    var f =
        new Object() {
          BigDecimal value;
          ReportingPeriod period;
          BigDecimal tolerance;
        };
    r.object(
        "an indicator target object",
        IndicatorTarget.class,
        name ->
            switch (name) {
              case "value" -> PlanReader.accept(f.value = r.number());
              case "period" -> PlanReader.accept(f.period = r.reportingPeriod());
              case "tolerance" -> PlanReader.accept(f.tolerance = r.number());
              default -> false;
            });
    return r.build(
        IndicatorTarget.class,
        "indicator target",
        () ->
            f.tolerance == null
                ? IndicatorTarget.of(
                    PlanReader.required(f.value, "value"), PlanReader.required(f.period, "period"))
                : IndicatorTarget.of(
                    PlanReader.required(f.value, "value"),
                    PlanReader.required(f.period, "period"),
                    f.tolerance));
  }

  Observation readObservation() {
    var f =
        new Object() {
          ReportingPeriod period;
          IndicatorValue value;
        };
    r.object(
        "an observation object",
        Observation.class,
        name ->
            switch (name) {
              case "period" -> PlanReader.accept(f.period = r.reportingPeriod());
              case "value" -> PlanReader.accept(f.value = readIndicatorValue());
              default -> false;
            });
    return r.build(
        Observation.class,
        "observation",
        () ->
            Observation.of(
                PlanReader.required(f.period, "period"), PlanReader.required(f.value, "value")));
  }

  IndicatorValue readIndicatorValue() {
    JsonToken t = r.parser().currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return IndicatorValue.of(r.number());
    }
    String expected = "a number or one of the markers \"c\", \"z\", \"x\", \"k\"";
    if (t != JsonToken.VALUE_STRING) {
      return r.fail(IndicatorValue.class, r.found(), expected);
    }
    String s = r.parser().getString();
    return IndicatorValue.Marker.ofCode(s)
        .map(IndicatorValue::of)
        .orElseGet(() -> r.fail(IndicatorValue.class, "'" + s + "'", expected));
  }
}
