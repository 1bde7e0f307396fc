package beacon.imports.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * An XML part's bytes, refused as they are read when one piece of markup (a tag with its
 * attributes, a comment, a CDATA section, a processing instruction) is longer than the limit, when
 * the part declares a document type, or when it is not written in UTF-8. The XML reader holds each
 * piece of markup whole, while the text between tags it gives a little at a time: with every piece
 * bounded, so is what reading the part holds.
 *
 * <p>The bytes are followed as XML's grammar nests them: a {@code >} inside a quoted attribute
 * value or a comment does not end the tag. In UTF-8 the bytes of {@code < > " ' ! ? - ]} are those
 * characters and no others.
 */
final class MarkupLimit extends FilterInputStream {

  private enum State {
    TEXT,
    OPENED,
    BANG,
    BANG_DASH,
    TAG,
    QUOTED,
    COMMENT,
    CDATA,
    INSTRUCTION
  }

  private final FileSizeLimit limit;
  private final Function<String, ? extends RuntimeException> refusal;
  private State state = State.TEXT;
  private int quote;
  private long length;
  private int previous;
  private int beforePrevious;
  private long position;
  private int first;

  /**
   * @param refusal the exception to throw, given what is wrong with the part: "has a tag of more
   *     than 1 MB"
   */
  MarkupLimit(
      InputStream xml, FileSizeLimit limit, Function<String, ? extends RuntimeException> refusal) {
    super(xml);
    this.limit = limit;
    this.refusal = refusal;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      scan(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    for (int i = 0; i < n; i++) {
      scan(buffer[offset + i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] skipped = new byte[(int) Math.min(n, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  private void scan(int c) {
    if (position++ < 2) {
      encoding(c);
    }
    State before = state;
    switch (state) {
      case TEXT -> {
        if (c == '<') {
          state = State.OPENED;
          length = 0;
        }
      }
      case OPENED -> {
        if (c == '!') {
          state = State.BANG;
        } else if (c == '?') {
          state = State.INSTRUCTION;
        } else {
          state = State.TAG;
          tag(c);
        }
      }
      case BANG -> {
        if (c == '-') {
          state = State.BANG_DASH;
        } else if (c == '[') {
          state = State.CDATA;
        } else {
          throw refusal.apply("declares a document type");
        }
      }
      // "<!-" not followed by "-" is not XML, which the XML reader refuses
      case BANG_DASH -> state = c == '-' ? State.COMMENT : State.TAG;
      case TAG -> tag(c);
      case QUOTED -> {
        if (c == quote) {
          state = State.TAG;
        }
      }
      case COMMENT -> ends(c, '-', '-');
      case CDATA -> ends(c, ']', ']');
      case INSTRUCTION -> ends(c, '?', -1);
    }
    if (state != before
        && (state == State.COMMENT || state == State.CDATA || state == State.INSTRUCTION)) {
      // what ends it is counted from after what opened it: "<!-->" does not end a comment
      previous = 0;
      beforePrevious = 0;
    } else {
      beforePrevious = previous;
      previous = c;
    }
    if (state != State.TEXT && ++length > limit.bytes()) {
      throw refusal.apply("has a tag of more than " + limit);
    }
  }

  private void tag(int c) {
    if (c == '"' || c == '\'') {
      state = State.QUOTED;
      quote = c;
    } else if (c == '>') {
      state = State.TEXT;
    }
  }

  /** Back to text at a {@code >} after the two characters given (-1: any). */
  private void ends(int c, int secondLast, int thirdLast) {
    if (c == '>' && previous == secondLast && (thirdLast < 0 || beforePrevious == thirdLast)) {
      state = State.TEXT;
    }
  }

  /** Refuses UTF-16, by its byte order mark or the zero byte of its first "<". */
  private void encoding(int c) {
    if (position == 1) {
      first = c;
      return;
    }
    boolean utf16 =
        (first == 0xFE && c == 0xFF)
            || (first == 0xFF && c == 0xFE)
            || (first == 0 && c == '<')
            || (first == '<' && c == 0);
    if (utf16) {
      throw refusal.apply("is not written in UTF-8");
    }
  }
}
