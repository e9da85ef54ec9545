package org.improvementframework.history;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.improvementframework.io.json.PlanJson;
import org.improvementframework.metrics.ReportOptions;
import org.improvementframework.metrics.rag.RagPolicy;
import org.improvementframework.metrics.slippage.Slippage;
import org.improvementframework.model.ImprovementPlan;

/**
 * The history of a plan: the plan as it stood on each reporting date, recorded in a {@link
 * HistoryStore}, loaded back, compared and followed across the months.
 *
 * <pre>{@code
 * try (PlanHistory history = PlanHistory.inFolder(Path.of("plan-history"))) {
 *   history.record(marchPlan);                      // RECORDED, or UNCHANGED the second time
 *   Trend trend = history.trend(ReportOptions.defaults());
 *   trend.area(AreaRef.of(2)).forEach(p -> System.out.println(p.asAt() + " "
 *       + p.percentComplete() + " " + p.counts().overdue()));
 *   Slippage s = history.slippage(LocalDate.of(2015, 2, 28), LocalDate.of(2015, 3, 31));
 * }
 * }</pre>
 *
 * <p>A plan is recorded under its as-at date as its canonical JSON ({@link PlanJson}) with the
 * SHA-256 hash of that JSON: recording the same plan again does nothing, and a different plan for
 * a date already recorded is refused ({@link RecordConflictException}). Every record read back is
 * checked against its hash; one that fails is a {@link DamagedRecordException} naming its file or
 * row, or a warning when the history was opened {@link #skippingDamaged skipping damaged records}.
 *
 * <p>This class is immutable and thread-safe when its store is.
 */
public final class PlanHistory implements AutoCloseable {

  private final HistoryStore store;
  private final Consumer<DamagedRecordException> onDamaged;

  private PlanHistory(HistoryStore store, Consumer<DamagedRecordException> onDamaged) {
    this.store = store;
    this.onDamaged = onDamaged;
  }

  /**
   * Opens the history kept by a store, which then belongs to the history and is closed with it.
   *
   * @param store the store; not null
   * @return the history; not null
   */
  public static PlanHistory of(HistoryStore store) {
    return new PlanHistory(Objects.requireNonNull(store, "store"), null);
  }

  /**
   * Opens the history kept in a folder, created by the first recording if it does not exist.
   *
   * @param folder the folder; not null
   * @return the history; not null
   * @throws HistoryStoreException if the folder exists and is not a history store
   * @throws StoreVersionException if the store was written in a newer format
   */
  public static PlanHistory inFolder(Path folder) {
    return of(FolderHistoryStore.open(folder));
  }

  /**
   * Returns a view of this history that skips damaged records, telling the given consumer of each
   * one, instead of throwing.
   *
   * @param onDamaged told of each damaged record skipped; not null
   * @return the view over the same store; not null
   */
  public PlanHistory skippingDamaged(Consumer<DamagedRecordException> onDamaged) {
    return new PlanHistory(store, Objects.requireNonNull(onDamaged, "onDamaged"));
  }

  /**
   * Gets the store.
   *
   * @return the store; not null
   */
  public HistoryStore store() {
    return store;
  }

  /**
   * Records a plan as it stood on its as-at date. The record is written whole or not at all.
   *
   * @param plan the plan; not null
   * @return {@link RecordOutcome#RECORDED}, or {@link RecordOutcome#UNCHANGED} if this same plan
   *     was already recorded for its date; not null
   * @throws RecordConflictException if a different plan is recorded for the date
   * @throws HistoryStoreException if the store cannot be written
   */
  public RecordOutcome record(ImprovementPlan plan) {
    Objects.requireNonNull(plan, "plan");
    String json = PlanJson.write(plan);
    return store.record(plan.asAt(), Hashes.sha256(json), json);
  }

  /**
   * Lists the reporting dates recorded.
   *
   * @return the dates in order; not null
   * @throws HistoryStoreException if the store cannot be read
   */
  public List<LocalDate> dates() {
    return store.index().stream().map(RecordSummary::asAt).toList();
  }

