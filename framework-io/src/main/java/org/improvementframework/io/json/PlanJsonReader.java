package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.improvementframework.io.Decimals;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.io.Utf16;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Indicator;
import org.improvementframework.model.IndicatorTarget;
import org.improvementframework.model.IndicatorValue;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Observation;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * The streaming reader of the canonical JSON format, shared by {@link PlanJson} and the Jackson
 * module. Each {@code read*} method starts with the parser on the first token of its value and
 * leaves it on the last token of that value. Errors name the JSON path, computed only when an
 * error happens so that reading stays fast.
 */
final class PlanJsonReader {

  static final String FORMAT = "improvement-plan";
  static final int VERSION = 1;

  /** What to do with a field the format does not define. */
  enum Unknown {
    ERROR,
    WARN,
    SKIP
  }

  private final JsonParser p;
  private final String source;
  private final Unknown unknown;
  private final List<ReadWarning> warnings;

  /** The JSON paths of the unknown fields skipped so far: a second one at a path is a duplicate. */
  private final Set<String> unknownPaths = new HashSet<>();

  PlanJsonReader(JsonParser parser, String source, Unknown unknown, List<ReadWarning> warnings) {
    this.p = parser;
    this.source = source;
    this.unknown = unknown;
    this.warnings = warnings;
  }

  // ---------------------------------------------------------------- the document

