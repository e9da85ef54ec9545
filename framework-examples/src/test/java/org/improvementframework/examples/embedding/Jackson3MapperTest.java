package org.improvementframework.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.improvementframework.io.ExamplePlans;
import org.improvementframework.io.json.ImprovementFrameworkModule;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.junit.jupiter.api.Test;

class Jackson3MapperTest {

  @Test
  void roundTrip_boardPackOfTheFirstArea_readsBackEqual_inTheCanonicalShapes() throws Exception {
    ImprovementPlan plan = ExamplePlans.plymouth2015();
    Area first = plan.areas().get(0);

    List<String> lines = Jackson3Mapper.roundTrip(plan);

    assertThat(lines.get(1)).isEqualTo("read back equal: true");
    String areaJson =
        new ObjectMapper()
            .registerModule(new ImprovementFrameworkModule())
            .writeValueAsString(first);
    // Jackson 3 orders a record's properties by its own rules; the area's bytes are the point.
    assertThat(lines.get(0)).contains("\"area\":" + areaJson).contains("\"title\":\"Board pack\"");
  }
}
