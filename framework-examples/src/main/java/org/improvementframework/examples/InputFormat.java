package org.improvementframework.examples;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats a plan is read from: the canonical JSON, the milestone CSV, and a council's
 * tracker exported as tab-separated or comma-separated text.
 */
public enum InputFormat {
  /** The library's canonical JSON ({@code PlanJson}). */
  JSON,
  /** The milestone CSV, one row per milestone ({@code PlanCsv}). */
  CSV,
  /** A council tracker spreadsheet exported as text ({@code TrackerImporter}). */
  TRACKER;

  /**
   * Guesses the format of a file from its name and its first bytes: a document whose first
   * character (after a byte order mark and white space) is an opening brace is JSON; a file
   * whose first line holds the milestone CSV's "Area title" and "Milestone description"
   * headings is CSV; anything else is read as a tracker, whose importer copes with the most.
   *
   * @param fileName the file name, used only for its extension; not null
   * @param head the first bytes of the file, as many as are at hand; not null
   * @return the format; not null
   */
  static InputFormat detect(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    int i = 0;
    if (text.startsWith("\uFEFF")) {
      i = 1;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '{') {
      return JSON;
    }
    int eol = text.indexOf('\n');
    String first = eol < 0 ? text : text.substring(0, eol);
    if (first.contains("Area title") && first.contains("Milestone description")) {
      return CSV;
    }
    return TRACKER;
  }

  /**
   * Gets the format an output file name asks for.
   *
   * @param fileName the file name; not null
   * @return JSON for {@code .json}, CSV for {@code .csv}; null for any other extension
   */
  static InputFormat ofOutputName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    return null;
  }
}
