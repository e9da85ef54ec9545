package org.improvementframework.metrics;

import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.stream.Collector;

/**
 * How many milestones are in each {@link MilestoneState state}, and the share complete.
 *
 * <p>Counts form a commutative monoid under {@link #plus(StateCounts)} with {@link #zero()} as
 * identity, so counts of parts of a plan combine into the counts of the whole, in any grouping
 * and any order.
 *
 * <pre>{@code
 * StateCounts c = states.stream().collect(StateCounts.collector());
 * c.percentComplete();   // OptionalDouble[40.0]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StateCounts {

  private static final StateCounts ZERO = new StateCounts(0, 0, 0, 0, 0);

  // The counts of an action are small: one instance of each count of 0 to 7 milestones in every
  // state, made on first use and shared, rather than 56 bytes an action kept by every report. A
  // race makes an equal instance twice; the fields are final, so each is safely published.
  private static final int SMALL_BITS = 3;
  private static final StateCounts[] SMALL = new StateCounts[1 << (5 * SMALL_BITS)];

  private final long complete;
  private final long overdue;
  private final long due;
  private final long notDue;
  private final long undated;

  private StateCounts(long complete, long overdue, long due, long notDue, long undated) {
    this.complete = complete;
    this.overdue = overdue;
    this.due = due;
    this.notDue = notDue;
    this.undated = undated;
  }

  /**
   * Obtains the counts of no milestones.
   *
   * @return the zero counts; not null
   */
  public static StateCounts zero() {
    return ZERO;
  }

  /**
   * Obtains counts from the number in each state.
   *
   * @param complete the number complete, 0 or more
   * @param overdue the number overdue, 0 or more
   * @param due the number due, 0 or more
   * @param notDue the number not yet due, 0 or more
   * @param undated the number undated, 0 or more
   * @return the counts; not null
   * @throws IllegalArgumentException if any count is negative
   */
  public static StateCounts of(long complete, long overdue, long due, long notDue, long undated) {
    if ((complete | overdue | due | notDue | undated) < 0) {
      throw new IllegalArgumentException(
          "state counts must not be negative, but were complete="
              + complete
              + ", overdue="
              + overdue
              + ", due="
              + due
              + ", notDue="
              + notDue
              + ", undated="
              + undated);
    }
    return new StateCounts(complete, overdue, due, notDue, undated);
  }

  /**
   * Obtains the counts of one milestone in the given state.
   *
   * @param state the state; not null
   * @return the counts; not null
   */
  public static StateCounts of(MilestoneState state) {
    Tally t = new Tally();
    t.add(state);
    return t.toCounts();
  }

  /**
   * Obtains a collector that counts states; it runs on parallel streams, since its combiner adds.
   *
   * @return the collector; not null
   */
  public static Collector<MilestoneState, ?, StateCounts> collector() {
    return Collector.of(
        Tally::new,
        Tally::add,
        Tally::addAll,
        Tally::toCounts,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Gets the number in the given state.
   *
   * @param state the state; not null
   * @return the count, 0 or more
   */
  public long count(MilestoneState state) {
    return switch (state) {
      case COMPLETE -> complete;
      case OVERDUE -> overdue;
      case DUE -> due;
      case NOT_DUE -> notDue;
      default -> undated;
    };
  }

  /**
   * Gets the number complete.
   *
   * @return the count, 0 or more
   */
  public long complete() {
    return complete;
  }

  /**
   * Gets the number overdue.
   *
   * @return the count, 0 or more
   */
  public long overdue() {
    return overdue;
  }

  /**
   * Gets the number due within the window.
   *
   * @return the count, 0 or more
   */
  public long due() {
    return due;
  }

  /**
   * Gets the number not yet due.
   *
   * @return the count, 0 or more
   */
  public long notDue() {
    return notDue;
  }

  /**
   * Gets the number without a deadline.
   *
   * @return the count, 0 or more
   */
  public long undated() {
    return undated;
  }

  /**
   * Gets the number of milestones counted.
   *
   * @return the total, 0 or more
   */
  public long total() {
    return complete + overdue + due + notDue + undated;
  }

  /**
   * Gets the share of milestones complete, as a percentage.
   *
   * @return 0 to 100, or empty when no milestones were counted (a share of nothing is not 0%)
   */
  public OptionalDouble percentComplete() {
    long total = total();
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * complete / total);
  }

  /**
   * Adds these counts to others.
   *
   * @param other the other counts; not null
   * @return the sum; not null
   */
  public StateCounts plus(StateCounts other) {
    if (other == ZERO) {
      return this;
    }
    if (this == ZERO) {
      return other;
    }
    return new StateCounts(
        complete + other.complete,
        overdue + other.overdue,
        due + other.due,
        notDue + other.notDue,
        undated + other.undated);
  }

  /**
   * Gets the states that have at least one milestone.
   *
   * @return the states, in declaration order; not null
   */
  public EnumSet<MilestoneState> present() {
    EnumSet<MilestoneState> s = EnumSet.noneOf(MilestoneState.class);
    for (MilestoneState state : MilestoneState.values()) {
      if (count(state) > 0) {
        s.add(state);
      }
    }
    return s;
  }

  /**
   * Checks whether this equals another object of the same type with the same values.
   *
   * @param o the other object; may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StateCounts c)) {
      return false;
    }
    return complete == c.complete
        && overdue == c.overdue
        && due == c.due
        && notDue == c.notDue
        && undated == c.undated;
  }

  /**
   * Gets a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(complete) * 31 * 31 * 31 * 31
        + Long.hashCode(overdue) * 31 * 31 * 31
        + Long.hashCode(due) * 31 * 31
        + Long.hashCode(notDue) * 31
        + Long.hashCode(undated);
  }

  /**
   * Gets the counts as text, such as {@code complete=2 overdue=1 due=0 notDue=3 undated=0}.
   *
   * @return the text; not null
   */
  @Override
  public String toString() {
    return "complete="
        + complete
        + " overdue="
        + overdue
        + " due="
        + due
        + " notDue="
        + notDue
        + " undated="
        + undated;
  }

  /** A mutable accumulator, so that counting a million milestones allocates nothing per one. */
  static final class Tally {
    long complete;
    long overdue;
    long due;
    long notDue;
    long undated;

    void add(MilestoneState state) {
      switch (state) {
        case COMPLETE -> complete++;
        case OVERDUE -> overdue++;
        case DUE -> due++;
        case NOT_DUE -> notDue++;
        default -> undated++;
      }
    }

    /** Adds counts already made, without making a sum of each step. */
    Tally addCounts(StateCounts other) {
      return add(other.complete, other.overdue, other.due, other.notDue, other.undated);
    }

    Tally addAll(Tally other) {
      return add(other.complete, other.overdue, other.due, other.notDue, other.undated);
    }

    private Tally add(long c, long o, long d, long n, long u) {
      complete += c;
      overdue += o;
      due += d;
      notDue += n;
      undated += u;
      return this;
    }

    StateCounts toCounts() {
      return counted(complete, overdue, due, notDue, undated);
    }

    /** Sets every count back to 0, so that one tally counts one group after another. */
    void clear() {
      complete = 0;
      overdue = 0;
      due = 0;
      notDue = 0;
      undated = 0;
    }
  }

  /**
   * Gets the counts of the numbers counted (not negative): one of the shared instances where
   * every number is small, a new one otherwise.
   */
  static StateCounts counted(long complete, long overdue, long due, long notDue, long undated) {
    long all = complete | overdue | due | notDue | undated;
    if (all == 0) {
      return ZERO;
    }
    if (all >>> SMALL_BITS != 0) {
      return new StateCounts(complete, overdue, due, notDue, undated);
    }
    int key =
        (int)
            (complete
                | overdue << SMALL_BITS
                | due << 2 * SMALL_BITS
                | notDue << 3 * SMALL_BITS
                | undated << 4 * SMALL_BITS);
    StateCounts c = SMALL[key];
    if (c == null) {
      c = new StateCounts(complete, overdue, due, notDue, undated);
      SMALL[key] = c;
    }
    return c;
  }
}
