package org.improvementframework.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.TestFiles;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

/**
 * The cursor's field loop, which tries first the field the format writes next: a plan whose
 * objects have their fields in any order reads the same, and a field repeated anywhere is
 * refused, whichever way the name was matched.
 */
class JsonCursorTest {

  /** Numbers as written: 85.50 stays 85.50, as the model keeps it. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final String SAMPLE = TestFiles.text("sample-plan.json");

  @Test
  void fieldsInAnyOrder_readTheSamePlan() {
    ImprovementPlan plan = PlanJson.read(SAMPLE);
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              JsonNode tree = tree();
              shuffle(tree, new Random(seed));
              assertThat(PlanJson.read(tree.toString())).isEqualTo(plan);
            });
  }

  @Test
  void aFieldRepeated_inAnyObjectAndOrder_isRefusedAsADuplicate() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              JsonNode tree = tree();
              shuffle(tree, random);
              List<ObjectNode> objects = new ArrayList<>();
              collect(tree.get("plan"), objects);
              ObjectNode object = objects.get(random.nextInt(objects.size()));
              List<String> names = new ArrayList<>();
              object.fieldNames().forEachRemaining(names::add);
              String repeated = names.get(random.nextInt(names.size()));
              // The tree keeps one value a name: the repeat is spliced into the text after
              // the object's fields, or before them.
              String json = withRepeat(tree, object, repeated, random.nextBoolean());
              PlanFormatException e =
                  catchThrowableOfType(PlanFormatException.class, () -> PlanJson.read(json));
              assertThat(e).as(json).isNotNull();
              assertThat(e.getMessage()).contains("duplicate field '" + repeated + "'");
            });
  }

  private static JsonNode tree() {
    try {
      return MAPPER.readTree(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shuffles the fields of every object, the envelope's too. */
  private static void shuffle(JsonNode node, Random random) {
    if (node instanceof ObjectNode o) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(o.properties());
      Collections.shuffle(fields, random);
      o.removeAll();
      fields.forEach(f -> o.set(f.getKey(), f.getValue()));
    }
    node.forEach(child -> shuffle(child, random));
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode o && o.size() > 0) {
      into.add(o);
    }
    node.forEach(child -> collect(child, into));
  }

  /** The document's text with one object's field written twice, marked and then replaced. */
  private static String withRepeat(JsonNode tree, ObjectNode o, String name, boolean last) {
    JsonNode value = o.get(name);
    String marker = "__repeat__";
    ObjectNode copy = o.objectNode();
    if (!last) {
      copy.set(marker, value);
    }
    o.properties().forEach(f -> copy.set(f.getKey(), f.getValue()));
    if (last) {
      copy.set(marker, value);
    }
    o.removeAll();
    o.setAll(copy);
    return tree.toString().replace("\"" + marker + "\"", "\"" + name + "\"");
  }
}
