package org.improvementframework.examples.embedding;

import java.util.ArrayList;
import java.util.List;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.jackson3.ImprovementFrameworkModule;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring Boot 4 style Jackson 3 {@code JsonMapper} with framework-jackson3's module: an
 * application's own document (here a board pack) carries an area of the plan, written in the
 * canonical JSON shapes and read back.
 *
 * <pre>{@code
 * JsonMapper mapper = Jackson3Mapper.mapper();
 * String json = mapper.writeValueAsString(new Jackson3Mapper.BoardPack("April board", area));
 * }</pre>
 */
public final class Jackson3Mapper {

  private Jackson3Mapper() {}

  /**
   * An application's own document that holds a model value.
   *
   * @param title the pack's title; not null
   * @param area the area it reports on; not null
   */
  public record BoardPack(String title, Area area) {}

  /**
   * Builds the mapper as a Spring Boot 4 application would, adding the module.
   *
   * @return a new mapper; not null
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new ImprovementFrameworkModule()).build();
  }

  /**
   * Writes a board pack of the plan's first area with Jackson 3 and reads it back.
   *
   * @param plan the plan; not null, with at least one area
   * @return the JSON written, then whether the pack read back equal; not null
   */
  public static List<String> roundTrip(ImprovementPlan plan) {
    JsonMapper mapper = mapper();
    BoardPack pack = new BoardPack("Board pack", plan.areas().get(0));
    String json = mapper.writeValueAsString(pack);
    BoardPack back = mapper.readValue(json, BoardPack.class);
    List<String> lines = new ArrayList<>();
    lines.add(json);
    lines.add("read back equal: " + back.equals(pack));
    return lines;
  }

  /**
   * Prints the board pack of the bundled 2015 plan's first area.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    roundTrip(ExamplePlans.plymouth2015()).forEach(System.out::println);
  }
}