  /**
   * Loads the plan as recorded for a date.
   *
   * @param asAt the reporting date; not null
   * @return the plan, or empty if the date is not recorded (or its record is damaged and this
   *     view skips damaged records); not null
   * @throws DamagedRecordException if the record is damaged
   * @throws HistoryStoreException if the store cannot be read
   */
  public Optional<ImprovementPlan> at(LocalDate asAt) {
    Objects.requireNonNull(asAt, "asAt");
    try {
      return store.read(asAt).flatMap(this::check);
    } catch (DamagedRecordException e) {
      return damaged(e);
    }
  }

  /**
   * Loads every recorded plan, in date order.
   *
   * @return the plans; not null
   * @throws DamagedRecordException if a record is damaged
   * @throws HistoryStoreException if the store cannot be read
   */
  public List<ImprovementPlan> plans() {
    List<ImprovementPlan> out = new ArrayList<>();
    forEachRecorded(out::add);
    return out;
  }

  /**
   * Finds the changes between the plans recorded on two dates, ranking RAG ratings by the
   * default policy.
   *
   * @param from the earlier date; not null
   * @param to the later date; not null
   * @return the slippage; not null
   * @throws IllegalArgumentException if a date is not recorded
   * @throws DamagedRecordException if a record is damaged
   */
  public Slippage slippage(LocalDate from, LocalDate to) {
    return slippage(from, to, RagPolicy.defaults());
  }

  /**
   * Finds the changes between the plans recorded on two dates.
   *
   * @param from the earlier date; not null
   * @param to the later date; not null
   * @param policy whose severity ranks RAG ratings; not null
   * @return the slippage; not null
   * @throws IllegalArgumentException if a date is not recorded
   * @throws DamagedRecordException if a record is damaged
   */
  public Slippage slippage(LocalDate from, LocalDate to, RagPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return Slippage.between(required(from), required(to), policy);
  }

  private ImprovementPlan required(LocalDate asAt) {
    return at(asAt)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no plan is recorded as at "
                        + asAt
                        + " in history store "
                        + store.location()
                        + "; recorded dates: "
                        + dates()));
  }

  /**
   * Works out the trend across every recorded date. The plans are read one at a time, so a long
   * history need not fit in memory.
   *
   * @param options how milestones are judged, RAG derived and rules run; not null
   * @return the trend; not null
   * @throws DamagedRecordException if a record is damaged
   * @throws HistoryStoreException if the store cannot be read
   */
  public Trend trend(ReportOptions options) {
    TrendBuilder builder = new TrendBuilder(options);
    forEachRecorded(builder::add);
    return builder.build();
  }

  private void forEachRecorded(Consumer<ImprovementPlan> sink) {
    for (RecordSummary s : store.index()) {
      at(s.asAt()).ifPresent(sink);
    }
  }

  private Optional<ImprovementPlan> check(StoredRecord record) {
    RecordSummary s = record.summary();
    try {
      ImprovementPlan plan =
          PlanJson.read(record.json(), PlanJson.Options.defaults().withSource(s.source())).value();
      if (!plan.asAt().equals(s.asAt())) {
        throw new DamagedRecordException(
            s.source(),
            s.asAt(),
            "the plan inside is as at " + plan.asAt() + ", not the date it is recorded under",
            null);
      }
      // Re-writing gives the canonical text whatever the store did to it (jsonb reorders keys).
      if (!Hashes.sha256(PlanJson.write(plan)).equals(s.sha256())) {
        throw new DamagedRecordException(
            s.source(),
            s.asAt(),
            "the plan is not the one recorded"
                + " (its SHA-256 differs from the index): it was changed after recording",
            null);
      }
      return Optional.of(plan);
    } catch (DamagedRecordException e) {
      return damaged(e);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // PlanFormatException and the model's own checks are IllegalArgumentExceptions.
      return damaged(
          new DamagedRecordException(
              s.source(),
              s.asAt(),
              "not a plan in the canonical JSON format: " + e.getMessage(),
              e));
    }
  }

  private Optional<ImprovementPlan> damaged(DamagedRecordException e) {
    if (onDamaged == null) {
      throw e;
    }
    onDamaged.accept(e);
    return Optional.empty();
  }

  /**
   * Closes the store.
   */
  @Override
  public void close() {
    store.close();
  }
}
