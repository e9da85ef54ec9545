package org.improvementframework.metrics.rag;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.improvementframework.model.ActionRef;

/**
 * The derived judgement of every action, as a map by action in plan order, kept as two arrays.
 * A {@code LinkedHashMap} cost an entry of 40 bytes and a table slot per action, kept for as
 * long as the report; the index by action is built only if a caller looks an action up.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JudgementsInPlanOrder extends AbstractMap<ActionRef, RagJudgement> {

  private final ActionRef[] refs;
  private final RagJudgement[] judgements;
  // Built on the first lookup; a race builds it twice, equally, and the map is safely
  // published through its final fields once built.
  private volatile Map<ActionRef, RagJudgement> index;

  /**
   * Wraps the judgements of a plan's actions.
   *
   * @param refs the actions, in plan order, each once, not to be changed; not null
   * @param judgements their judgements, at the same positions, not to be changed; not null
   */
  JudgementsInPlanOrder(ActionRef[] refs, RagJudgement[] judgements) {
    this.refs = refs;
    this.judgements = judgements;
  }

  @Override
  public RagJudgement get(Object key) {
    return index().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return index().containsKey(key);
  }

  @Override
  public int size() {
    return refs.length;
  }

  @Override
  public Set<Entry<ActionRef, RagJudgement>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<ActionRef, RagJudgement>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < refs.length;
          }

          @Override
          public Entry<ActionRef, RagJudgement> next() {
            if (next >= refs.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(refs[i], judgements[i]);
          }
        };
      }

      @Override
      public int size() {
        return refs.length;
      }
    };
  }

  private Map<ActionRef, RagJudgement> index() {
    Map<ActionRef, RagJudgement> m = index;
    if (m == null) {
      Map<ActionRef, RagJudgement> built = new HashMap<>(refs.length * 4 / 3 + 1);
      for (int i = 0; i < refs.length; i++) {
        built.put(refs[i], judgements[i]);
      }
      m = Collections.unmodifiableMap(built);
      index = m;
    }
    return m;
  }
}
