package org.improvementframework.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources of this package. */
public final class TestFiles {

  private TestFiles() {}

  public static byte[] bytes(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** An input stream of a prefix followed by a repeated filler, never held in memory at once. */
  public static InputStream endless(String prefix, String filler, long totalBytes) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] fill = filler.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= totalBytes) {
          return -1;
        }
        long p = position++;
        return p < head.length ? head[(int) p] : fill[(int) ((p - head.length) % fill.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= totalBytes) {
          return -1;
        }
        int n = (int) Math.min(len, totalBytes - position);
        for (int i = 0; i < n; i++) {
          long p = position + i;
          b[off + i] =
              p < head.length ? head[(int) p] : fill[(int) ((p - head.length) % fill.length)];
        }
        position += n;
        return n;
      }
    };
  }
}
