package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.InputLocation;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Recurrence;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetKind;

/**
 * The streaming reader of the canonical JSON format, shared by {@link PlanJson} and the Jackson
 * module: the document, the plan and its areas, actions, milestones, targets and statuses (the
 * measures are {@link IndicatorJsonReader}'s). Each {@code read*} method starts with the parser on
 * the first token of its value and leaves it on the last token of that value. Values go straight
 * into the model's builders, whose invariants are checked once, when each value is built.
 */
final class PlanJsonReader {

  static final String FORMAT = "improvement-plan";
  static final int VERSION = 1;

  private static final String STRINGS = "a list of strings";

  /** The envelope's three fields, then a bare plan's, which the Jackson module also accepts. */
  private static final FieldNames DOCUMENT =
      FieldNames.of(
          "format", "version", "plan", "title", "organisation", "asAt", "period", "notes", "areas");

  private static final int ENVELOPE = 0b111;
  private static final FieldNames ENVELOPE_FIELDS = FieldNames.of("format*", "version*", "plan*");
  private static final int BARE_PLAN = 3;
  private static final FieldNames PLAN =
      FieldNames.of("title*", "organisation", "asAt*", "period", "notes", "areas");
  private static final FieldNames AREA =
      FieldNames.of(
          "number*", "title*", "leads", "objectives", "outcomes", "measures", "notes", "actions");
  private static final FieldNames ACTION =
      FieldNames.of(
          "ref*",
          "description*",
          "reportedRag",
          "resolution",
          "dependencies",
          "notes",
          "milestones");
  private static final FieldNames MILESTONE =
      FieldNames.of("ref*", "description*", "target*", "status*");
  private static final FieldNames TARGET = FieldNames.of("text*", "kind*", "periods", "recurrence");
  private static final FieldNames STATUS = FieldNames.of("progress*", "text*");

  private static final Rag[] RAGS = Rag.values();
  private static final TargetKind[] KINDS = TargetKind.values();
  private static final Recurrence[] RECURRENCES = Recurrence.values();
  private static final Progress[] PROGRESSES = Progress.values();

  private final JsonCursor c;
  private final JsonValues v;
  private final IndicatorJsonReader indicators;
  private final Status[] lastStatus = new Status[PROGRESSES.length];

  PlanJsonReader(
      JsonParser parser, String source, JsonCursor.Unknown unknown, List<ReadWarning> warnings) {
    this(parser, source, unknown, warnings, InputLimits.defaults());
  }

  PlanJsonReader(
      JsonParser parser,
      String source,
      JsonCursor.Unknown unknown,
      List<ReadWarning> warnings,
      InputLimits limits) {
    this.c = new JsonCursor(parser, source, unknown, warnings);
    this.v = new JsonValues(c, limits);
    this.indicators = new IndicatorJsonReader(c, v);
  }

  /** Gets the reader of measures and indicators, which shares this reader's parser. */
  IndicatorJsonReader indicators() {
    return indicators;
  }

  /** Gets the reader of scalar values, which shares this reader's parser. */
  JsonValues values() {
    return v;
  }

  /** Gets where the parser is, for errors found after a value was read. */
  InputLocation location() {
    return c.location();
  }

  /**
   * Reads the versioned document; with {@code allowBare}, also a bare plan object (the form the
   * Jackson module writes inside an application's own documents).
   */
  ImprovementPlan readDocument(boolean allowBare) throws IOException {
    JsonParser p = c.parser();
    if (p.currentToken() == null && p.nextToken() == null) {
      throw c.error(
          "empty input",
          null,
          "a JSON object with \"format\": \""
              + FORMAT
              + "\", \"version\": "
              + VERSION
              + " and \"plan\"");
    }
    c.requireObject("a JSON object with \"format\", \"version\" and \"plan\"");
    ImprovementPlan plan = null;
    ImprovementPlan.Builder bare = ImprovementPlan.builder();
    int seen = 0;
    for (int f; (f = c.nextField(DOCUMENT, seen)) >= 0; ) {
      if (f >= BARE_PLAN && !allowBare) {
        c.unknownField(DOCUMENT.name(f));
        continue;
      }
      seen |= 1 << f;
      switch (f) {
        case 0 -> readFormat();
        case 1 -> readVersion();
        case 2 -> plan = readPlan();
        default -> readPlanField(bare, f - BARE_PLAN);
      }
    }
    if (seen > ENVELOPE) {
      if ((seen & ENVELOPE) != 0) {
        throw c.error(
            "a plan document mixes the envelope (format, version, plan) with plan fields",
            null,
            "either the envelope or a bare plan");
      }
      c.requireFields(PLAN, seen >>> BARE_PLAN);
      return c.build("plan", bare::build);
    }
    c.requireFields(ENVELOPE_FIELDS, seen);
    return plan;
  }

