package beacon.imports.file;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an XML element, read a piece at a time and kept only up to a number of characters:
 * enough to tell that a text is longer than a cell holds, never the whole of a longer one.
 */
final class XmlText {

  private XmlText() {}

  /**
   * Reads the element the reader has just started up to its end, appending its text (that of
   * elements inside it too) to {@code into} while {@code into} has fewer than {@code most}
   * characters.
   */
  static void append(XMLStreamReader xml, StringBuilder into, int most) throws XMLStreamException {
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth-- == 0) {
            return;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          int room = most - into.length();
          if (room > 0) {
            into.append(
                xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
          }
        }
        default -> {
          // comments and instructions are no part of the text
        }
      }
    }
  }

  /** Reads the element the reader has just started up to its end, skipping all of it. */
  static void skip(XMLStreamReader xml) throws XMLStreamException {
    append(xml, new StringBuilder(), 0);
  }
}
