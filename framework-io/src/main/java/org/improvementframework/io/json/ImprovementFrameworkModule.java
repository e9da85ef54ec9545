package org.improvementframework.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import org.improvementframework.io.PlanFormatException;
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

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} that lets an application's own
 * {@code ObjectMapper} read and write the model types in the shapes of the canonical JSON format,
 * so that a plan, an area or a milestone can sit inside the application's own documents.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ImprovementFrameworkModule());
 * // or: new ObjectMapper().findAndRegisterModules(), through META-INF/services
 * String json = mapper.writeValueAsString(plan.areas().get(0));
 * Area area = mapper.readValue(json, Area.class);
 * }</pre>
 *
 * <p>An {@link ImprovementPlan} is written as the bare plan object (the value of {@code "plan"} in
 * a canonical document); reading accepts either that or a whole canonical document with its
 * {@code format} and {@code version}. References, date ranges and reporting periods are written as
 * their canonical text. An unknown field is an error unless the mapper disables
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, in which case it is skipped. A value
 * that cannot be read is a {@link PlanFormatException} naming its JSON path (the mapper may wrap
 * it in a {@code JsonMappingException} when it sits inside another bean). The mapper's own stream
 * constraints limit the input.
 *
 * <p>This class is thread-safe once registered.
 */
public final class ImprovementFrameworkModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with serializers and deserializers for every model type. */
  public ImprovementFrameworkModule() {
    super(
        "ImprovementFrameworkModule",
        new Version(0, 1, 0, "SNAPSHOT", "org.improvementframework", "framework-io"));
    add(ImprovementPlan.class, r -> r.readDocument(true), PlanJsonWriter::writePlan);
    add(Area.class, PlanJsonReader::readArea, PlanJsonWriter::writeArea);
    add(Action.class, PlanJsonReader::readAction, PlanJsonWriter::writeAction);
    add(Milestone.class, PlanJsonReader::readMilestone, PlanJsonWriter::writeMilestone);
    add(Target.class, PlanJsonReader::readTarget, PlanJsonWriter::writeTarget);
    add(Status.class, PlanJsonReader::readStatus, PlanJsonWriter::writeStatus);
    add(Measure.class, r -> r.indicators().readMeasure(), PlanJsonWriter::writeMeasure);
    add(Indicator.class, r -> r.indicators().readIndicator(), PlanJsonWriter::writeIndicator);
    add(
        IndicatorTarget.class,
        r -> r.indicators().readIndicatorTarget(),
        PlanJsonWriter::writeIndicatorTarget);
    add(Observation.class, r -> r.indicators().readObservation(), PlanJsonWriter::writeObservation);
    add(
        IndicatorValue.class,
        r -> r.indicators().readIndicatorValue(),
        PlanJsonWriter::writeIndicatorValue);
    add(DateRange.class, r -> r.values().dateRange(), PlanJsonWriter::writeText);
    add(ReportingPeriod.class, r -> r.values().reportingPeriod(), PlanJsonWriter::writeText);
    add(AreaRef.class, r -> r.values().areaRef(), PlanJsonWriter::writeText);
    add(ActionRef.class, r -> r.values().actionRef(), PlanJsonWriter::writeText);
    add(MilestoneRef.class, r -> r.values().milestoneRef(), PlanJsonWriter::writeText);
    add(Reference.class, r -> r.values().reference(), PlanJsonWriter::writeText);
  }

  private <T> void add(Class<T> type, ReadFn<T> read, PlanJsonWriter.ValueWriter<T> write) {
    addSerializer(type, new Serializer<>(type, write));
    addDeserializer(type, new Deserializer<>(type, read));
  }

  @FunctionalInterface
  private interface ReadFn<T> {
    T read(PlanJsonReader reader) throws IOException;
  }

  /** Jackson's base class keeps the handled type; this adds only the call to the writer. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient PlanJsonWriter.ValueWriter<T> write;

    Serializer(Class<T> type, PlanJsonWriter.ValueWriter<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write.write(value, g);
    }
  }

  /** The mapper's unknown-property setting chooses between failing on and skipping a field. */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ReadFn<T> read;

    Deserializer(Class<T> type, ReadFn<T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonCursor.Unknown unknown =
          ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              ? JsonCursor.Unknown.ERROR
              : JsonCursor.Unknown.SKIP;
      return read.read(new PlanJsonReader(p, null, unknown, new ArrayList<>()));
    }
  }
}
