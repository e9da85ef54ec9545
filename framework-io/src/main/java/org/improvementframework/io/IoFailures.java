package org.improvementframework.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns an I/O failure on a file into a message that gives its reason. The JDK's exceptions for
 * files often carry only the file name as their message ({@code NoSuchFileException: out.json}),
 * which made messages such as "cannot write out.json: out.json".
 */
public final class IoFailures {

  private IoFailures() {}

  /**
   * Gets the reason of an I/O failure in words, such as {@code no such file or folder} or
   * {@code permission denied}.
   *
   * @param e the failure; not null
   * @return the reason; not null
   */
  public static String reason(IOException e) {
    Objects.requireNonNull(e, "e");
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder that is not empty";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * Wraps a failure to read a file in an {@link UncheckedIOException} whose message says which
   * file and why.
   *
   * @param path the file; not null
   * @param e the failure; not null
   * @return the exception to throw; not null
   */
  public static UncheckedIOException cannotRead(Path path, IOException e) {
    return new UncheckedIOException("cannot read " + path + ": " + reason(e), e);
  }

  /**
   * Wraps a failure to write a file in an {@link UncheckedIOException} whose message says which
   * file and why; the file is as it was before (see {@link AtomicFiles}).
   *
   * @param path the file; not null
   * @param e the failure; not null
   * @return the exception to throw; not null
   */
  public static UncheckedIOException cannotWrite(Path path, IOException e) {
    return new UncheckedIOException(
        "cannot write " + path + ": " + reason(e) + " (the file is unchanged)", e);
  }
}
