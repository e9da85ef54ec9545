package org.improvementframework.metrics.slippage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.model.Action;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.Area;
import org.improvementframework.model.AreaRef;
import org.improvementframework.model.ImprovementPlan;
import org.improvementframework.model.Milestone;
import org.improvementframework.model.MilestoneRef;
import org.improvementframework.model.Progress;
import org.improvementframework.model.Rag;
import org.improvementframework.model.Reference;

/**
 * The changes between two reports of the same plan, matched by reference.
 *
 * <p>Deadlines of both reports are judged as of the later report's date, so that a recurring
 * target whose text did not change never seems to move. Progress ranks not started (or not
 * reported) below in progress below done (complete or ongoing). RAG ratings rank by the policy's
 * severity. Text that changed without any change above is {@link ChangeKind#TEXT_CHANGED}.
 *
 * <pre>{@code
 * Slippage s = Slippage.between(february, march);
 * s.of(ChangeKind.DEADLINE_LATER).forEach(c -> System.out.println(c.message()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Slippage {

  private final LocalDate from;
  private final LocalDate to;
  private final List<Change> changes;

  private Slippage(LocalDate from, LocalDate to, List<Change> changes) {
    this.from = from;
    this.to = to;
    this.changes = changes;
  }

  /**
   * Finds the changes between two reports, ranking RAG ratings by the default policy.
   *
   * @param previous the earlier report; not null
   * @param current the later report; not null
   * @return the slippage; not null
   */
  public static Slippage between(ImprovementPlan previous, ImprovementPlan current) {
    return between(previous, current, RagPolicy.defaults());
  }

  /**
   * Finds the changes between two reports.
   *
   * @param previous the earlier report; not null
   * @param current the later report; not null
   * @param policy whose severity ranks RAG ratings; not null
   * @return the slippage; not null
   */
  public static Slippage between(
      ImprovementPlan previous, ImprovementPlan current, RagPolicy policy) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(policy, "policy");
    Map<AreaRef, Area> oldAreas = new HashMap<>();
    Map<ActionRef, Action> oldActions = new HashMap<>();
    Map<MilestoneRef, Milestone> oldMilestones = new HashMap<>();
    for (Area a : previous.areas()) {
      oldAreas.put(a.ref(), a);
      for (Action x : a.actions()) {
        oldActions.put(x.ref(), x);
        for (Milestone m : x.milestones()) {
          oldMilestones.put(m.ref(), m);
        }
      }
    }
    LocalDate asOf = current.asAt();
    List<Change> out = new ArrayList<>();
    for (Area area : current.areas()) {
      Area old = oldAreas.remove(area.ref());
      if (old == null) {
        out.add(new Change(ChangeKind.ADDED, area.ref(), "area", "", area.title(), 0));
      } else {
        text(out, area.ref(), "title", old.title(), area.title());
        text(
            out,
            area.ref(),
            "leads",
            String.join("/", old.leads()),
            String.join("/", area.leads()));
      }
      for (Action action : area.actions()) {
        Action oldAction = oldActions.remove(action.ref());
        if (oldAction == null) {
          out.add(
              new Change(ChangeKind.ADDED, action.ref(), "action", "", action.description(), 0));
        } else {
          compareActions(out, oldAction, action, policy);
        }
        for (Milestone m : action.milestones()) {
          Milestone oldM = oldMilestones.remove(m.ref());
          if (oldM == null) {
            out.add(new Change(ChangeKind.ADDED, m.ref(), "milestone", "", m.description(), 0));
          } else {
            compareMilestones(out, oldM, m, asOf);
          }
        }
      }
    }
    // What is left of the earlier report was removed; listed in its plan order.
    for (Area a : previous.areas()) {
      if (oldAreas.containsKey(a.ref())) {
        out.add(new Change(ChangeKind.REMOVED, a.ref(), "area", a.title(), "", 0));
      }
      for (Action x : a.actions()) {
        if (oldActions.containsKey(x.ref())) {
          out.add(new Change(ChangeKind.REMOVED, x.ref(), "action", x.description(), "", 0));
        }
        for (Milestone m : x.milestones()) {
          if (oldMilestones.containsKey(m.ref())) {
            out.add(new Change(ChangeKind.REMOVED, m.ref(), "milestone", m.description(), "", 0));
          }
        }
      }
    }
    return new Slippage(previous.asAt(), current.asAt(), Collections.unmodifiableList(out));
  }

  private static void compareActions(List<Change> out, Action old, Action now, RagPolicy policy) {
    text(out, now.ref(), "description", old.description(), now.description());
    text(out, now.ref(), "resolution", old.resolution().orElse(""), now.resolution().orElse(""));
    Optional<Rag> before = old.reportedRag();
    Optional<Rag> after = now.reportedRag();
    if (!before.equals(after)) {
      String b = before.map(Rag::name).orElse("");
      String a = after.map(Rag::name).orElse("");
      if (before.isPresent() && after.isPresent()) {
        boolean worse = policy.severity(after.get()) < policy.severity(before.get());
        out.add(
            new Change(
                worse ? ChangeKind.RAG_WORSENED : ChangeKind.RAG_IMPROVED,
                now.ref(),
                "rag",
                b,
                a,
                0));
      } else {
        out.add(new Change(ChangeKind.TEXT_CHANGED, now.ref(), "rag", b, a, 0));
      }
    }
  }

  private static void compareMilestones(
      List<Change> out, Milestone old, Milestone now, LocalDate asOf) {
    text(out, now.ref(), "description", old.description(), now.description());
    if (!old.target().equals(now.target())) {
      Optional<LocalDate> before = old.target().deadline(asOf);
      Optional<LocalDate> after = now.target().deadline(asOf);
      String b = old.target().text();
      String a = now.target().text();
      if (before.isPresent() && after.isPresent() && !before.equals(after)) {
        long days = ChronoUnit.DAYS.between(before.get(), after.get());
        out.add(
            new Change(
                days > 0 ? ChangeKind.DEADLINE_LATER : ChangeKind.DEADLINE_EARLIER,
                now.ref(),
                "target",
                b,
                a,
                days));
      } else if (before.isPresent() != after.isPresent()) {
        out.add(new Change(ChangeKind.DEADLINE_SET_OR_CLEARED, now.ref(), "target", b, a, 0));
      } else {
        text(out, now.ref(), "target", b, a);
      }
    }
    if (!old.status().equals(now.status())) {
      int before = rank(old.status().progress());
      int after = rank(now.status().progress());
      ChangeKind kind =
          after < before
              ? ChangeKind.STATUS_BACKWARDS
              : after > before ? ChangeKind.STATUS_FORWARDS : ChangeKind.TEXT_CHANGED;
      out.add(new Change(kind, now.ref(), "status", old.status().text(), now.status().text(), 0));
    }
  }

  private static int rank(Progress p) {
    return switch (p) {
      case IN_PROGRESS -> 1;
      case COMPLETE, ONGOING -> 2;
      default -> 0;
    };
  }

  private static void text(
      List<Change> out, Reference ref, String field, String before, String after) {
    if (!before.equals(after)) {
      out.add(new Change(ChangeKind.TEXT_CHANGED, ref, field, before, after, 0));
    }
  }

  /**
   * Gets the earlier report's date.
   *
   * @return the date; not null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Gets the later report's date.
   *
   * @return the date; not null
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Gets every change: those of the later report's items in its plan order, then removals.
   *
   * @return the changes; not null, unmodifiable
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Gets the changes of one kind.
   *
   * @param kind the kind; not null
   * @return the changes, in order; not null
   */
  public List<Change> of(ChangeKind kind) {
    List<Change> out = new ArrayList<>();
    for (Change c : changes) {
      if (c.kind() == kind) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Counts the changes of one kind.
   *
   * @param kind the kind; not null
   * @return the count, 0 or more
   */
  public int count(ChangeKind kind) {
    int n = 0;
    for (Change c : changes) {
      if (c.kind() == kind) {
        n++;
      }
    }
    return n;
  }

  /**
   * Checks whether nothing changed.
   *
   * @return true if there are no changes
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
