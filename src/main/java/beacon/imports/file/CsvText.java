package beacon.imports.file;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a CSV file as Excel and councils' systems save it: UTF-8 with or without a byte order
 * mark, or Windows-1252 (Excel's "CSV (Comma delimited)" on a UK machine) when the first 64 KB are
 * not valid UTF-8; and its separator, a comma, semicolon or tab, whichever the header line uses
 * most.
 */
final class CsvText {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SAMPLE = 64 * 1024;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Reader reader;
  private final Charset charset;
  private final char separator;

  private CsvText(Reader reader, Charset charset, char separator) {
    this.reader = reader;
    this.charset = charset;
    this.separator = separator;
  }

  static CsvText of(InputStream bytes) throws IOException {
    BufferedInputStream in = new BufferedInputStream(bytes, SAMPLE + BOM.length);
    in.mark(SAMPLE + BOM.length);
    byte[] sample = in.readNBytes(SAMPLE + BOM.length);
    in.reset();
    boolean bom = sample.length >= 3 && Arrays.equals(Arrays.copyOf(sample, 3), BOM);
    if (bom) {
      in.skipNBytes(BOM.length);
    }
    Charset charset = bom || validUtf8(sample) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), SAMPLE);
    reader.mark(SAMPLE);
    char separator = separatorOf(headerLine(reader));
    reader.reset();
    return new CsvText(reader, charset, separator);
  }

  Reader reader() {
    return reader;
  }

  Charset charset() {
    return charset;
  }

  char separator() {
    return separator;
  }

  /**
   * Whether the sample is UTF-8; a character cut off by the end of the sample is no sign that it is
   * not.
   */
  private static boolean validUtf8(byte[] sample) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result =
        decoder.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), false);
    return !result.isError();
  }

  /** The first line that is not blank, up to its end outside quotes (at most the sample). */
  private static String headerLine(Reader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    boolean quoted = false;
    int c;
    while (line.length() < SAMPLE - 1 && (c = reader.read()) >= 0) {
      if (c == '"') {
        quoted = !quoted;
      } else if ((c == '\n' || c == '\r') && !quoted) {
        if (!line.toString().isBlank()) {
          break;
        }
      } else if (!quoted) {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /** The separator the header line uses most: a comma unless it has more semicolons or tabs. */
  static char separatorOf(String headerLine) {
    char best = ',';
    long most = headerLine.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = headerLine.chars().filter(c -> c == candidate).count();
      if (count > most) {
        best = candidate;
        most = count;
      }
    }
    return best;
  }
}
