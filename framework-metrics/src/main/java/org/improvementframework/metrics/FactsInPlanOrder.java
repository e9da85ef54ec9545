package org.improvementframework.metrics;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.improvementframework.model.ActionRef;
import org.improvementframework.model.ImprovementPlan;

/**
 * The facts of every action of one plan, as a map by action in plan order, kept as the list a
 * report gathered them in. The passes of a report walk the list ({@link
 * ActionFacts#inPlanOrder}); the index by action, which costs a hash entry per action and
 * lookups that miss the caches in a large plan, is built only if a caller looks an action up.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FactsInPlanOrder extends AbstractMap<ActionRef, ActionFacts> {

  private final ImprovementPlan plan;
  private final List<ActionFacts> facts;
  // Built on the first lookup; a race builds it twice, equally, and the map is safely
  // published through its final fields once built.
  private volatile Map<ActionRef, ActionFacts> index;

  /**
   * Wraps the facts of a plan's actions.
   *
   * @param plan the plan; not null
   * @param facts the facts of every action of the plan in plan order, not to be changed; not null
   */
  FactsInPlanOrder(ImprovementPlan plan, List<ActionFacts> facts) {
    this.plan = plan;
    this.facts = Collections.unmodifiableList(facts);
  }

  /** Gets the plan whose actions these facts are of. */
  ImprovementPlan plan() {
    return plan;
  }

  /** Gets the facts in plan order; unmodifiable. */
  List<ActionFacts> list() {
    return facts;
  }

  @Override
  public ActionFacts get(Object key) {
    return index().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return index().containsKey(key);
  }

  @Override
  public int size() {
    return facts.size();
  }

  @Override
  public Set<Entry<ActionRef, ActionFacts>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<ActionRef, ActionFacts>> iterator() {
        Iterator<ActionFacts> it = facts.iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Entry<ActionRef, ActionFacts> next() {
            ActionFacts f = it.next();
            return new SimpleImmutableEntry<>(f.action().ref(), f);
          }
        };
      }

      @Override
      public int size() {
        return facts.size();
      }
    };
  }

  private Map<ActionRef, ActionFacts> index() {
    Map<ActionRef, ActionFacts> m = index;
    if (m == null) {
      Map<ActionRef, ActionFacts> built = new HashMap<>(facts.size() * 4 / 3 + 1);
      for (ActionFacts f : facts) {
        built.put(f.action().ref(), f);
      }
      m = Collections.unmodifiableMap(built);
      index = m;
    }
    return m;
  }
}
