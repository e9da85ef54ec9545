package org.improvementframework.jackson3;

import java.util.function.BiConsumer;
import java.util.function.Function;
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
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReportingPeriod;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 ({@code tools.jackson}) module that lets an application's own {@code JsonMapper}
 * read and write the model types in the shapes of the canonical JSON format, byte for byte as
 * framework-io's Jackson 2 module does, so that a plan, an area or a milestone can sit inside the
 * application's own documents.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *     .addModule(new ImprovementFrameworkModule())   // or .findAndAddModules()
 *     .build();
 * String json = mapper.writeValueAsString(plan.areas().get(0));
 * Area area = mapper.readValue(json, Area.class);
 * }</pre>
 *
 * <p>An {@link ImprovementPlan} is written as the bare plan object (the value of {@code "plan"}
 * in a canonical document); reading accepts either that or a whole canonical document with its
 * {@code format} and {@code version}; {@link CanonicalJson} reads and writes whole documents.
 * References, date ranges and reporting periods are written as their canonical text. An unknown
 * field is skipped, as Jackson 3 does by default, unless the mapper enables
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, in which case it is an error. A value
 * that cannot be read is Jackson's {@code MismatchedInputException}, whose message names the JSON
 * pointer, what was found and what was expected. The module is registered through
 * {@code META-INF/services} and the JPMS {@code provides} clause, so
 * {@code findAndAddModules()} finds it.
 *
 * <p>This class is thread-safe once registered.
 */
public final class ImprovementFrameworkModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with serializers and deserializers for every model type. */
  public ImprovementFrameworkModule() {
    super(
        "ImprovementFrameworkModule",
        new Version(0, 1, 0, "SNAPSHOT", "org.improvementframework", "framework-jackson3"));
    add(ImprovementPlan.class, r -> r.readDocument(true), PlanWriter::writePlan);
    add(Area.class, PlanReader::readArea, PlanWriter::writeArea);
    add(Action.class, PlanReader::readAction, PlanWriter::writeAction);
    add(Milestone.class, PlanReader::readMilestone, PlanWriter::writeMilestone);
    add(Measure.class, r -> r.indicators().readMeasure(), PlanWriter::writeMeasure);
    add(Indicator.class, r -> r.indicators().readIndicator(), PlanWriter::writeIndicator);
    add(
        IndicatorTarget.class,
        r -> r.indicators().readIndicatorTarget(),
        PlanWriter::writeIndicatorTarget);
    add(Observation.class, r -> r.indicators().readObservation(), PlanWriter::writeObservation);
    add(
        IndicatorValue.class,
        r -> r.indicators().readIndicatorValue(),
        PlanWriter::writeIndicatorValue);
    add(Target.class, PlanReader::readTarget, PlanWriter::writeTarget);
    add(Status.class, PlanReader::readStatus, PlanWriter::writeStatus);
    add(DateRange.class, PlanReader::dateRange, (v, g) -> g.writeString(v.toString()));
    add(ReportingPeriod.class, PlanReader::reportingPeriod, (v, g) -> g.writeString(v.toString()));
    add(AreaRef.class, PlanReader::areaRef, (v, g) -> g.writeString(v.toString()));
    add(ActionRef.class, PlanReader::actionRef, (v, g) -> g.writeString(v.toString()));
    add(MilestoneRef.class, PlanReader::milestoneRef, (v, g) -> g.writeString(v.toString()));
    add(Reference.class, PlanReader::reference, (v, g) -> g.writeString(v.toString()));
  }

  private <T> void add(
      Class<T> type, Function<PlanReader, T> read, BiConsumer<T, JsonGenerator> write) {
    addSerializer(type, new Serializer<>(type, write));
    addDeserializer(type, new Deserializer<>(type, read));
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<T, JsonGenerator> write;

    Serializer(Class<T> type, BiConsumer<T, JsonGenerator> write) {
      this.type = type;
      this.write = write;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      write.accept(value, g);
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<PlanReader, T> read;

    Deserializer(Class<T> type, Function<PlanReader, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return read.apply(new PlanReader(p, ctxt));
    }
  }
}
