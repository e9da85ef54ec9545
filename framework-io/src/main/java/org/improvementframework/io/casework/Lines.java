package org.improvementframework.io.casework;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Counts physical lines as io's tokenizer does: a line ends at LF, CR LF or a lone CR. */
final class Lines {

  private Lines() {}

  /** The line breaks in the first {@code upTo} bytes of a file. */
  static long count(FileChannel ch, long upTo) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long lines = 0;
    boolean cr = false;
    for (long pos = 0; pos < upTo; ) {
      buf.clear();
      buf.limit((int) Math.min(buf.capacity(), upTo - pos));
      int n = ch.read(buf, pos);
      if (n <= 0) {
        throw new IOException("the file was cut short while being read");
      }
      byte[] a = buf.array();
      for (int i = 0; i < n; i++) {
        byte c = a[i];
        if (c == '\n') {
          lines += cr ? 0 : 1;
        } else if (c == '\r') {
          lines++;
        }
        cr = c == '\r';
      }
      pos += n;
    }
    return lines;
  }
}
