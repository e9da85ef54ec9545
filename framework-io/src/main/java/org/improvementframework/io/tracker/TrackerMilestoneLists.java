package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.improvementframework.io.tracker.TrackerAlignment.Piece;
import org.improvementframework.io.tracker.TrackerHeaders.Field;

/**
 * The three numbered lists of one action (milestones, target dates, statuses) and their lining
 * up: lists written without numbers are split to match the others, a date written once serves
 * every milestone, statuses that pair with no milestone become a note, and numbers before the
 * first milestone keep their dates under a milestone marked as lost. Each repair is warned about.
 */
final class TrackerMilestoneLists {

  private final TrackerWarnings warner;

  final int mRow;
  final String mCol;
  final int tRow;
  final String tCol;
  final int sRow;
  final String sCol;
  final String mText;
  final String tText;
  final String sText;
  TrackerList m;
  TrackerList t;
  TrackerList s;

  /** Whether the statuses were kept as a note rather than given to the milestones. */
  boolean statusAsNote;

  TrackerMilestoneLists(TrackerActionDraft d, TrackerWarnings warner) {
    this.warner = warner;
    mRow = rowOf(d.milestones, d.row);
    mCol = columnOf(d.milestones, Field.MILESTONES);
    tRow = rowOf(d.targets, d.row);
    tCol = columnOf(d.targets, Field.TARGET);
    sRow = rowOf(d.statuses, d.row);
    sCol = columnOf(d.statuses, Field.STATUS);
    mText = join(d.milestones);
    tText = join(d.targets);
    sText = join(d.statuses);
    m = TrackerList.parse(mText);
    t = TrackerList.parse(tText);
    s = TrackerList.parse(sText);
  }

  /** Lines the lists up by number, adding to the action's notes what belongs to no milestone. */
  void lineUp(List<String> notes) {
    splitDates();
    boolean statusesSplit = splitStatuses();
    splitMilestones();
    spreadOneDate();
    statusAsNote = statusesAsNote(statusesSplit, notes);
    keepLostMilestones();
    for (String p : m.problems) {
      warner.warn(mRow, mCol, "milestone list " + p, mText, "numbered the milestones as read");
    }
    for (String p : t.problems) {
      warner.warn(tRow, tCol, "target date list " + p, tText, "lined the dates up as read");
    }
    for (String p : s.problems) {
      warner.warn(sRow, sCol, "status list " + p, sText, "lined the statuses up as read");
    }
    keepFragment(m, "milestones", mRow, mCol, notes);
    keepFragment(t, "target dates", tRow, tCol, notes);
    keepFragment(s, "statuses", sRow, sCol, notes);
  }

  /** Unnumbered dates written one after another. */
  private void splitDates() {
    if (t.numbered || t.items.size() != 1) {
      return;
    }
    List<Integer> starts = new ArrayList<>();
    Matcher dm = TrackerText.datePart().matcher(TrackerText.repairOnes(tText));
    while (dm.find()) {
      starts.add(dm.start());
    }
    if (starts.size() >= 2 && TrackerText.dateLikeness(tText) >= 0.9) {
      t = numbered(cutAt(tText, starts));
      warner.warn(
          tRow,
          tCol,
          "target dates not numbered",
          tText,
          "took them as " + t.items.size() + " dates in milestone order");
    }
  }

  private boolean splitStatuses() {
    int others = Math.max(m.items.size(), t.items.size());
    if (s.numbered || s.items.size() != 1 || others <= 1) {
      return false;
    }
    List<String> parts = TrackerText.splitAtStatusWords(sText);
    if (parts.size() != others) {
      List<String> alt = TrackerText.splitSentencesAndCapitals(sText);
      if (alt.size() == others && alt.stream().allMatch(TrackerText::isStatusLike)) {
        parts = alt;
      }
    }
    if (parts.size() < 2) {
      return false;
    }
    s = numbered(parts);
    warner.warn(
        sRow,
        sCol,
        "statuses not numbered",
        sText,
        "split into " + parts.size() + " statuses in milestone order");
    return true;
  }

