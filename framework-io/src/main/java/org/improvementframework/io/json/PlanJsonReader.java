package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
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
      FieldNames.object(
          "plan", "a plan object", "title*", "organisation", "asAt*", "period", "notes", "areas");
  private static final FieldNames AREA =
      FieldNames.object(
          "area",
          "an area object",
          "number*",
          "title*",
          "leads",
          "objectives",
          "outcomes",
          "measures",
          "notes",
          "actions");
  private static final FieldNames ACTION =
      FieldNames.object(
          "action",
          "an action object",
          "ref*",
          "description*",
          "reportedRag",
          "resolution",
          "dependencies",
          "notes",
          "milestones");
  private static final FieldNames MILESTONE =
      FieldNames.object(
          "milestone", "a milestone object", "ref*", "description*", "target*", "status*");
  private static final FieldNames TARGET =
      FieldNames.object("target", "a target object", "text*", "kind*", "periods", "recurrence");
  private static final FieldNames STATUS = FieldNames.of("progress*", "text*");

  /** The plan's factory, which the envelope's reader and a bare plan's share. */
  private static final Function<ImprovementPlan.Builder, ImprovementPlan> PLAN_BUILD =
      ImprovementPlan.Builder::build;

  private static final Rag[] RAGS = Rag.values();
  private static final TargetKind[] KINDS = TargetKind.values();
  private static final Recurrence[] RECURRENCES = Recurrence.values();
  private static final Progress[] PROGRESSES = Progress.values();

  private final JsonCursor c;
  private final JsonValues v;
  private final IndicatorJsonReader indicators;
  private final KeptByText<Status> statuses = new KeptByText<>();

  /**
   * The progress of each status kept, by its text's index: compared here, the status itself,
   * wherever the heap put it, is not read to be reused.
   */
  private Progress[] statusProgress = new Progress[64];

  private final TargetDraft target;
  private final MilestoneDraft milestone = new MilestoneDraft();

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
    this.target = new TargetDraft(v::date);
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
        default -> planField(bare, f - BARE_PLAN);
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
      return c.build("plan", PLAN_BUILD, bare);
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
    return c.object(PLAN, this, ImprovementPlan.builder(), PlanJsonReader::planField, PLAN_BUILD);
  }

  private void planField(ImprovementPlan.Builder b, int field) throws IOException {
    switch (field) {
      case 0 -> b.title(v.string());
      case 1 -> b.organisation(v.string());
      case 2 -> b.asAt(v.date());
      case 3 -> b.period(v.dateRange());
      case 4 -> c.array(STRINGS, this, b, (r, x, i) -> x.addNotes(r.v.string()));
      default -> c.array("a list of areas", this, b, (r, x, i) -> x.addAreas(r.readArea()));
    }
  }

  Area readArea() throws IOException {
    return c.object(AREA, this, Area.builder(), PlanJsonReader::areaField, Area.Builder::build);
  }

  private void areaField(Area.Builder b, int field) throws IOException {
    switch (field) {
      case 0 -> b.ref(AreaRef.of(v.positiveInt()));
      case 1 -> b.title(v.string());
      case 2 -> c.array(STRINGS, this, b, (r, x, i) -> x.addLeads(r.v.string()));
      case 3 -> c.array(STRINGS, this, b, (r, x, i) -> x.addObjectives(r.v.string()));
      case 4 -> c.array(STRINGS, this, b, (r, x, i) -> x.addOutcomes(r.v.string()));
      case 5 ->
          c.array(
              "a list of measures",
              this,
              b,
              (r, x, i) -> x.addMeasures(r.indicators.readMeasure()));
      case 6 -> c.array(STRINGS, this, b, (r, x, i) -> x.addNotes(r.v.string()));
      default -> c.array("a list of actions", this, b, (r, x, i) -> x.addActions(r.readAction()));
    }
  }

  Action readAction() throws IOException {
    return c.object(
        ACTION, this, Action.builder(), PlanJsonReader::actionField, Action.Builder::build);
  }

  private void actionField(Action.Builder b, int field) throws IOException {
    switch (field) {
      case 0 -> b.ref(v.actionRef());
      case 1 -> b.description(v.string());
      case 2 -> b.reportedRag(v.enumValue(RAGS));
      case 3 -> b.resolution(v.string());
      case 4 ->
          c.array("a list of references", this, b, (r, x, i) -> x.addDependencies(r.v.reference()));
      case 5 -> c.array(STRINGS, this, b, (r, x, i) -> x.addNotes(r.v.string()));
      default ->
          c.array("a list of milestones", this, b, (r, x, i) -> x.addMilestones(r.readMilestone()));
    }
  }

  Milestone readMilestone() throws IOException {
    return c.object(
        MILESTONE, this, milestone.start(), PlanJsonReader::milestoneField, MilestoneDraft::build);
  }

  private void milestoneField(MilestoneDraft d, int field) throws IOException {
    switch (field) {
      case 0 -> d.ref = v.milestoneRef();
      case 1 -> d.description = v.string();
      case 2 -> d.target = readTarget();
      default -> d.status = readStatus();
    }
  }

  Target readTarget() throws IOException {
    return c.object(TARGET, this, target.start(), PlanJsonReader::targetField, TargetDraft::build);
  }

  private void targetField(TargetDraft d, int field) throws IOException {
    switch (field) {
      case 0 -> d.text(v.keptString(d.kept()), v.keptSlot());
      case 1 -> d.kind = v.enumValue(KINDS);
      case 2 ->
          c.array(
              "a list of date ranges",
              this,
              d,
              (r, x, i) -> {
                r.v.range();
                x.addPeriod(r.v.rangeStart(), r.v.rangeEnd());
              });
      default -> d.recurrence = v.enumValue(RECURRENCES);
    }
  }

  Status readStatus() throws IOException {
    Progress progress = null;
    String text = null;
    int slot = -1;
    for (int f = c.firstField(STATUS, "a status object"); f >= 0; f = c.nextField()) {
      switch (f) {
        case 0 -> progress = v.enumValue(PROGRESSES);
        default -> {
          text = v.keptString(statuses);
          slot = v.keptSlot();
        }
      }
    }
    c.endObject();
    // Statuses repeat: the status built last with the same words is reused when its progress
    // is the same.
    int index = statuses.index(slot);
    if (index >= 0 && statusProgress[index] == progress) {
      return statuses.get(slot);
    }
    Progress p = progress;
    String t = text;
    Status status = c.build("status", () -> Status.of(p, t));
    index = statuses.put(slot, text, status);
    if (index >= statusProgress.length) {
      statusProgress = Arrays.copyOf(statusProgress, 2 * index);
    }
    if (index >= 0) {
      statusProgress[index] = progress;
    }
    return status;
  }
}
