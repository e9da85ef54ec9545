package org.improvementframework.io.returns.ssda903;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A sink that gives each record to the handler of its class: what {@link
 * Ssda903CaseRecords.Sink#builder()} builds.
 *
 * <p>The record types are final (records), so a record's class is compared by identity with the
 * six types; a scan of six references makes no object per record, which matters for national
 * extracts of millions of episodes.
 */
final class TypedSink implements Ssda903CaseRecords.Sink {
  private static final Class<?>[] TYPES = RECORD_TYPES.toArray(new Class<?>[0]);

  // aligned with TYPES: the handler of each type, or the one of the other records
  private final Consumer<Object>[] handlers;
  private final Consumer<? super Record> otherwise;
  private final Consumer<? super String> unaccompanied;

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type has no other form
  TypedSink(
      Map<Class<?>, Consumer<Object>> byType,
      Consumer<? super Record> otherwise,
      Consumer<? super String> unaccompanied) {
    this.otherwise = otherwise;
    this.unaccompanied = unaccompanied;
    Consumer<Object> rest = r -> otherwise.accept((Record) r);
    handlers = new Consumer[TYPES.length];
    for (int i = 0; i < TYPES.length; i++) {
      handlers[i] = byType.getOrDefault(TYPES[i], rest);
    }
  }

  @Override
  public void record(Record record) {
    Class<?> type = record.getClass();
    for (int i = 0; i < TYPES.length; i++) {
      if (TYPES[i] == type) {
        handlers[i].accept(record);
        return;
      }
    }
    // a caller's own record, given by hand: it has no handler of its type
    otherwise.accept(record);
  }

  @Override
  public void unaccompanied(String childId) {
    unaccompanied.accept(childId);
  }
}
