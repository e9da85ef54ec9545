package org.improvementframework.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the records of a history are kept: at most one per reporting date. {@link PlanHistory}
 * makes the canonical JSON and its hash and checks what comes back; a store only keeps them,
 * writing each record whole or not at all.
 *
 * <p>The library has two: {@link FolderHistoryStore} and {@link JdbcHistoryStore}. Implementations
 * must be safe for use by several threads.
 */
public interface HistoryStore extends AutoCloseable {

  /**
   * Keeps a record for a date, unless one is there already.
   *
   * @param asAt the reporting date; not null
   * @param sha256 the hash of the canonical JSON; not null
   * @param canonicalJson the plan's canonical JSON; not null
   * @return {@link RecordOutcome#RECORDED}, or {@link RecordOutcome#UNCHANGED} when a record with
   *     the same hash is there; not null
   * @throws RecordConflictException if a record with another hash is there for the date
   * @throws HistoryStoreException if the store cannot be written; nothing is then kept
   */
  RecordOutcome record(LocalDate asAt, String sha256, String canonicalJson);

  /**
   * Lists the records, in date order.
   *
   * @return the index entries; not null
   * @throws HistoryStoreException if the store cannot be read
   */
  List<RecordSummary> index();

  /**
   * Reads the record of a date.
   *
   * @param asAt the reporting date; not null
   * @return the record, or empty if none is kept for the date; not null
   * @throws DamagedRecordException if the index lists the date but its record cannot be read
   * @throws HistoryStoreException if the store cannot be read
   */
  Optional<StoredRecord> read(LocalDate asAt);

  /**
   * Describes where the store is, for messages: a folder or a database without its password.
   *
   * @return the description; not null
   */
  String location();

  /**
   * Releases what the store holds open; a store over a folder or a data source holds nothing.
   */
  @Override
  void close();
}
