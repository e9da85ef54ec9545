package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Observation;
import org.improvementframework.model.ReportingPeriod;

/**
 * Reads the measures of an area and their indicators in the canonical JSON format, for
 * {@link PlanJsonReader}, {@link IndicatorJson} and the Jackson module. Each {@code read*} method
 * starts with the parser on the first token of its value and leaves it on the last token.
 */
final class IndicatorJsonReader {

  private static final String MARKERS = "a number or one of the markers \"c\", \"z\", \"x\", \"k\"";

  private static final FieldNames MEASURE = FieldNames.of("text*", "indicator");
  private static final FieldNames INDICATOR =
      FieldNames.object(
          "indicator",
          "an indicator object",
          "name*",
          "unit*",
          "polarity*",
          "countingUnit",
          "baseline",
          "targets",
          "observations");
  private static final FieldNames TARGET = FieldNames.of("value*", "period*", "tolerance");
  private static final FieldNames OBSERVATION = FieldNames.of("period*", "value*");

  private static final Indicator.Unit[] UNITS = Indicator.Unit.values();
  private static final Indicator.Polarity[] POLARITIES = Indicator.Polarity.values();
  private static final Indicator.CountingUnit[] COUNTING_UNITS = Indicator.CountingUnit.values();

  private final JsonCursor c;
  private final JsonValues v;

  IndicatorJsonReader(JsonCursor cursor, JsonValues values) {
    this.c = cursor;
    this.v = values;
  }

  Measure readMeasure() throws IOException {
    String text = null;
    Indicator indicator = null;
    for (int f = c.firstField(MEASURE, "a measure object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> text = v.string();
        default -> indicator = readIndicator();
      }
    }
    String t = text;
    Indicator i = indicator;
    return c.endObject("measure", () -> i == null ? Measure.of(t) : Measure.of(t, i));
  }

  Indicator readIndicator() throws IOException {
    return c.object(
        INDICATOR,
        this,
        Indicator.builder(),
        IndicatorJsonReader::indicatorField,
        Indicator.Builder::build);
  }

  private void indicatorField(Indicator.Builder b, int field) throws IOException {
    switch (field) {
      case 0 -> b.name(v.string());
      case 1 -> b.unit(v.enumValue(UNITS));
      case 2 -> b.polarity(v.enumValue(POLARITIES));
      case 3 -> b.countingUnit(v.enumValue(COUNTING_UNITS));
      case 4 -> b.baseline(readObservation());
      case 5 ->
          c.array(
              "a list of indicator targets",
              this,
              b,
              (r, x, i) -> x.addTargets(r.readIndicatorTarget()));
      default ->
          c.array(
              "a list of observations",
              this,
              b,
              (r, x, i) -> x.addObservations(r.readObservation()));
    }
  }

  IndicatorTarget readIndicatorTarget() throws IOException {
    BigDecimal value = null;
    ReportingPeriod period = null;
    BigDecimal tolerance = null;
    for (int f = c.firstField(TARGET, "an indicator target object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> value = v.number();
        case 1 -> period = v.reportingPeriod();
        default -> tolerance = v.number();
      }
    }
    BigDecimal n = value;
    ReportingPeriod when = period;
    BigDecimal within = tolerance;
    return c.endObject(
        "indicator target",
        () -> within == null ? IndicatorTarget.of(n, when) : IndicatorTarget.of(n, when, within));
  }

  Observation readObservation() throws IOException {
    ReportingPeriod period = null;
    IndicatorValue value = null;
    for (int f = c.firstField(OBSERVATION, "an observation object"); f >= 0; f = c.nextField()) {
      if (f == 0) {
        period = v.reportingPeriod();
      } else {
        value = readIndicatorValue();
      }
    }
    c.endObject();
    return Observation.of(period, value);
  }

  IndicatorValue readIndicatorValue() throws IOException {
    JsonParser p = c.parser();
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal n = v.number();
      try {
        return IndicatorValue.of(n);
      } catch (IllegalArgumentException e) {
        // Decimals bounds numbers as the model does; this keeps any later model rule located.
        throw c.error("invalid indicator value", p.getText(), e.getMessage(), e);
      }
    }
    if (t != JsonToken.VALUE_STRING) {
      throw c.wrongType(MARKERS);
    }
    String s = p.getText();
    for (IndicatorValue.Marker m : IndicatorValue.Marker.values()) {
      if (m.code().equals(s)) {
        return IndicatorValue.of(m);
      }
    }
    throw c.error("cannot read indicator value", s, MARKERS);
  }
}
