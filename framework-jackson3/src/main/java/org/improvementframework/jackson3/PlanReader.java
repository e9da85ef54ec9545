package org.improvementframework.jackson3;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;

/**
 * The streaming reader of the canonical JSON format on Jackson 3, for one value at the parser's
 * current token. A value that cannot be read is reported through the context, so that the caller
 * gets Jackson's own {@code MismatchedInputException} with the line and column; the message adds
 * the JSON pointer, the text read and what was expected.
 */
final class PlanReader {

  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final boolean failOnUnknown;
  private final IndicatorReader indicators = new IndicatorReader(this);

  PlanReader(JsonParser p, DeserializationContext ctxt) {
    this.p = p;
    this.ctxt = ctxt;
    this.failOnUnknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  JsonParser parser() {
    return p;
  }

  /** Gets the reader of measures and indicators, which shares this reader's parser. */
  IndicatorReader indicators() {
    return indicators;
  }

  /** A field of an object: reads the value at the current token, or answers false if unknown. */
  @FunctionalInterface
  interface FieldReader {
    boolean read(String name);
  }

  /**
   * Reads a whole canonical document ({@code format}, {@code version}, {@code plan}) or, when
   * {@code acceptBare}, the bare plan object that the module writes for an {@code ImprovementPlan}.
   */
  ImprovementPlan readDocument(boolean acceptBare) {
    ImprovementPlan.Builder bare = ImprovementPlan.builder();
    var doc =
        new Object() {
          ImprovementPlan plan;
          boolean format;
          boolean version;
          boolean bareField;
        };
    object(
        "a JSON object with \"format\": \""
            + PlanWriter.FORMAT
            + "\", \"version\": "
            + PlanWriter.VERSION
            + " and \"plan\"",
        ImprovementPlan.class,
        name ->
            switch (name) {
              case "format" -> doc.format = format();
              case "version" -> doc.version = version();
              case "plan" -> accept(doc.plan = readPlan());
              default -> acceptBare && planField(bare, name) && (doc.bareField = true);
            });
    if (doc.bareField) {
      if (doc.plan != null || doc.format || doc.version) {
        return fail(
            ImprovementPlan.class,
            "a plan's fields beside the document's",
            "either a whole document or a bare plan object");
      }
      return build(ImprovementPlan.class, "plan", bare::build);
    }
    if (!doc.format || !doc.version || doc.plan == null) {
      return fail(
          ImprovementPlan.class,
          "a document without "
              + (doc.format ? doc.version ? "\"plan\"" : "\"version\"" : "\"format\""),
          "\"format\", \"version\" and \"plan\"");
    }
    return doc.plan;
  }

  ImprovementPlan readPlan() {
    ImprovementPlan.Builder b = ImprovementPlan.builder();
    object("a plan object", ImprovementPlan.class, name -> planField(b, name));
    return build(ImprovementPlan.class, "plan", b::build);
  }

  private boolean planField(ImprovementPlan.Builder b, String name) {
    return switch (name) {
      case "title" -> accept(b.title(string()));
      case "organisation" -> accept(b.organisation(string()));
      case "asAt" -> accept(b.asAt(date()));
      case "period" -> accept(b.period(dateRange()));
      case "notes" -> array("a list of strings", () -> b.addNotes(string()));
      case "areas" -> array("a list of areas", () -> b.addAreas(readArea()));
      default -> false;
    };
  }

  Area readArea() {
    Area.Builder b = Area.builder();
    object(
        "an area object",
        Area.class,
        name ->
            switch (name) {
              case "number" -> accept(b.ref(AreaRef.of(positiveInt())));
              case "title" -> accept(b.title(string()));
              case "leads" -> array("a list of strings", () -> b.addLeads(string()));
              case "objectives" -> array("a list of strings", () -> b.addObjectives(string()));
              case "outcomes" -> array("a list of strings", () -> b.addOutcomes(string()));
              case "measures" ->
                  array("a list of measures", () -> b.addMeasures(indicators.readMeasure()));
              case "notes" -> array("a list of strings", () -> b.addNotes(string()));
              case "actions" -> array("a list of actions", () -> b.addActions(readAction()));
              default -> false;
            });
    return build(Area.class, "area", b::build);
  }

  Action readAction() {
    Action.Builder b = Action.builder();
    object(
        "an action object",
        Action.class,
        name ->
            switch (name) {
              case "ref" ->
                  accept(
                      b.ref(
                          text(
                              ActionRef.class,
                              "an action reference such as 2.1",
                              ActionRef::parse)));
              case "description" -> accept(b.description(string()));
              case "reportedRag" -> accept(b.reportedRag(enumValue(Rag.class)));
              case "resolution" -> accept(b.resolution(string()));
              case "dependencies" ->
                  array("a list of references", () -> b.addDependencies(reference()));
              case "notes" -> array("a list of strings", () -> b.addNotes(string()));
              case "milestones" ->
                  array("a list of milestones", () -> b.addMilestones(readMilestone()));
              default -> false;
            });
    return build(Action.class, "action", b::build);
  }

  Milestone readMilestone() {
    Milestone.Builder b = Milestone.builder();
    object(
        "a milestone object",
        Milestone.class,
        name ->
            switch (name) {
              case "ref" ->
                  accept(
                      b.ref(
                          text(
                              MilestoneRef.class,
                              "a milestone reference such as 2.1.3",
                              MilestoneRef::parse)));
              case "description" -> accept(b.description(string()));
              case "target" -> accept(b.target(readTarget()));
              case "status" -> accept(b.status(readStatus()));
              default -> false;
            });
    return build(Milestone.class, "milestone", b::build);
  }

  Target readTarget() {
    Target.Builder b = Target.builder();
    object(
        "a target object",
        Target.class,
        name ->
            switch (name) {
              case "text" -> accept(b.text(string()));
              case "kind" -> accept(b.kind(enumValue(TargetKind.class)));
              case "periods" -> array("a list of date ranges", () -> b.addPeriods(dateRange()));
              case "recurrence" -> accept(b.recurrence(enumValue(Recurrence.class)));
              default -> false;
            });
    return build(Target.class, "target", b::build);
  }

  Status readStatus() {
    var f =
        new Object() {
          Progress progress;
          String text;
        };
    object(
        "a status object",
        Status.class,
        name ->
            switch (name) {
              case "progress" -> accept(f.progress = enumValue(Progress.class));
              case "text" -> accept(f.text = string());
              default -> false;
            });
    return build(
        Status.class,
        "status",
        () -> Status.of(required(f.progress, "progress"), required(f.text, "text")));
  }

  // ---------------------------------------------------------------- scalar values

  String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return fail(String.class, found(), "a string");
    }
    return p.getString();
  }

  LocalDate date() {
    return text(LocalDate.class, "an ISO 8601 date such as 2015-03-31", LocalDate::parse);
  }

  DateRange dateRange() {
    return text(
        DateRange.class,
        "start/end in ISO 8601 with end not before start, such as 2015-04-01/2015-06-30",
        DateRange::parse);
  }

  ReportingPeriod reportingPeriod() {
    return text(
        ReportingPeriod.class,
        "a reporting period such as FY2015-16 or FY2015-16 Q1",
        ReportingPeriod::parse);
  }

  AreaRef areaRef() {
    return text(AreaRef.class, "an area number such as 2", AreaRef::parse);
  }

  ActionRef actionRef() {
    return text(ActionRef.class, "an action reference such as 2.1", ActionRef::parse);
  }

  MilestoneRef milestoneRef() {
    return text(MilestoneRef.class, "a milestone reference such as 2.1.3", MilestoneRef::parse);
  }

  Reference reference() {
    return text(Reference.class, "a reference such as 2, 2.1 or 2.1.3", Reference::parse);
  }

  <T> T text(Class<T> type, String expected, TextParser<T> parser) {
    String s = string();
    try {
      return parser.parse(s);
    } catch (IllegalArgumentException | DateTimeException e) {
      return fail(type, "'" + s + "'", expected);
    }
  }

  /** A model factory reading canonical text. */
  @FunctionalInterface
  interface TextParser<T> {
    T parse(String text);
  }

  int positiveInt() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 1) {
      return fail(Integer.class, found(), "a whole number from 1 to 2147483647");
    }
    return p.getIntValue();
  }

  BigDecimal number() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return fail(BigDecimal.class, found(), "a number");
    }
    BigDecimal d = p.getDecimalValue();
    // An exponent (1E+3) has no plain form with the same scale; plain notation is canonical.
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String s = string();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder("one of");
    for (E e : type.getEnumConstants()) {
      names.append(' ').append(e.name());
    }
    return fail(type, "'" + s + "'", names.toString());
  }

  private boolean format() {
    String s = string();
    if (!PlanWriter.FORMAT.equals(s)) {
      return fail(String.class, "'" + s + "'", "\"" + PlanWriter.FORMAT + "\"");
    }
    return true;
  }

  private boolean version() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() != PlanWriter.VERSION) {
      return fail(
          Integer.class,
          found(),
          PlanWriter.VERSION + " (this library reads version " + PlanWriter.VERSION + ")");
    }
    return true;
  }

  // ---------------------------------------------------------------- structure

  /** Reads the object at the current token, each field once, handing its value to {@code f}. */
  void object(String expected, Class<?> type, FieldReader f) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      fail(type, found(), expected);
    }
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!seen.add(name)) {
        fail(type, "the field '" + name + "' a second time", "each field once");
      }
      if (!f.read(name)) {
        if (failOnUnknown) {
          fail(
              type,
              "the unknown field '" + name + "'",
              "only the fields of " + PlanWriter.FORMAT + " version " + PlanWriter.VERSION);
        }
        p.skipChildren();
      }
    }
  }

  /** Reads the array at the current token, calling {@code element} at each element's token. */
  boolean array(String expected, Runnable element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return fail(Object.class, found(), expected);
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      element.run();
    }
    return true;
  }

  /** Runs a model factory, reporting a broken invariant as bad input, not as a bug. */
  <T> T build(Class<T> type, String what, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return fail(type, "an invalid " + what + " (" + e.getMessage() + ")", "a valid " + what);
    }
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("the field '" + field + "' is missing");
    }
    return value;
  }

  static boolean accept(Object ignored) {
    return true;
  }

  String found() {
    JsonToken t = p.currentToken();
    return t == null ? "the end of the input" : JsonToken.valueDescFor(t);
  }

  /** Reports bad input through Jackson, which adds the line and column; this adds the path. */
  <T> T fail(Class<?> type, String found, String expected) {
    String at = p.streamReadContext().pathAsPointer().toString();
    return ctxt.reportInputMismatch(
        type,
        "%s",
        "cannot read "
            + found
            + " at "
            + (at.isEmpty() ? "the root" : at)
            + ": expected "
            + expected);
  }
}
