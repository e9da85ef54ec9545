package org.improvementframework.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the model jar free of runtime dependencies, beside the enforcer rule in its pom: the
 * compiled module descriptor may require only {@code java.base} and compile-time-only
 * ({@code static}) modules.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    // Read from where the model classes were loaded, whether the tests run on the class path or
    // the module path: a class loader's resource lookup could find another module's descriptor.
    Path location =
        Path.of(ImprovementPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path file = location.resolve("module-info.class");
    assertThat(file).as("the compiled module descriptor").isRegularFile();
    try (InputStream in = Files.newInputStream(file)) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_requiresOnlyJavaBaseAtRunTime() throws Exception {
    ModuleDescriptor module = descriptor();

    assertThat(module.name()).isEqualTo("org.improvementframework.model");
    assertThat(
            module.requires().stream()
                .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
                .map(Requires::name)
                .collect(Collectors.toSet()))
        .containsExactly("java.base");
  }

  @Test
  void module_exportsOnlyTheApiPackages() throws Exception {
    assertThat(descriptor().exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "org.improvementframework.model", "org.improvementframework.model.casework");
  }
}
