package org.improvementframework.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version the build wrote into {@code build.properties}, for {@code --version}: the same text
 * whether the command line runs from the runnable jar, from {@code exec:java} or from a test.
 */
public final class BuildVersion implements IVersionProvider {

  static final String RESOURCE = "build.properties";

  /** Creates the provider; picocli calls it. */
  public BuildVersion() {}

  /**
   * Returns the build's version of the project.
   *
   * @return the version, such as {@code 0.1.0-SNAPSHOT}; not null
   * @throws IllegalStateException if the build did not write the resource (a broken build)
   */
  public static String version() {
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: the jar was not built by Maven");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isEmpty() || v.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered by the build: '" + v + "'");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "Improvement Framework " + version(),
      "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
    };
  }
}
