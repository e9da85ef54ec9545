package org.improvementframework.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes files whole or not at all: the content goes to a temporary file in the target's folder,
 * which is then moved over the target in one step. On any failure, or if the process is killed
 * while writing, the old file is left as it was; the temporary file is removed on failure (a
 * killed process can leave one, named {@code .NAME.*.tmp}, never the target half-written).
 *
 * <p>Every writer of the library that writes to a path goes through this class.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes what a function writes to a stream as the new content of a file.
   *
   * @param target the file to write; its folder must exist; not null
   * @param content writes the content to the stream given, which it must not close; not null
   * @throws IOException if the temporary file cannot be written or moved; the target is unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(new UnclosableOutputStream(out));
      }
      move(temp, absolute);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // A file system without atomic rename (rare for a temp file in the same folder): replacing
      // is still done in one call, and the temp file holds the whole content before it.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream to write to; closing it has no effect; not null
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Keeps a writer from closing the file before it is moved into place. */
  private static final class UnclosableOutputStream extends FilterOutputStream {
    UnclosableOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