  private void splitMilestones() {
    int wanted = Math.max(t.items.size(), s.items.size());
    if (m.items.size() != 1 || !m.items.containsKey(1) || wanted <= 1) {
      return;
    }
    String only = m.items.get(1);
    List<String> parts = TrackerText.splitSentences(only);
    if (parts.size() != wanted) {
      parts = TrackerText.splitSentencesAndCapitals(only);
    }
    if (parts.size() == wanted) {
      TrackerList split = numbered(parts);
      split.fragment = m.fragment;
      split.problems.addAll(m.problems);
      m = split;
      warner.warn(
          mRow,
          mCol,
          "milestones not numbered",
          mText,
          "split into "
              + wanted
              + " milestones at sentence ends, to line up with the "
              + wanted
              + " target dates or statuses");
    }
  }

  /** One date written once for several milestones is the date of each of them. */
  private void spreadOneDate() {
    int count = m.items.size();
    if (!t.numbered && t.items.size() == 1 && count > 1 && !t.items.get(1).isBlank()) {
      String only = t.items.get(1);
      t = new TrackerList();
      for (int k : m.items.keySet()) {
        t.items.put(k, only);
      }
      warner.warn(
          tRow,
          tCol,
          "one unnumbered target date for " + count + " milestones",
          tText,
          "applied it to each milestone");
    }
  }

  /** Unnumbered statuses that do not pair off with the milestones belong to no one milestone. */
  private boolean statusesAsNote(boolean statusesSplit, List<String> notes) {
    int count = m.items.size();
    if ((s.numbered && !statusesSplit)
        || s.items.isEmpty()
        || count <= 1
        || s.items.size() == count) {
      return false;
    }
    notes.add("status of the action as a whole: " + sText);
    warner.warn(
        sRow,
        sCol,
        s.items.size()
            + " unnumbered status"
            + (s.items.size() > 1 ? "es" : "")
            + " for "
            + count
            + " milestones",
        sText,
        "kept as an action note; the milestones are left not reported");
    s = new TrackerList();
    return true;
  }

  /**
   * Numbers before the first milestone prove that milestones were lost, not that the dates and
   * statuses of those numbers are stray: keep them under a milestone marked as lost.
   */
  private void keepLostMilestones() {
    if (!m.numbered || m.items.isEmpty()) {
      return;
    }
    int first = m.items.keySet().stream().min(Integer::compare).orElse(1);
    TreeSet<Integer> lost = new TreeSet<>();
    for (int k : t.items.keySet()) {
      if (k < first) {
        lost.add(k);
      }
    }
    for (int k : s.items.keySet()) {
      if (k < first) {
        lost.add(k);
      }
    }
    for (int k : lost) {
      String text = "\u2026";
      if (k == first - 1 && !m.fragment.isEmpty()) {
        text = "\u2026 " + m.fragment;
        m.fragment = "";
      }
      m.items.put(k, text);
      warner.warn(
          mRow,
          mCol,
          "the text of milestone " + k + " is lost",
          mText,
          "kept its target date and status under a milestone described '" + text + "'");
    }
  }

  private void keepFragment(
      TrackerList list, String what, int row, String column, List<String> notes) {
    if (!list.fragment.isEmpty()) {
      notes.add(what + ", before the first number: " + list.fragment);
      warner.warn(
          row,
          column,
          "text before the first number of the " + what,
          list.fragment,
          "kept as an action note");
    }
  }

  /** Joins the texts of pieces with a space and cleans the white space. */
  static String join(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.text());
    }
    return TrackerText.clean(sb.toString());
  }

  private static int rowOf(List<Piece> pieces, int fallback) {
    return pieces.isEmpty() ? fallback : pieces.get(0).row();
  }

  private static String columnOf(List<Piece> pieces, Field field) {
    return pieces.isEmpty() ? field.label : pieces.get(0).column();
  }

  private static TrackerList numbered(List<String> parts) {
    TrackerList l = new TrackerList();
    l.numbered = true;
    for (int i = 0; i < parts.size(); i++) {
      l.items.put(i + 1, parts.get(i));
    }
    return l;
  }

  private static List<String> cutAt(String text, List<Integer> starts) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = i == 0 ? 0 : starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      parts.add(text.substring(from, to).strip());
    }
    return parts;
  }
}
