package org.improvementframework.io.layout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.io.ReadResult;
import org.improvementframework.model.ImprovementPlan;

/** The "nothing dropped" check: every word of the input is in the plan or in a warning. */
public final class Words {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Words() {}

  /**
   * Gets the words of a text, lower case, each once, in order.
   *
   * @param text the text; not null
   * @return the words; not null
   */
  public static Set<String> of(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * Gets the words of the input missing from the plan and its warnings, ignoring some.
   *
   * @param input the text read; not null
   * @param result the plan and warnings read from it; not null
   * @param ignored texts whose words may be missing; not null
   * @return the missing words; empty when nothing was dropped; not null
   */
  public static Set<String> dropped(
      String input, ReadResult<ImprovementPlan> result, List<String> ignored) {
    Set<String> kept = of(PlanDump.of(result.value()) + " " + result.warnings());
    Set<String> missing = of(input);
    missing.removeAll(kept);
    for (String i : ignored) {
      missing.removeAll(of(i));
    }
    return missing;
  }
}
