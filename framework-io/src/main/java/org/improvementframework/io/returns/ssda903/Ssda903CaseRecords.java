package org.improvementframework.io.returns.ssda903;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.improvementframework.io.InputLimitException;
import org.improvementframework.io.InputLimits;
import org.improvementframework.io.PlanFormatException;
import org.improvementframework.io.ReadWarning;
import org.improvementframework.model.DateRange;
import org.improvementframework.model.casework.Adoption;
import org.improvementframework.model.casework.CareLeaverActivity;
import org.improvementframework.model.casework.LookedAfterOutcomes;
import org.improvementframework.model.casework.LookedAfterPeriod;
import org.improvementframework.model.casework.MissingEpisode;
import org.improvementframework.model.casework.Placement;

/**
 * The case records an SSDA903 return holds, derived as the DfE's specification defines its
 * fields.
 *
 * <ul>
 *   <li><b>Periods of care</b>: a child's episodes in {@code DECOM} order; a period starts with an
 *       episode whose {@code RNE} is {@code S} ("started to be looked after") or with the child's
 *       first episode, and ends on the {@code DEC} of an episode whose {@code REC} is not
 *       {@code X1} ("episode ceases, and new episode begins on same day"); open if the last
 *       episode has no {@code DEC}. The date of birth is the child's Header {@code DOB}; a child
 *       without a Header row is left out with a warning.</li>
 *   <li><b>Placements</b>: a new placement starts with {@code RNE} {@code S}, {@code P} (change of
 *       placement and carer only) or {@code T} (change of legal status and of placement and
 *       carer); {@code L}, {@code B} and {@code U} change the legal status or the placement with
 *       the same carer, so the placement goes on. Its type is the first episode's
 *       {@code PLACE}; it is a short break when that episode's {@code LS} is {@code V3} or
 *       {@code V4}.</li>
 *   <li><b>Care leavers</b>: each OC3 row, on the birthday ({@code DOB} plus 17 to 21 years) that
 *       falls in the collection year, with {@code IN_TOUCH}, {@code ACTIV} and
 *       {@code ACCOM}.</li>
 *   <li><b>Missing episodes</b>: Missing rows with {@code MISSING} {@code M}; the return holds no
 *       return interviews, so none is offered or held in these records.</li>
 *   <li><b>Adoptions</b>: a period of care ending with {@code REC} {@code E11} or {@code E12}
 *       (adopted); moved in on the {@code DECOM} of the period's first episode with
 *       {@code PLACE} {@code A3} to {@code A6} (placed for adoption); placement order on the first
 *       {@code DECOM} with {@code LS} {@code E1} or {@code D1}; matched on the AD1
 *       {@code DATE_MATCH}; a foster placement with the adopters ({@code A3}/{@code A4}, placed
 *       with the current foster carers) starts with the placement before.</li>
 *   <li><b>Outcomes</b>: each OC2 row (children looked after continuously for 12 months at 31
 *       March) as {@link LookedAfterOutcomes}: {@code 1} is yes, {@code 0} no, a blank or
 *       another code unknown; an {@code SDQ_SCORE} outside 0 to 40 is a located warning and the
 *       row is left out. The children of the UASC table are given by id
 *       ({@link Sink#unaccompanied(String)}).</li>
 * </ul>
 *
 * <p>Two ways in: {@link #from(Ssda903Return, DateRange)} derives the records of a return read
 * whole and keeps them; {@link #stream(Path, DateRange, InputLimits, Sink)} reads a folder row by
 * row and gives each record to a {@link Sink} as soon as it is known, keeping only what the
 * records need: a child's date of birth and match date, and about 40 bytes per episode (the
 * episodes of a child may be anywhere in the file, so they are kept until the end). Both give
 * the same records and warnings. Periods, placements and adoptions come child by child (a
 * child's records together), children in the order they are first met, Header rows first.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param periods the periods of care; not null
 * @param placements the placements; not null
 * @param careLeavers the care leavers' activity records; not null
 * @param missingEpisodes the missing episodes (without return interviews, which the return does
 *     not hold); not null
 * @param adoptions the adoptions; not null
 * @param outcomes the OC2 outcomes of the children looked after continuously for 12 months; not
 *     null
 * @param unaccompanied the ids of the children in the UASC table, each once, in the order first
 *     read; not null
 * @param warnings what could not be derived, located in the return; not null
 */
