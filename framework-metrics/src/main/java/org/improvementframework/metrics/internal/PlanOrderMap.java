package org.improvementframework.metrics.internal;

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
 * A map by action whose entries stand at positions 0 to {@code size() - 1} in plan order, as a
 * report gathered them: iterating walks the positions; the hash index by action, which costs an
 * entry per action and lookups that miss the caches in a large plan, is built only on the first
 * lookup. Subclasses say where an entry's key and value are kept.
 *
 * <p>Subclasses must be immutable; the map is then immutable and thread-safe.
 *
 * @param <V> the value held for each action
 */
public abstract class PlanOrderMap<V> extends AbstractMap<ActionRef, V> {

  // Built on the first lookup; a race builds it twice, equally, and the map is safely
  // published through its final fields once built.
  private volatile Map<ActionRef, V> index;

  /** Creates the map; for subclasses. */
  protected PlanOrderMap() {}

  /**
   * Gets the action at a position.
   *
   * @param i the position, from 0 to {@code size() - 1}
   * @return the action; not null
   */
  protected abstract ActionRef keyAt(int i);

  /**
   * Gets the value at a position.
   *
   * @param i the position, from 0 to {@code size() - 1}
   * @return the value; not null
   */
  protected abstract V valueAt(int i);

  @Override
  public V get(Object key) {
    return index().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return index().containsKey(key);
  }

  @Override
  public Set<Entry<ActionRef, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<ActionRef, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size();
          }

          @Override
          public Entry<ActionRef, V> next() {
            if (next >= size()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keyAt(i), valueAt(i));
          }
        };
      }

      @Override
      public int size() {
        return PlanOrderMap.this.size();
      }
    };
  }

  private Map<ActionRef, V> index() {
    Map<ActionRef, V> m = index;
    if (m == null) {
      int n = size();
      Map<ActionRef, V> built = new HashMap<>(n * 4 / 3 + 1);
      for (int i = 0; i < n; i++) {
        built.put(keyAt(i), valueAt(i));
      }
      m = Collections.unmodifiableMap(built);
      index = m;
    }
    return m;
  }
}
