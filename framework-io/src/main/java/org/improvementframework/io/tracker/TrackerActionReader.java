package org.improvementframework.io.tracker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.tracker.TrackerAlignment.Piece;
import org.improvementframework.io.tracker.TrackerHeaders.Field;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.FoundReference;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;
import org.improvementframework.model.ReferenceFinder;
import org.improvementframework.model.Status;
import org.improvementframework.model.Target;
import org.improvementframework.model.TargetContext;
import org.improvementframework.model.TargetKind;

/**
 * Builds one action from its draft: the description, the milestones from the lined-up lists with
 * their targets and statuses, the reported RAG, the resolution, the notes for text that fits no
 * field, and the references the action's text makes to other areas, actions and milestones.
 */
final class TrackerActionReader {

  private static final Pattern LIST_TAIL = Pattern.compile("\\s*[;,]\\s*(?:and|or)?\\s*$");

  private final TrackerWarnings warner;
  private final TargetContext context;

  TrackerActionReader(TrackerWarnings warner, TargetContext context) {
    this.warner = warner;
    this.context = context;
  }

  Action action(ActionRef ref, TrackerActionDraft d) {
    List<String> notes = new ArrayList<>();
    String description = description(ref, d);
    TrackerMilestoneLists lists = new TrackerMilestoneLists(d, warner);
    lists.lineUp(notes);
    Action.Builder action = Action.builder().ref(ref).description(description);
    milestones(ref, lists, action, notes);
    rag(ref, d, action, notes);
    if (!d.resolutions.isEmpty()) {
      action.resolution(TrackerMilestoneLists.join(d.resolutions));
    }
    for (Piece p : d.others) {
      notes.add(p.column() + ": " + TrackerText.clean(p.text()));
      warner.warn(
          p.row(),
          p.column(),
          "text in a column the importer does not know",
          TrackerText.clean(p.text()),
          "kept as a note on action " + ref);
    }
    Set<Reference> deps = new LinkedHashSet<>();
    dependencies(description, deps);
    dependencies(lists.mText, deps);
    dependencies(lists.tText, deps);
    dependencies(lists.sText, deps);
    d.resolutions.forEach(p -> dependencies(p.text(), deps));
    deps.remove(ref);
    deps.remove(ref.area());
    action.addAllDependencies(deps);
    action.addAllNotes(notes);
    return action.build();
  }

  private String description(ActionRef ref, TrackerActionDraft d) {
    if (d.description != null) {
      return TrackerText.clean(d.description.text());
    }
    String description = "(no description) " + TrackerMilestoneLists.join(d.milestones);
    if (d.milestones.isEmpty()) {
      description = "(no description)";
    }
    warner.warn(
        d.row,
        Field.ACTION.label,
        "action has no description",
        "",
        "described action " + ref + " as '" + PlanFormatException.abbreviate(description) + "'");
    return description;
  }

  private void milestones(
      ActionRef ref, TrackerMilestoneLists l, Action.Builder action, List<String> notes) {
    TreeSet<Integer> numbers = new TreeSet<>();
    numbers.addAll(l.m.items.keySet());
    numbers.addAll(l.t.items.keySet());
    numbers.addAll(l.s.items.keySet());
    List<Integer> noTarget = new ArrayList<>();
    List<Integer> noStatus = new ArrayList<>();
    for (int k : numbers) {
      String mk = l.m.items.get(k);
      String tk = blankToNull(l.t.items.get(k));
      String sk = blankToNull(l.s.items.get(k));
      if (mk == null || mk.isBlank()) {
        strays(ref, k, tk, sk, l, notes);
        continue;
      }
      Milestone.Builder mb =
          Milestone.builder()
              .ref(ref.milestone(k))
              .description(withoutListTail(TrackerText.clean(mk)));
      if (tk != null) {
        mb.target(target(ref, k, tk, l.tRow, l.tCol, notes));
      } else {
        noTarget.add(k);
      }
      if (sk != null) {
        mb.status(status(sk, l));
      } else {
        noStatus.add(k);
      }
      action.addMilestones(mb.build());
    }
    if (!noTarget.isEmpty()) {
      warner.warn(
          l.tRow,
          l.tCol,
          "no target date for milestone" + plural(noTarget),
          l.tText,
          "left milestone" + plural(noTarget) + " without a target");
    }
    if (!noStatus.isEmpty() && !l.statusAsNote) {
      warner.warn(
          l.sRow,
          l.sCol,
          "no status for milestone" + plural(noStatus),
          l.sText,
          "left milestone" + plural(noStatus) + " not reported");
    }
  }

