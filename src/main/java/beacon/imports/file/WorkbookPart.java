package beacon.imports.file;

import beacon.imports.ImportProblem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * What Beacon reads of a workbook's own part: whether its dates count from 1904, as old Mac Excel
 * did, and the sheet to read, the first or the one named, with the relationship that finds its
 * part. It is read as it streams, keeping only the sheet looked for and a few names to say which
 * sheets there are when that one is not there.
 */
record WorkbookPart(boolean date1904, String sheetName, String sheetRelationship) {

  private static final int NAMES_SAID = 20;

  /**
   * @param wanted the sheet's name, in any case; null or blank for the first
   */
  static WorkbookPart read(String fileName, InputStream part, String wanted)
      throws XMLStreamException {
    boolean first = wanted == null || wanted.isBlank();
    boolean date1904 = false;
    String name = null;
    String relationship = null;
    List<String> names = new ArrayList<>();
    int sheets = 0;
    XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(part);
    try {
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if ("workbookPr".equals(xml.getLocalName())) {
          String value = xml.getAttributeValue(null, "date1904");
          date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        } else if ("sheet".equals(xml.getLocalName()) && relationship == null) {
          String sheet = xml.getAttributeValue(null, "name");
          sheet = sheet == null ? "" : sheet;
          if (first || sheet.strip().equalsIgnoreCase(wanted.strip())) {
            name = sheet;
            relationship = relationshipId(xml);
          } else if (sheets++ < NAMES_SAID) {
            names.add("'" + sheet + "'");
          }
        }
      }
    } finally {
      xml.close();
    }
    if (relationship == null) {
      throw new UnreadableFileException(
          ImportProblem.inFile(
              fileName,
              first
                  ? "the workbook has no sheets"
                  : "there is no sheet '"
                      + wanted
                      + "' in the workbook: its sheets are "
                      + String.join(", ", names)
                      + (sheets > NAMES_SAID ? " and " + (sheets - NAMES_SAID) + " more" : "")));
    }
    return new WorkbookPart(date1904, name, relationship);
  }

  /** The sheet's {@code r:id}, in whichever namespace of relationships the workbook uses. */
  private static String relationshipId(XMLStreamReader xml) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String namespace = xml.getAttributeNamespace(i);
      if ("id".equals(xml.getAttributeLocalName(i))
          && namespace != null
          && namespace.endsWith("relationships")) {
        return xml.getAttributeValue(i);
      }
    }
    return "";
  }
}