  private void readFormat() throws IOException {
    String format = v.string();
    if (!FORMAT.equals(format)) {
      throw c.error(
          "not an improvement plan document: unknown format", format, "\"" + FORMAT + "\"");
    }
  }

  private void readVersion() throws IOException {
    JsonParser p = c.parser();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw c.wrongType("the number " + VERSION);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != VERSION) {
      throw c.error(
          "unsupported version",
          p.getText(),
          VERSION + " (this library reads version " + VERSION + ")");
    }
  }

  ImprovementPlan readPlan() throws IOException {
    ImprovementPlan.Builder b = ImprovementPlan.builder();
    for (int f = c.firstField(PLAN, "a plan object"); f >= 0; f = c.nextField()) {
      readPlanField(b, f);
    }
    return c.endObject("plan", b::build);
  }

  private void readPlanField(ImprovementPlan.Builder b, int field) throws IOException {
    switch (field) {
      case 0 -> b.title(v.string());
      case 1 -> b.organisation(v.string());
      case 2 -> b.asAt(v.date());
      case 3 -> b.period(v.dateRange());
      case 4 -> c.array(STRINGS, () -> b.addNotes(v.string()));
      default -> c.array("a list of areas", () -> b.addAreas(readArea()));
    }
  }

  Area readArea() throws IOException {
    Area.Builder b = Area.builder();
    for (int f = c.firstField(AREA, "an area object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> b.ref(AreaRef.of(v.positiveInt()));
        case 1 -> b.title(v.string());
        case 2 -> c.array(STRINGS, () -> b.addLeads(v.string()));
        case 3 -> c.array(STRINGS, () -> b.addObjectives(v.string()));
        case 4 -> c.array(STRINGS, () -> b.addOutcomes(v.string()));
        case 5 -> c.array("a list of measures", () -> b.addMeasures(indicators.readMeasure()));
        case 6 -> c.array(STRINGS, () -> b.addNotes(v.string()));
        default -> c.array("a list of actions", () -> b.addActions(readAction()));
      }
    }
    return c.endObject("area", b::build);
  }

  Action readAction() throws IOException {
    Action.Builder b = Action.builder();
    for (int f = c.firstField(ACTION, "an action object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> b.ref(v.actionRef());
        case 1 -> b.description(v.string());
        case 2 -> b.reportedRag(v.enumValue(RAGS));
        case 3 -> b.resolution(v.string());
        case 4 -> c.array("a list of references", () -> b.addDependencies(v.reference()));
        case 5 -> c.array(STRINGS, () -> b.addNotes(v.string()));
        default -> c.array("a list of milestones", () -> b.addMilestones(readMilestone()));
      }
    }
    return c.endObject("action", b::build);
  }

  Milestone readMilestone() throws IOException {
    Milestone.Builder b = Milestone.builder();
    for (int f = c.firstField(MILESTONE, "a milestone object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> b.ref(v.milestoneRef());
        case 1 -> b.description(v.string());
        case 2 -> b.target(readTarget());
        default -> b.status(readStatus());
      }
    }
    return c.endObject("milestone", b::build);
  }

  Target readTarget() throws IOException {
    Target.Builder b = Target.builder();
    for (int f = c.firstField(TARGET, "a target object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> b.text(v.repeatedString());
        case 1 -> b.kind(v.enumValue(KINDS));
        case 2 -> c.array("a list of date ranges", () -> b.addPeriods(v.dateRange()));
        default -> b.recurrence(v.enumValue(RECURRENCES));
      }
    }
    return c.endObject("target", b::build);
  }

  Status readStatus() throws IOException {
    Progress progress = null;
    String text = null;
    for (int f = c.firstField(STATUS, "a status object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> progress = v.enumValue(PROGRESSES);
        default -> text = v.repeatedString();
      }
    }
    c.endObject();
    // Statuses repeat: the same words read again are the same string, so the last status of
    // each progress is reused when its words are that very string.
    Status last = lastStatus[progress.ordinal()];
    if (last != null && last.text() == text) {
      return last;
    }
    Progress p = progress;
    String t = text;
    Status status = c.build("status", () -> Status.of(p, t));
    lastStatus[progress.ordinal()] = status;
    return status;
  }
}