public record Ssda903CaseRecords(
    List<LookedAfterPeriod> periods,
    List<Placement> placements,
    List<CareLeaverActivity> careLeavers,
    List<MissingEpisode> missingEpisodes,
    List<Adoption> adoptions,
    List<LookedAfterOutcomes> outcomes,
    List<String> unaccompanied,
    List<ReadWarning> warnings) {

  /**
   * Receives the case records of a return as they are derived: each record, whatever its type,
   * through {@link #record(Record)}, and the ids of the UASC table through {@link
   * #unaccompanied(String)}.
   *
   * <p>A sink is a lambda that tells the types apart with patterns:
   *
   * <pre>{@code
   * Sink sink = r -> {
   *   if (r instanceof Placement p) {
   *     moves.add(p);
   *   }
   * };
   * }</pre>
   *
   * <p>or is built with a handler per type ({@link #builder()}). The records given are of the
   * types listed by {@link #RECORD_TYPES}.
   */
  @FunctionalInterface
  public interface Sink {

    /**
     * The types of the records a return gives: {@link LookedAfterPeriod}, {@link Placement},
     * {@link CareLeaverActivity}, {@link MissingEpisode}, {@link Adoption} and {@link
     * LookedAfterOutcomes}.
     */
    List<Class<? extends Record>> RECORD_TYPES =
        List.of(
            LookedAfterPeriod.class,
            Placement.class,
            CareLeaverActivity.class,
            MissingEpisode.class,
            Adoption.class,
            LookedAfterOutcomes.class);

    /**
     * Receives one record.
     *
     * @param record the record, of one of the {@link #RECORD_TYPES}; not null
     */
    void record(Record record);

    /**
     * Receives the id of a child in the UASC table (an unaccompanied asylum-seeking child). Does
     * nothing by default.
     *
     * @param childId the child's id; not null
     */
    default void unaccompanied(String childId) {}

    /**
     * Obtains a builder of a sink that gives each record to the handler of its type.
     *
     * @return a new builder; not null
     */
    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a sink from a handler per record type, a handler of the other records and one of
     * the UASC ids; each left out does nothing. Not thread-safe; the sink it builds is as
     * thread-safe as its handlers.
     */
    final class Builder {
      private final Map<Class<?>, Consumer<Object>> handlers = new LinkedHashMap<>();
      private Consumer<? super Record> otherwise = r -> {};
      private Consumer<? super String> unaccompanied = id -> {};

      private Builder() {}

      /**
       * Gives the records of one type to a handler.
       *
       * @param <T> the record type
       * @param type one of the {@link #RECORD_TYPES}; not null
       * @param handler receives each record of that type; not null
       * @return this builder
       * @throws IllegalArgumentException if the type is not one of the {@link #RECORD_TYPES}, or
       *     already has a handler
       * @throws NullPointerException if an argument is null
       */
      @SuppressWarnings("unchecked")
      public <T extends Record> Builder on(Class<T> type, Consumer<? super T> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        if (!RECORD_TYPES.contains(type)) {
          throw new IllegalArgumentException(
              "an SSDA903 return gives no "
                  + type.getSimpleName()
                  + "; expected one of "
                  + RECORD_TYPES.stream().map(Class::getSimpleName).toList());
        }
        if (handlers.putIfAbsent(type, (Consumer<Object>) handler) != null) {
          throw new IllegalArgumentException(
              "the records of type " + type.getSimpleName() + " already have a handler");
        }
        return this;
      }

      /**
       * Gives the records of every type without its own handler to one handler.
       *
       * @param handler receives each such record; not null
       * @return this builder
       * @throws NullPointerException if the handler is null
       */
      public Builder otherwise(Consumer<? super Record> handler) {
        this.otherwise = Objects.requireNonNull(handler, "handler");
        return this;
      }

      /**
       * Gives the ids of the UASC table to a handler.
       *
       * @param handler receives each child's id, once per UASC row; not null
       * @return this builder
       * @throws NullPointerException if the handler is null
       */
      public Builder unaccompanied(Consumer<? super String> handler) {
        this.unaccompanied = Objects.requireNonNull(handler, "handler");
        return this;
      }

      /**
       * Builds the sink; later changes to this builder do not change it.
       *
       * @return the sink; not null
       */
      public Sink build() {
        return new TypedSink(handlers, otherwise, unaccompanied);
      }
    }
  }

  /** Whose periods of care, placements and adoptions a stream gives. */
  public enum Children {
    /** Every child with episodes. */
    ALL,
    /**
     * Only children looked after on some day of the collection year (a period of care starting
     * on or before its last day and not ending before its first): all that the placement
     * stability and adoption measures of the year read, since a child with no such period is
     * neither counted nor excluded by them.
     */
    LOOKED_AFTER_IN_YEAR
  }

  /**
   * Creates the records, copying each list.
   *
   * @param periods the periods of care; not null
   * @param placements the placements; not null
   * @param careLeavers the care leavers' activity records; not null
   * @param missingEpisodes the missing episodes; not null
   * @param adoptions the adoptions; not null
   * @param outcomes the OC2 outcomes; not null
   * @param unaccompanied the ids of the unaccompanied children; not null
   * @param warnings the warnings; not null
   * @throws NullPointerException if an argument or an element is null
   */
  public Ssda903CaseRecords {
    periods = List.copyOf(periods);
    placements = List.copyOf(placements);
    careLeavers = List.copyOf(careLeavers);
    missingEpisodes = List.copyOf(missingEpisodes);
    adoptions = List.copyOf(adoptions);
    outcomes = List.copyOf(outcomes);
    unaccompanied = List.copyOf(unaccompanied);
    warnings = List.copyOf(warnings);
  }

  /**
   * Derives the case records of a return for a collection year.
   *
   * @param r the return; not null
   * @param year the collection year, 1 April to 31 March; not null
   * @return the records; not null
   * @throws NullPointerException if an argument is null
   */
  public static Ssda903CaseRecords from(Ssda903Return r, DateRange year) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(year, "year");
    Kept kept = new Kept();
    Ssda903Derivation d = new Ssda903Derivation(year, false, kept, kept.warnings::add);
    for (Ssda903Table t : Ssda903Table.values()) {
      r.rows(t).forEach(d::accept);
    }
    d.finish();
    return new Ssda903CaseRecords(
        kept.all(LookedAfterPeriod.class),
        kept.all(Placement.class),
        kept.all(CareLeaverActivity.class),
        kept.all(MissingEpisode.class),
        kept.all(Adoption.class),
        kept.all(LookedAfterOutcomes.class),
        List.copyOf(kept.unaccompanied),
        kept.warnings);
  }

  /**
   * Reads an SSDA903 folder as {@link Ssda903Return#readFolder(Path, InputLimits, int)} does for
   * the year's collection year (codes checked against its lists), giving
   * the case records of a collection year to a sink without keeping the return: for national
   * extracts of millions of episodes.
   *
   * @param folder the folder of the return's CSV files; not null
   * @param year the collection year, 1 April to 31 March; not null
   * @param limits the limits; {@code maxInputBytes} applies to each file; not null
   * @param sink receives each record; not null
   * @return the rows read per table, the rows skipped and the warnings; not null
   * @throws PlanFormatException if a file's header lacks a required column or its CSV is broken
   * @throws InputLimitException if a file exceeds the limits
   * @throws UncheckedIOException if the folder or a file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Ssda903Summary stream(Path folder, DateRange year, InputLimits limits, Sink sink) {
    return stream(folder, year, limits, Children.ALL, sink);
  }

  /**
   * Reads an SSDA903 folder as {@link #stream(Path, DateRange, InputLimits, Sink)} does, giving
   * the periods of care, placements and adoptions of the chosen children only; care leavers and
   * missing episodes are given whatever the choice.
   *
   * @param folder the folder of the return's CSV files; not null
   * @param year the collection year, 1 April to 31 March; not null
   * @param limits the limits; {@code maxInputBytes} applies to each file; not null
   * @param children whose periods, placements and adoptions the sink receives; not null
   * @param sink receives each record; not null
   * @return the rows read per table, the rows skipped and the warnings; not null
   * @throws PlanFormatException if a file's header lacks a required column or its CSV is broken
   * @throws InputLimitException if a file exceeds the limits
   * @throws UncheckedIOException if the folder or a file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Ssda903Summary stream(
      Path folder, DateRange year, InputLimits limits, Children children, Sink sink) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(children, "children");
    Objects.requireNonNull(sink, "sink");
    Map<Ssda903Table, Long> rows = new EnumMap<>(Ssda903Table.class);
    List<PlanFormatException> problems = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    Ssda903Derivation d =
        new Ssda903Derivation(year, children == Children.LOOKED_AFTER_IN_YEAR, sink, warnings::add);
    Ssda903Folder.read(
        folder,
        limits,
        year.end().getYear(),
        row -> {
          rows.merge(row.table(), 1L, Long::sum);
          d.accept(row);
        },
        problems::add,
        warnings::add);
    d.finish();
    return new Ssda903Summary(rows, d.children(), problems, warnings);
  }

  /** A sink that keeps every record, for {@link #from(Ssda903Return, DateRange)}. */
  private static final class Kept implements Sink {
    // every record in the order derived; each list of the result picks its type
    private final List<Record> records = new ArrayList<>();
    private final Set<String> unaccompanied = new LinkedHashSet<>();
    private final List<ReadWarning> warnings = new ArrayList<>();

    @Override
    public void record(Record record) {
      records.add(record);
    }

    @Override
    public void unaccompanied(String childId) {
      unaccompanied.add(childId);
    }

    <T> List<T> all(Class<T> type) {
      return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }
}
