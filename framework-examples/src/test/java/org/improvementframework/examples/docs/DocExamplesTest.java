package org.improvementframework.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of README.md and docs/*.md is compiled: it must be, character for
 * character after removing the common indentation, the text between a {@code // tag::name[]} and
 * {@code // end::name[]} pair in one of the example sources of this package, which the build
 * compiles with the tests. A page whose example no longer compiles, or a source changed without
 * its page, fails here with the page and line.
 */
class DocExamplesTest {

  private static final Pattern TAG =
      Pattern.compile(
          "(?m)^[ \\t]*// tag::([\\w-]+)\\[\\]\\n(.*?)^[ \\t]*// end::\\1\\[\\]$", Pattern.DOTALL);

  /** A fenced Java block of a page, with where it starts. */
  record Block(Path page, int line, String text) {
    @Override
    public String toString() {
      return page + ":" + line;
    }
  }

  @Test
  void everyJavaBlockOfTheReadmeAndTheManual_isCompiledExampleText() throws IOException {
    Map<String, String> regions = regions();
    List<Block> blocks = blocks();
    List<String> uncompiled = new ArrayList<>();
    for (Block b : blocks) {
      if (!regions.containsValue(dedent(b.text()))) {
        uncompiled.add(b + " (" + b.text().lines().findFirst().orElse("") + ")");
      }
    }

    assertThat(blocks).as("java blocks found").hasSizeGreaterThan(20);
    assertThat(uncompiled).as("java blocks with no tagged region in %s", sources()).isEmpty();
  }

  @Test
  void everyTaggedRegion_isShownOnSomePage() throws IOException {
    List<String> shown = blocks().stream().map(b -> dedent(b.text())).toList();
    List<String> unused = new ArrayList<>();
    regions()
        .forEach(
            (name, text) -> {
              if (!shown.contains(text)) {
                unused.add(name);
              }
            });

    assertThat(unused).as("tagged regions that no page shows (stale examples)").isEmpty();
  }

  @Test
  void dedent_removesOnlyTheCommonIndentation() {
    assertThat(dedent("    a(\n      b);\n\n    c;\n")).isEqualTo("a(\n  b);\n\nc;");
    assertThat(dedent("a;\n  b;")).isEqualTo("a;\n  b;");
  }

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isRegularFile(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    assertThat(p).as("the project root (holding mvnw)").isNotNull();
    return p;
  }

  static Path sources() {
    return root()
        .resolve("framework-examples/src/test/java")
        .resolve("org/improvementframework/examples/docs");
  }

  static Map<String, String> regions() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(sources())) {
      for (Path f : files.filter(f -> f.toString().endsWith("Examples.java")).sorted().toList()) {
        Matcher m = TAG.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          String name = f.getFileName() + "#" + m.group(1);
          assertThat(out.put(name, dedent(m.group(2)))).as("duplicate tag %s", name).isNull();
        }
      }
    }
    return out;
  }

  static List<Block> blocks() throws IOException {
    Path root = root();
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<Block> out = new ArrayList<>();
    for (Path page : pages) {
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("```java")) {
          int start = i + 1;
          StringBuilder text = new StringBuilder();
          for (i = start; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
            text.append(lines.get(i)).append('\n');
          }
          out.add(new Block(root.relativize(page), start, text.toString()));
        }
      }
    }
    return out;
  }

  /** Removes the indentation common to the non-blank lines, trailing spaces and end blank lines. */
  static String dedent(String text) {
    List<String> lines = text.stripTrailing().lines().map(String::stripTrailing).toList();
    int common =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(l.isBlank() ? "" : l.substring(common));
    }
    return out.toString().strip().isEmpty() ? "" : out.toString().replaceAll("^\\n+", "");
  }
}
