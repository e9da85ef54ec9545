package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementframework.model.Action;
import org.improvementframework.model.Area;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Measure;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Reference;

/**
 * The "no text is lost" check of the importer's tests: every word of every cell of the input,
 * other than header labels, list numbers and bullets, appears somewhere in the plan.
 *
 * <p>Both sides are compared in a normal form: look-alike letters folded, lower case, the
 * letter I next to digits read as 1, and all white space and punctuation removed, so that a
 * word cut by a cell border and joined back ({@code su|pervision}) still counts as kept. A word
 * counts as kept when it occurs inside the plan's text, which is weaker than equality of
 * multisets (a common word lost in one place can hide behind the same word elsewhere) but
 * catches every distinctive word dropped.
 */
final class TrackerLossCheck {

  private TrackerLossCheck() {}

  /**
   * Words of the layout rather than of the plan: the heading and label words, and the "and" or
   * "or" that joins list items ("1. Draft; and 2. Agree"), which the importer drops with the
   * list punctuation.
   */
  private static final Set<String> STRUCTURE =
      Set.of("area", "for", "improvement", "measured", "by", "and", "or");

  private static final Pattern MARKER =
      Pattern.compile("(?<=^|[\\s;,(])(\\d{1,2}|[IVXivxl|]{1,4})\\s?[.)]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The words of the input that the plan does not hold; empty when nothing was lost. */
  static List<String> lostWords(String input, char delimiter, ImprovementPlan plan) {
    String corpus = corpus(plan);
    List<String> lost = new ArrayList<>();
    for (String line : input.split("\\r?\\n|\\r")) {
      String[] cells = line.split(Pattern.quote(String.valueOf(delimiter)), -1);
      int labels = 0;
      for (String c : cells) {
        if (!c.isBlank() && TrackerHeaders.fieldOf(c) != null) {
          labels++;
        }
      }
      if (labels >= 3) {
        continue;
      }
      for (String cell : cells) {
        String text = MARKER.matcher(TrackerText.repairLookalikes(cell)).replaceAll(" ");
        Matcher m = WORD.matcher(TrackerText.repairOnes(text));
        while (m.find()) {
          String w = normal(m.group());
          if (w.isEmpty() || STRUCTURE.contains(w)) {
            continue;
          }
          if (!corpus.contains(w)) {
            lost.add(m.group() + " (in '" + cell.strip() + "')");
          }
        }
      }
    }
    return lost;
  }

  static String normal(String s) {
    String f = TrackerText.repairOnes(TrackerText.fold(s)).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length(); i++) {
      if (Character.isLetterOrDigit(f.charAt(i))) {
        sb.append(f.charAt(i));
      }
    }
    return sb.toString();
  }

  static String corpus(ImprovementPlan plan) {
    List<String> texts = new ArrayList<>();
    texts.add(plan.title());
    plan.organisation().ifPresent(texts::add);
    texts.addAll(plan.notes());
    for (Area a : plan.areas()) {
      texts.add("area for improvement " + a.number());
      texts.add(a.title());
      texts.addAll(a.leads());
      texts.addAll(a.objectives());
      texts.addAll(a.outcomes());
      for (Measure m : a.measures()) {
        texts.add(m.text());
      }
      texts.addAll(a.notes());
      for (Action x : a.actions()) {
        texts.add(x.ref().toString());
        texts.add(x.description());
        x.resolution().ifPresent(texts::add);
        x.reportedRag().ifPresent(r -> texts.add(r.letter() + " " + r.name()));
        texts.addAll(x.notes());
        for (Reference r : x.dependencies()) {
          texts.add(r.toString());
        }
        for (Milestone m : x.milestones()) {
          texts.add(m.ref().toString());
          texts.add(m.description());
          texts.add(m.target().text());
          texts.add(m.status().text());
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      sb.append(normal(t)).append('#');
    }
    return sb.toString();
  }
}
