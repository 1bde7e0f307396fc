package beacon.imports.file;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * A workbook's shared strings: the texts its cells name by number, each kept once however many
 * cells show it. They are written to a temporary file as they are read, with where each begins in
 * another, and read back by number, so a workbook of a million distinct texts takes no more memory
 * than one of ten. A text longer than an Excel cell holds is kept to one character more than that,
 * so that the cell showing it is said to be too long.
 */
final class SharedStringsFile implements AutoCloseable {

  /** Excel writes the characters XML cannot hold as _xHHHH_ (a carriage return as _x000D_). */
  private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /** An escaped text is up to seven times as long as the text. */
  private static final int MOST_READ = 7 * (WorkbookLimits.CELL_CHARACTERS + 1);

  private static final int CACHED = 4096;
  private static final int CACHED_LENGTH = 64;

  private final Path texts;
  private final Path starts;
  private final FileChannel textChannel;
  private final FileChannel startChannel;
  private final long count;
  private final long textBytes;
  private final String[] cache = new String[CACHED];
  private final int[] cachedNumber = new int[CACHED];
  private final ByteBuffer bounds = ByteBuffer.allocate(16);
  private ByteBuffer text = ByteBuffer.allocate(256);

  private SharedStringsFile(Path texts, Path starts, long count, long textBytes)
      throws IOException {
    this.texts = texts;
    this.starts = starts;
    this.count = count;
    this.textBytes = textBytes;
    this.textChannel = texts == null ? null : FileChannel.open(texts, StandardOpenOption.READ);
    this.startChannel = starts == null ? null : FileChannel.open(starts, StandardOpenOption.READ);
    Arrays.fill(cachedNumber, -1);
  }

  /** A workbook with no shared strings. */
  static SharedStringsFile none() {
    try {
      return new SharedStringsFile(null, null, 0, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the shared strings part to its end, keeping its texts in temporary files. */
  static SharedStringsFile read(InputStream part) throws IOException, XMLStreamException {
    Path texts = Files.createTempFile("beacon-import-texts-", ".bin");
    Path starts = null;
    try {
      starts = Files.createTempFile("beacon-import-starts-", ".bin");
      long count = 0;
      long offset = 0;
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(part);
      try (OutputStream textOut = new BufferedOutputStream(Files.newOutputStream(texts));
          DataOutputStream startOut =
              new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(starts)))) {
        StringBuilder item = new StringBuilder();
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
            item.setLength(0);
            readItem(xml, item);
            byte[] bytes = kept(item).getBytes(StandardCharsets.UTF_8);
            startOut.writeLong(offset);
            textOut.write(bytes);
            offset += bytes.length;
            count++;
          }
        }
      } finally {
        xml.close();
      }
      return new SharedStringsFile(texts, starts, count, offset);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      delete(texts);
      delete(starts);
      throw e;
    }
  }

  /**
   * One shared string: the text of its runs, without the phonetic guides that Excel does not show
   * in the cell.
   */
  private static void readItem(XMLStreamReader xml, StringBuilder item) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "si".equals(xml.getLocalName())) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if ("t".equals(xml.getLocalName())) {
          XmlText.append(xml, item, MOST_READ);
        } else if ("rPh".equals(xml.getLocalName())) {
          XmlText.skip(xml);
        }
      }
    }
  }

  /** The text as Excel shows it, to one character more than a cell holds. */
  private static String kept(CharSequence item) {
    String text = unescaped(item);
    int most = WorkbookLimits.CELL_CHARACTERS + 1;
    return text.length() > most ? text.substring(0, most) : text;
  }

  private static String unescaped(CharSequence item) {
    Matcher escaped = ESCAPED.matcher(item);
    if (!escaped.find()) {
      return item.toString();
    }
    StringBuilder text = new StringBuilder(item.length());
    int from = 0;
    do {
      text.append(item, from, escaped.start());
      text.append((char) Integer.parseInt(escaped.group(1), 16));
      from = escaped.end();
    } while (escaped.find());
    return text.append(item, from, item.length()).toString();
  }

  /** The shared string of that number, as the sheet's cells name it. */
  String text(int number) throws IOException {
    if (number < 0 || number >= count) {
      throw new IllegalArgumentException(
          "a cell shows shared text " + number + ", which the workbook does not have");
    }
    int slot = number % CACHED;
    if (cachedNumber[slot] == number) {
      return cache[slot];
    }
    boolean last = number == count - 1;
    bounds.clear().limit(last ? 8 : 16);
    readFully(startChannel, bounds, number * 8L);
    long start = bounds.getLong(0);
    long end = last ? textBytes : bounds.getLong(8);
    int length = Math.toIntExact(end - start);
    if (text.capacity() < length) {
      text = ByteBuffer.allocate(Math.max(length, 2 * text.capacity()));
    }
    text.clear().limit(length);
    readFully(textChannel, text, start);
    String read = new String(text.array(), 0, length, StandardCharsets.UTF_8);
    if (read.length() <= CACHED_LENGTH) {
      cache[slot] = read;
      cachedNumber[slot] = number;
    }
    return read;
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long position)
      throws IOException {
    long at = position;
    while (into.hasRemaining()) {
      int n = channel.read(into, at);
      if (n < 0) {
        throw new EOFException("The workbook's shared strings were not all kept");
      }
      at += n;
    }
  }

  @Override
  public void close() {
    closeQuietly(textChannel);
    closeQuietly(startChannel);
    delete(texts);
    delete(starts);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // the file is deleted next
      }
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file, left for the system to clear
      }
    }
  }
}
