package org.improvementframework.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes files whole or not at all: the content goes to a temporary file in the target's folder,
 * which is then moved over the target in one step. On any failure, or if the process is killed
 * while writing, the old file is left as it was; the temporary file is removed on failure. A
 * killed process cannot remove its temporary file ({@code .NAME.*.tmp}); the next write of the
 * same target removes it. Each writer holds a lock on its temporary file while it writes, so that
 * a temporary file is removed only when the process that wrote it is gone (the lock of a dead
 * process is released by the operating system), never while another process is writing it.
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
  @SuppressWarnings("try") // the lock is held by the try, not used in it
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    removeStaleTemporaryFiles(folder, name);
    Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        // Not closed by itself: closing it would close the channel before the lock's release.
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(new UnclosableOutputStream(out));
        out.flush();
        // On disk before the rename, so that a power cut cannot leave the new name empty.
        channel.force(true);
      }
      move(temp, absolute);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Removes the temporary files of earlier writes of the same target that a killed process left.
   * A file whose lock cannot be taken is being written by a live process and is left alone.
   */
  /**
   * Writes a file as {@link #write(Path, Content)} does, for the writers of the library whose
   * methods promise unchecked exceptions: a failure of the file or of the content's stream is an
   * {@link UncheckedIOException} naming the file and the reason; the target is unchanged.
   *
   * @param target the file to write; its folder must exist; not null
   * @param content writes the content to the stream given, which it must not close; not null
   * @throws UncheckedIOException if the file cannot be written, giving the reason
   */
  public static void writeOrFail(Path target, Content content) {
    try {
      write(target, content);
    } catch (IOException e) {
      throw IoFailures.cannotWrite(target, e);
    } catch (UncheckedIOException e) {
      throw e.getCause() != null ? IoFailures.cannotWrite(target, e.getCause()) : e;
    }
  }

  private static void removeStaleTemporaryFiles(Path folder, String name) throws IOException {
    String prefix = "." + name + ".";
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(
            folder,
            p -> {
              String n = p.getFileName().toString();
              return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
            })) {
      for (Path stale : files) {
        removeIfUnlocked(stale);
      }
    } catch (NoSuchFileException e) {
      // A missing folder fails below, when the temporary file is created, with the reason.
    }
  }

  private static void removeIfUnlocked(Path stale) {
    try (FileChannel channel = FileChannel.open(stale, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        Files.deleteIfExists(stale);
        lock.release();
      }
    } catch (OverlappingFileLockException e) {
      // Held by a writer in this process: in use.
    } catch (IOException e) {
      // Not ours to judge (no permission, gone meanwhile): leave it.
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