  /**
   * Reads the versioned document; with {@code allowBare}, also a bare plan object (the form the
   * Jackson module writes inside an application's own documents).
   */
  ImprovementPlan readDocument(boolean allowBare) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    if (t == null) {
      throw error(
          "empty input",
          null,
          "a JSON object with \"format\": \""
              + FORMAT
              + "\", \"version\": "
              + VERSION
              + " and \"plan\"");
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrongType("a JSON object with \"format\", \"version\" and \"plan\"");
    }
    String format = null;
    Integer version = null;
    ImprovementPlan plan = null;
    PlanFields bare = allowBare ? new PlanFields() : null;
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "format" -> {
          seen = once(seen, 1, name);
          format = string();
          if (!FORMAT.equals(format)) {
            throw error(
                "not an improvement plan document: unknown format", format, "\"" + FORMAT + "\"");
          }
        }
        case "version" -> {
          seen = once(seen, 2, name);
          version = readVersion();
        }
        case "plan" -> {
          seen = once(seen, 4, name);
          plan = readPlan();
        }
        default -> {
          if (bare != null && bare.accept(name)) {
            seen |= 8;
          } else {
            unknownField(name);
          }
        }
      }
    }
    if ((seen & 8) != 0) {
      if ((seen & 7) != 0) {
        throw error(
            "a plan document mixes the envelope (format, version, plan) with plan fields",
            null,
            "either the envelope or a bare plan");
      }
      return bare.build();
    }
    if (format == null) {
      throw missing("format");
    }
    if (version == null) {
      throw missing("version");
    }
    if (plan == null) {
      throw missing("plan");
    }
    return plan;
  }

  private int readVersion() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("the number " + VERSION);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != VERSION) {
      throw error(
          "unsupported version",
          p.getText(),
          VERSION + " (this library reads version " + VERSION + ")");
    }
    return VERSION;
  }

  ImprovementPlan readPlan() throws IOException {
    requireObject("a plan object");
    PlanFields f = new PlanFields();
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      if (!f.accept(name)) {
        unknownField(name);
      }
    }
    return f.build();
  }

  /** The fields of a plan, shared by the envelope's plan and a bare plan. */
  private final class PlanFields {
    private String title;
    private String organisation;
    private LocalDate asAt;
    private DateRange period;
    private List<String> notes = List.of();
    private List<Area> areas = List.of();
    private int seen;

    boolean accept(String name) throws IOException {
      switch (name) {
        case "title" -> {
          seen = once(seen, 1, name);
          title = string();
          return true;
        }
        case "organisation" -> {
          seen = once(seen, 2, name);
          organisation = string();
          return true;
        }
        case "asAt" -> {
          seen = once(seen, 4, name);
          asAt = date();
          return true;
        }
        case "period" -> {
          seen = once(seen, 8, name);
          period = dateRange();
          return true;
        }
        case "notes" -> {
          seen = once(seen, 16, name);
          notes = strings();
          return true;
        }
        case "areas" -> {
          seen = once(seen, 32, name);
          areas = areas();
          return true;
        }
        default -> {
          return false;
        }
      }
    }

    ImprovementPlan build() {
      require(title, "title");
      require(asAt, "asAt");
      try {
        return ImprovementPlan.builder()
            .title(title)
            .organisation(Optional.ofNullable(organisation))
            .asAt(asAt)
            .period(Optional.ofNullable(period))
            .addAllNotes(notes)
            .addAllAreas(areas)
            .build();
      } catch (IllegalArgumentException e) {
        throw invalid("plan", e);
      }
    }
  }

  private List<Area> areas() throws IOException {
    requireArray("a list of areas");
    List<Area> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(readArea());
    }
    return list;
  }

  Area readArea() throws IOException {
    requireObject("an area object");
    Integer number = null;
    String title = null;
    List<String> leads = List.of();
    List<String> objectives = List.of();
    List<String> outcomes = List.of();
    List<Measure> measures = List.of();
    List<String> notes = List.of();
    List<Action> actions = List.of();
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "number" -> {
          seen = once(seen, 1, name);
          number = positiveInt();
        }
        case "title" -> {
          seen = once(seen, 2, name);
          title = string();
        }
        case "leads" -> {
          seen = once(seen, 4, name);
          leads = strings();
        }
        case "objectives" -> {
          seen = once(seen, 8, name);
          objectives = strings();
        }
        case "outcomes" -> {
          seen = once(seen, 16, name);
          outcomes = strings();
        }
        case "measures" -> {
          seen = once(seen, 32, name);
          requireArray("a list of measures");
          measures = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            measures.add(readMeasure());
          }
        }
        case "notes" -> {
          seen = once(seen, 64, name);
          notes = strings();
        }
        case "actions" -> {
          seen = once(seen, 128, name);
          requireArray("a list of actions");
          actions = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            actions.add(readAction());
          }
        }
        default -> unknownField(name);
      }
    }
    require(number, "number");
    require(title, "title");
    try {
      return Area.builder()
          .ref(AreaRef.of(number))
          .title(title)
          .addAllLeads(leads)
          .addAllObjectives(objectives)
          .addAllOutcomes(outcomes)
          .addAllMeasures(measures)
          .addAllNotes(notes)
          .addAllActions(actions)
          .build();
    } catch (IllegalArgumentException e) {
      throw invalid("area", e);
    }
  }

  Measure readMeasure() throws IOException {
    requireObject("a measure object");
    String text = null;
    Indicator indicator = null;
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "text" -> {
          seen = once(seen, 1, name);
          text = string();
        }
        case "indicator" -> {
          seen = once(seen, 2, name);
          indicator = readIndicator();
        }
        default -> unknownField(name);
      }
    }
    require(text, "text");
    try {
      return indicator == null ? Measure.of(text) : Measure.of(text, indicator);
    } catch (IllegalArgumentException e) {
      throw invalid("measure", e);
    }
  }

  Indicator readIndicator() throws IOException {
    requireObject("an indicator object");
    Indicator.Builder b = Indicator.builder();
    String name = null;
    Indicator.Unit unit = null;
    Indicator.Polarity polarity = null;
    int seen = 0;
    while (nextField()) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> {
          seen = once(seen, 1, field);
          name = string();
        }
        case "unit" -> {
          seen = once(seen, 2, field);
          unit = enumValue(Indicator.Unit.class);
        }
        case "polarity" -> {
          seen = once(seen, 4, field);
          polarity = enumValue(Indicator.Polarity.class);
        }
        case "countingUnit" -> {
          seen = once(seen, 8, field);
          b.countingUnit(enumValue(Indicator.CountingUnit.class));
        }
        case "baseline" -> {
          seen = once(seen, 16, field);
          b.baseline(readObservation());
        }
        case "targets" -> {
          seen = once(seen, 32, field);
          requireArray("a list of indicator targets");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addTargets(readIndicatorTarget());
          }
        }
        case "observations" -> {
          seen = once(seen, 64, field);
          requireArray("a list of observations");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addObservations(readObservation());
          }
        }
        default -> unknownField(field);
      }
    }
    require(name, "name");
    require(unit, "unit");
    require(polarity, "polarity");
    try {
      return b.name(name).unit(unit).polarity(polarity).build();
    } catch (IllegalArgumentException e) {
      throw invalid("indicator", e);
    }
  }

  IndicatorTarget readIndicatorTarget() throws IOException {
    requireObject("an indicator target object");
    BigDecimal value = null;
    ReportingPeriod period = null;
    BigDecimal tolerance = null;
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "value" -> {
          seen = once(seen, 1, name);
          value = number();
        }
        case "period" -> {
          seen = once(seen, 2, name);
          period = reportingPeriod();
        }
        case "tolerance" -> {
          seen = once(seen, 4, name);
          tolerance = number();
        }
        default -> unknownField(name);
      }
    }
    require(value, "value");
    require(period, "period");
    try {
      return tolerance == null
          ? IndicatorTarget.of(value, period)
          : IndicatorTarget.of(value, period, tolerance);
    } catch (IllegalArgumentException e) {
      throw invalid("indicator target", e);
    }
  }

  Observation readObservation() throws IOException {
    requireObject("an observation object");
    ReportingPeriod period = null;
    IndicatorValue value = null;
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "period" -> {
          seen = once(seen, 1, name);
          period = reportingPeriod();
        }
        case "value" -> {
          seen = once(seen, 2, name);
          value = readIndicatorValue();
        }
        default -> unknownField(name);
      }
    }
    require(period, "period");
    require(value, "value");
    return Observation.of(period, value);
  }

  IndicatorValue readIndicatorValue() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal n = number();
      try {
        return IndicatorValue.of(n);
      } catch (IllegalArgumentException e) {
        // Decimals bounds numbers as the model does; this keeps any later model rule located.
        throw error("invalid indicator value", p.getText(), e.getMessage(), e);
      }
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText();
      for (IndicatorValue.Marker m : IndicatorValue.Marker.values()) {
        if (m.code().equals(s)) {
          return IndicatorValue.of(m);
        }
      }
      throw error(
          "cannot read indicator value",
          s,
          "a number or one of the markers \"c\", \"z\", \"x\", \"k\"");
    }
    throw wrongType("a number or one of the markers \"c\", \"z\", \"x\", \"k\"");
  }

  Action readAction() throws IOException {
    requireObject("an action object");
    ActionRef ref = null;
    String description = null;
    Action.Builder b = Action.builder();
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "ref" -> {
          seen = once(seen, 1, name);
          ref = actionRef();
        }
        case "description" -> {
          seen = once(seen, 2, name);
          description = string();
        }
        case "reportedRag" -> {
          seen = once(seen, 4, name);
          b.reportedRag(enumValue(Rag.class));
        }
        case "resolution" -> {
          seen = once(seen, 8, name);
          b.resolution(string());
        }
        case "dependencies" -> {
          seen = once(seen, 16, name);
          requireArray("a list of references");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addDependencies(reference());
          }
        }
        case "notes" -> {
          seen = once(seen, 32, name);
          b.addAllNotes(strings());
        }
        case "milestones" -> {
          seen = once(seen, 64, name);
          requireArray("a list of milestones");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addMilestones(readMilestone());
          }
        }
        default -> unknownField(name);
      }
    }
    require(ref, "ref");
    require(description, "description");
    try {
      return b.ref(ref).description(description).build();
    } catch (IllegalArgumentException e) {
      throw invalid("action", e);
    }
  }

  Milestone readMilestone() throws IOException {
    requireObject("a milestone object");
    MilestoneRef ref = null;
    String description = null;
    Target target = null;
    Status status = null;
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "ref" -> {
          seen = once(seen, 1, name);
          ref = milestoneRef();
        }
        case "description" -> {
          seen = once(seen, 2, name);
          description = string();
        }
        case "target" -> {
          seen = once(seen, 4, name);
          target = readTarget();
        }
        case "status" -> {
          seen = once(seen, 8, name);
          status = readStatus();
        }
        default -> unknownField(name);
      }
    }
    require(ref, "ref");
    require(description, "description");
    require(target, "target");
    require(status, "status");
    try {
      return Milestone.builder()
          .ref(ref)
          .description(description)
          .target(target)
          .status(status)
          .build();
    } catch (IllegalArgumentException e) {
      throw invalid("milestone", e);
    }
  }

  Target readTarget() throws IOException {
    requireObject("a target object");
    String text = null;
    TargetKind kind = null;
    Target.Builder b = Target.builder();
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "text" -> {
          seen = once(seen, 1, name);
          text = string();
        }
        case "kind" -> {
          seen = once(seen, 2, name);
          kind = enumValue(TargetKind.class);
        }
        case "periods" -> {
          seen = once(seen, 4, name);
          requireArray("a list of date ranges");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addPeriods(dateRange());
          }
        }
        case "recurrence" -> {
          seen = once(seen, 8, name);
          b.recurrence(enumValue(Recurrence.class));
        }
        default -> unknownField(name);
      }
    }
    require(text, "text");
    require(kind, "kind");
    try {
      return b.text(text).kind(kind).build();
    } catch (IllegalArgumentException e) {
      throw invalid("target", e);
    }
  }

  Status readStatus() throws IOException {
    requireObject("a status object");
    Progress progress = null;
    String text = null;
    int seen = 0;
    while (nextField()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "progress" -> {
          seen = once(seen, 1, name);
          progress = enumValue(Progress.class);
        }
        case "text" -> {
          seen = once(seen, 2, name);
          text = string();
        }
        default -> unknownField(name);
      }
    }
    require(progress, "progress");
    require(text, "text");
    try {
      return Status.of(progress, text);
    } catch (IllegalArgumentException e) {
      throw invalid("status", e);
    }
  }

  // ---------------------------------------------------------------- scalar values

  String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    String s = p.getText();
    int at = Utf16.loneSurrogate(s);
    if (at >= 0) {
      // An escape such as \ud83d without its pair is no character: it could not be written
      // back as UTF-8, so it is refused here rather than when the plan is saved.
      throw error(
          "text has a lone surrogate at character " + (at + 1),
          s,
          "text of whole Unicode characters (an escape \\ud800 to \\udbff followed by one"
              + " of \\udc00 to \\udfff)");
    }
    return s;
  }

  private List<String> strings() throws IOException {
    requireArray("a list of strings");
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return List.of();
    }
    List<String> list = new ArrayList<>();
    for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
      list.add(string());
    }
    return list;
  }

  private int positiveInt() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 1) {
      throw error("cannot read number", p.getText(), "a whole number from 1 to 2147483647");
    }
    return p.getIntValue();
  }

  private BigDecimal number() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    // Jackson's own getDecimalValue() would build 1e999999999 in full; Decimals bounds the
    // exponent and digits first.
    BigDecimal d = Decimals.parse(p.getText(), InputLimits.defaults(), location(), fieldName());
    // An exponent (1E+3) has no plain form with the same scale; plain notation is canonical.
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  LocalDate date() throws IOException {
    String s = string();
    try {
      return isoDate(s, 0, s.length());
    } catch (DateTimeException e) {
      throw error("cannot read date", s, "an ISO 8601 date such as 2015-03-31", e);
    }
  }

  DateRange dateRange() throws IOException {
    String s = string();
    try {
      int slash = s.indexOf('/');
      if (slash < 0) {
        return DateRange.parse(s);
      }
      return DateRange.of(isoDate(s, 0, slash), isoDate(s, slash + 1, s.length()));
    } catch (DateTimeException | IllegalArgumentException e) {
      throw error(
          "cannot read date range",
          s,
          "start/end in ISO 8601 with end not before start, such as 2015-04-01/2015-06-30",
          e);
    }
  }

  /**
   * Reads the canonical text of a reference with {@code count} parts ({@code 2.1.3}) without the
   * regular expression of the model's parser, which is much of the cost of reading milestones;
   * returns null for anything else, which the model's parser then reports.
   */
  static int[] refNumbers(String s, int count) {
    int[] out = new int[count];
    int part = 0;
    int digits = 0;
    int value = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c == '.') {
        if (digits == 0 || part == count) {
          return null;
        }
        out[part++] = value;
        digits = 0;
        value = 0;
      } else if (c >= '0' && c <= '9' && !(digits == 0 && c == '0') && digits < 9) {
        value = value * 10 + (c - '0');
        digits++;
      } else {
        return null;
      }
    }
    return part == count ? out : null;
  }

  /**
   * Reads {@code yyyy-MM-dd} without a formatter, which is most of the cost of a plan's dates;
   * any other form goes to {@link LocalDate#parse}, whose errors the caller reports.
   */
  static LocalDate isoDate(String s, int from, int to) {
    if (to - from == 10 && s.charAt(from + 4) == '-' && s.charAt(from + 7) == '-') {
      int year = digits(s, from, 4);
      int month = digits(s, from + 5, 2);
      int day = digits(s, from + 8, 2);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(s.substring(from, to));
  }

  private static int digits(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  ReportingPeriod reportingPeriod() throws IOException {
    String s = string();
    try {
      return ReportingPeriod.parse(s);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw error(
          "cannot read reporting period",
          s,
          "FY2014-15, AY2014-15, 2014, FY2014-15 Q1, 2015-03 or 2015-03-31",
          e);
    }
  }

  AreaRef areaRef() throws IOException {
    String s = string();
    try {
      return AreaRef.parse(s);
    } catch (IllegalArgumentException e) {
      throw error("cannot read area reference", s, "a positive number, such as 3", e);
    }
  }

  ActionRef actionRef() throws IOException {
    String s = string();
    int[] n = refNumbers(s, 2);
    if (n != null) {
      return ActionRef.of(n[0], n[1]);
    }
    try {
      return ActionRef.parse(s);
    } catch (IllegalArgumentException e) {
      throw error("cannot read action reference", s, "two dotted positive numbers, such as 2.1", e);
    }
  }

  MilestoneRef milestoneRef() throws IOException {
    String s = string();
    int[] n = refNumbers(s, 3);
    if (n != null) {
      return MilestoneRef.of(n[0], n[1], n[2]);
    }
    try {
      return MilestoneRef.parse(s);
    } catch (IllegalArgumentException e) {
      throw error(
          "cannot read milestone reference", s, "three dotted positive numbers, such as 2.1.3", e);
    }
  }

  Reference reference() throws IOException {
    String s = string();
    try {
      return Reference.parse(s);
    } catch (IllegalArgumentException e) {
      throw error(
          "cannot read reference",
          s,
          "one to three dotted positive numbers, such as 3, 2.1 or 2.1.3",
          e);
    }
  }

  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    String s = string();
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      // reported below with every accepted name
    }
    E[] constants = type.getEnumConstants();
    StringBuilder names = new StringBuilder("one of ");
    for (int i = 0; i < constants.length; i++) {
      names.append(i == 0 ? "" : ", ").append(constants[i].name());
    }
    throw error("cannot read " + type.getSimpleName(), s, names.toString());
  }

  // ---------------------------------------------------------------- structure and errors

  private boolean nextField() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.FIELD_NAME) {
      return true;
    }
    if (t == JsonToken.END_OBJECT) {
      return false;
    }
    // Jackson itself rejects anything else inside an object; this guards a misuse.
    throw wrongType("a field name or the end of the object");
  }

  private void requireObject(String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(what);
    }
  }

  private void requireArray(String what) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(what);
    }
  }

  private int once(int seen, int bit, String name) {
    if ((seen & bit) != 0) {
      throw error("duplicate field '" + name + "'", null, "each field at most once");
    }
    return seen | bit;
  }

  private void unknownField(String name) throws IOException {
    if (unknown == Unknown.ERROR) {
      throw PlanFormatException.builder("unknown field '" + name + "'")
          .at(location())
          .field(name)
          .expected("only the fields of improvement-plan version " + VERSION)
          .build();
    }
    // A path names one field of one object (arrays are indexed), so a path seen twice is a
    // duplicate key, which JSON leaves undefined: an error, as for the known fields.
    InputLocation where = location();
    if (!unknownPaths.add(where.jsonPath().orElse(""))) {
      throw PlanFormatException.builder("duplicate field '" + name + "'")
          .at(where)
          .field(name)
          .expected("each field at most once")
          .build();
    }
    if (unknown == Unknown.WARN) {
      // Record the path while the parser is still on this field.
      warnings.add(
          ReadWarning.of(
              where, "unknown field '" + name + "'", "", "ignored the field and its value"));
    }
    p.skipChildren();
  }

  private void require(Object value, String field) {
    if (value == null) {
      throw missing(field);
    }
  }

  /** At the end of an object the parser's context is the object's own position. */
  private PlanFormatException missing(String field) {
    String path =
        JsonPaths.appendName(new StringBuilder(JsonPaths.of(p.getParsingContext())), field)
            .toString();
    return PlanFormatException.builder("missing required field '" + field + "'")
        .at(location(path))
        .field(field)
        .expected("a value for '" + field + "'")
        .build();
  }

  private PlanFormatException invalid(String what, IllegalArgumentException e) {
    return PlanFormatException.builder("invalid " + what + ": " + e.getMessage())
        .at(location())
        .cause(e)
        .build();
  }

  private PlanFormatException wrongType(String expected) throws IOException {
    JsonToken t = p.currentToken();
    String found =
        t == null
            ? "end of input"
            : t == JsonToken.VALUE_STRING
                ? "a string"
                : t.isNumeric()
                    ? "a number"
                    : t == JsonToken.START_OBJECT
                        ? "an object"
                        : t == JsonToken.START_ARRAY
                            ? "a list"
                            : t == JsonToken.VALUE_NULL
                                ? "null"
                                : t.isBoolean() ? "a boolean" : t.name();
    String text = t != null && t.isScalarValue() ? p.getText() : null;
    return PlanFormatException.builder("found " + found)
        .at(location())
        .field(fieldName())
        .text(text)
        .expected(expected)
        .build();
  }

  private PlanFormatException error(String problem, String text, String expected) {
    return error(problem, text, expected, null);
  }

  private PlanFormatException error(String problem, String text, String expected, Throwable cause) {
    return PlanFormatException.builder(problem)
        .at(location())
        .field(fieldName())
        .text(text)
        .expected(expected)
        .cause(cause)
        .build();
  }

  private String fieldName() {
    return p.getParsingContext().inObject() ? p.getParsingContext().getCurrentName() : null;
  }

  InputLocation location() {
    return location(JsonPaths.of(p.getParsingContext()));
  }

  private InputLocation location(String path) {
    JsonLocation l = p.currentTokenLocation();
    return InputLocation.builder()
        .source(source)
        .jsonPath(path)
        .line(Math.max(0, l.getLineNr()))
        .lineColumn(Math.max(0, l.getColumnNr()))
        .build();
  }
}