  private static String blankToNull(String text) {
    return text != null && text.isBlank() ? null : text;
  }

  /** Keeps the target date and status of a number that has no milestone as action notes. */
  private void strays(
      ActionRef ref, int k, String tk, String sk, TrackerMilestoneLists l, List<String> notes) {
    stray(ref, k, "target date", "target", tk, l.tRow, l.tCol, notes);
    stray(ref, k, "status", "status", sk, l.sRow, l.sCol, notes);
  }

  private void stray(
      ActionRef ref,
      int k,
      String field,
      String label,
      String text,
      int row,
      String column,
      List<String> notes) {
    if (text != null) {
      notes.add(label + " " + k + " without milestone " + k + ": " + text);
      warner.warn(
          row,
          column,
          field + " " + k + " has no milestone " + k,
          text,
          "kept as a note on action " + ref);
    }
  }

  private Status status(String written, TrackerMilestoneLists l) {
    String st = TrackerText.clean(written);
    if (!TrackerText.isStatusLike(st)) {
      warner.warn(
          l.sRow,
          l.sCol,
          "status words not recognised",
          st,
          "read as in progress, keeping the words");
    }
    return Status.read(st);
  }

  /** The first rating read is the action's; any other is kept as a note. */
  private void rag(ActionRef ref, TrackerActionDraft d, Action.Builder action, List<String> notes) {
    boolean ragSet = false;
    for (Piece p : d.rags) {
      String written = TrackerText.clean(p.text());
      String folded = TrackerText.fold(written);
      if (folded.equals("4")) {
        folded = "A";
        notes.add("RAG written '" + written + "', read as A");
        warner.warn(
            p.row(),
            p.column(),
            "a '4' in the RAG column",
            written,
            "read as A (amber); the written form is kept as an action note");
      }
      Optional<Rag> rag = TrackerText.isRagLike(folded) ? Rag.read(folded) : Optional.empty();
      if (rag.isPresent() && !ragSet) {
        action.reportedRag(rag.get());
        ragSet = true;
      } else {
        notes.add(p.column() + ": " + written);
        warner.warn(
            p.row(),
            p.column(),
            rag.isPresent() ? "a second RAG rating for the action" : "RAG rating not understood",
            written,
            "kept as a note on action " + ref);
      }
    }
  }

  private static String plural(List<Integer> ks) {
    StringBuilder sb = new StringBuilder(ks.size() > 1 ? "s " : " ");
    for (int i = 0; i < ks.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(ks.get(i));
    }
    return sb.toString();
  }

  private Target target(
      ActionRef ref, int k, String text, int row, String column, List<String> notes) {
    String written = TrackerText.clean(text);
    String repaired = TrackerText.repairOnes(written);
    Target target = Target.read(repaired, context);
    if (!repaired.equals(written)) {
      notes.add(
          "milestone "
              + ref.milestone(k)
              + " target written '"
              + written
              + "', read as '"
              + repaired
              + "'");
      warner.warn(
          row, column, "the digit 1 written as a letter", written, "read as '" + repaired + "'");
    }
    if (target.kind() == TargetKind.UNRECOGNISED) {
      warner.warn(
          row,
          column,
          "target date not understood",
          repaired,
          "kept as written (unrecognised) for milestone " + ref.milestone(k));
    }
    return target;
  }

  /** Drops the punctuation that joins list items ({@code ; and}), unless nothing else is left. */
  static String withoutListTail(String item) {
    String s = LIST_TAIL.matcher(item).replaceFirst("");
    return s.isBlank() ? item : s;
  }

  /** Adds the references the text makes to areas, actions and milestones. */
  static void dependencies(String text, Set<Reference> out) {
    for (FoundReference found : ReferenceFinder.find(text)) {
      out.add(found.reference());
    }
  }
}
