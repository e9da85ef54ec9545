package org.improvementframework.io.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.IntToLongFunction;

/**
 * Puts the parts of a {@link FileParts} reading together as one thread's reading would have
 * given them: accumulators merged in file order, problems in file order with their rows counted
 * in the file, and the first failure in file order thrown.
 */
final class Outcomes {

  private Outcomes() {}

  /**
   * Combines the parts before {@code used}; {@code linesBefore} gives the lines of the file
   * before a part's first byte, asked only when a part has something to renumber.
   */
  static <A> FileParts.Result<A> combine(
      List<FileParts.Part<A>> parts,
      int used,
      BinaryOperator<A> merge,
      String source,
      IntToLongFunction linesBefore) {
    List<CaseRecordFormatException> problems = new ArrayList<>();
    A value = parts.get(0).into;
    for (int k = 0; k < Math.min(used, parts.size()); k++) {
      FileParts.Part<A> p = parts.get(k);
      // a later part starts with the header's line, then the line after the cut
      long shift =
          k == 0 || (p.failure == null && p.problems.isEmpty())
              ? 0
              : linesBefore.applyAsLong(k) - 1;
      if (p.failure != null) {
        throw rethrown(p.failure, shift, source);
      }
      for (CaseRecordFormatException e : p.problems) {
        problems.add(shifted(e, shift));
      }
      if (k > 0) {
        value = merge.apply(value, p.into);
      }
    }
    return new FileParts.Result<>(value, problems);
  }

  private static RuntimeException rethrown(Throwable failure, long shift, String source) {
    if (failure instanceof CaseRecordFormatException e) {
      return shifted(e, shift);
    }
    if (failure instanceof RuntimeException e) {
      return e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return new UncheckedIOException("cannot read " + source, (IOException) failure);
  }

  static CaseRecordFormatException shifted(CaseRecordFormatException e, long shift) {
    if (shift == 0) {
      return e;
    }
    long row = e.row() + shift;
    return e instanceof SkippedRowException
        ? new SkippedRowException(e.source(), row, e.column(), e.expected())
        : new CaseRecordFormatException(e.source(), row, e.column(), e.expected());
  }
}
