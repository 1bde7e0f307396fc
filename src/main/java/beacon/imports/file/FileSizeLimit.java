package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The largest file an import reads. A file over it is refused before it is parsed: by its length
 * when the length is known, otherwise as soon as more bytes than the limit have been read.
 */
public record FileSizeLimit(long bytes) {

  private static final long KB = 1024;
  private static final long MB = KB * KB;

  public FileSizeLimit {
    if (bytes <= 0) {
      throw new IllegalArgumentException("A file size limit must be above 0 bytes");
    }
  }

  public static FileSizeLimit megabytes(long megabytes) {
    return new FileSizeLimit(megabytes * MB);
  }

  /** Refuses a file whose length is known (an upload's size) before reading any of it. */
  public void refuseIfOver(String fileName, long length) {
    if (length > bytes) {
      throw tooLarge(fileName);
    }
  }

  /** The file's bytes, refused with {@link UnreadableFileException} once the limit is passed. */
  InputStream counting(String fileName, InputStream content) {
    return new FilterInputStream(content) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
      }

      private void count(long n) {
        read += n;
        if (read > bytes) {
          throw tooLarge(fileName);
        }
      }
    };
  }

  private UnreadableFileException tooLarge(String fileName) {
    return new UnreadableFileException(
        ImportProblem.inFile(fileName, "the file is larger than the " + this + " limit"));
  }

  /** "50 MB", "64 KB" or "1000 bytes". */
  @Override
  public String toString() {
    if (bytes % MB == 0) {
      return bytes / MB + " MB";
    }
    if (bytes % KB == 0) {
      return bytes / KB + " KB";
    }
    return bytes + " bytes";
  }
}
