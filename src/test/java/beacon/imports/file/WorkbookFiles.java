package beacon.imports.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Excel workbooks written part by part, as Excel lays them out, for files too large to build with
 * POI's workbook in a test's memory, or built the way no spreadsheet program would: a sheet's XML
 * and its shared strings are written as they stream, so a workbook of any size takes no memory.
 */
public final class WorkbookFiles {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** Writes one part's XML. */
  @FunctionalInterface
  public interface Part {
    void write(Writer xml) throws IOException;
  }

  private Part sheet = xml -> xml.write("<sheetData/>");
  private Part sharedStrings;
  private Part styles;
  private final Map<String, byte[]> extra = new LinkedHashMap<>();

  /** The sheet's contents: what goes inside {@code <worksheet>}, such as its sheetData. */
  public WorkbookFiles sheet(Part sheet) {
    this.sheet = sheet;
    return this;
  }

  /** The shared strings: the {@code <si>} elements inside {@code <sst>}. */
  public WorkbookFiles sharedStrings(Part sharedStrings) {
    this.sharedStrings = sharedStrings;
    return this;
  }

  /** The styles: what goes inside {@code <styleSheet>}. */
  public WorkbookFiles styles(Part styles) {
    this.styles = styles;
    return this;
  }

  /** A further entry of the zip that no relationship names, such as a picture. */
  public WorkbookFiles entry(String name, byte[] content) {
    extra.put(name, content);
    return this;
  }

  /**
   * A values sheet of {@code rows} rows after its header (indicator_code, period, value, note),
   * each note a distinct text of {@code noteLength} characters held once in the shared strings.
   */
  static WorkbookFiles valuesWithDistinctNotes(int rows, int noteLength) {
    return new WorkbookFiles()
        .sheet(
            xml -> {
              xml.write("<sheetData>");
              xml.write(
                  "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator_code</t></is></c>"
                      + "<c r=\"B1\" t=\"inlineStr\"><is><t>period</t></is></c>"
                      + "<c r=\"C1\" t=\"inlineStr\"><is><t>value</t></is></c>"
                      + "<c r=\"D1\" t=\"inlineStr\"><is><t>note</t></is></c></row>");
              for (int i = 0; i < rows; i++) {
                int r = i + 2;
                xml.write(
                    "<row r=\""
                        + r
                        + "\"><c r=\"A"
                        + r
                        + "\" t=\"inlineStr\"><is><t>V1</t></is></c><c r=\"B"
                        + r
                        + "\" t=\"inlineStr\"><is><t>2024-25-Q1</t></is></c><c r=\"C"
                        + r
                        + "\"><v>"
                        + (i % 100)
                        + "</v></c><c r=\"D"
                        + r
                        + "\" t=\"s\"><v>"
                        + i
                        + "</v></c></row>");
              }
              xml.write("</sheetData>");
            })
        .sharedStrings(
            xml -> {
              Random random = new Random(rows);
              for (int i = 0; i < rows; i++) {
                xml.write("<si><t>");
                xml.write(note(i, noteLength, random));
                xml.write("</t></si>");
              }
            });
  }

  /** The note of row {@code i}: its number, then letters that compress as prose does. */
  static String note(int i, int length, Random random) {
    StringBuilder note = new StringBuilder("Note ").append(i).append(' ');
    while (note.length() < length) {
      note.append((char) ('a' + random.nextInt(26)));
    }
    return note.substring(0, length);
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    return out.toByteArray();
  }

  Path writeTo(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private void write(OutputStream out) {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", xml -> xml.write(contentTypes()));
      entry(
          zip,
          "_rels/.rels",
          xml ->
              xml.write(
                  "<Relationships"
                      + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      + relationship("rId1", "officeDocument", "xl/workbook.xml")
                      + "</Relationships>"));
      entry(
          zip,
          "xl/workbook.xml",
          xml ->
              xml.write(
                  "<workbook xmlns=\""
                      + MAIN
                      + "\" xmlns:r=\""
                      + RELATIONSHIPS
                      + "\"><sheets><sheet name=\"Values\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                      + "</workbook>"));
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          xml ->
              xml.write(
                  "<Relationships"
                      + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      + relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                      + (sharedStrings == null
                          ? ""
                          : relationship("rId2", "sharedStrings", "sharedStrings.xml"))
                      + (styles == null ? "" : relationship("rId3", "styles", "styles.xml"))
                      + "</Relationships>"));
      entry(
          zip,
          "xl/worksheets/sheet1.xml",
          xml -> {
            xml.write("<worksheet xmlns=\"" + MAIN + "\">");
            sheet.write(xml);
            xml.write("</worksheet>");
          });
      if (sharedStrings != null) {
        entry(
            zip,
            "xl/sharedStrings.xml",
            xml -> {
              xml.write("<sst xmlns=\"" + MAIN + "\">");
              sharedStrings.write(xml);
              xml.write("</sst>");
            });
      }
      if (styles != null) {
        entry(
            zip,
            "xl/styles.xml",
            xml -> {
              xml.write("<styleSheet xmlns=\"" + MAIN + "\">");
              styles.write(xml);
              xml.write("</styleSheet>");
            });
      }
      for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String contentTypes() {
    String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\""
        + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
        + override("/xl/workbook.xml", type + "sheet.main+xml")
        + override("/xl/worksheets/sheet1.xml", type + "worksheet+xml")
        + (sharedStrings == null
            ? ""
            : override("/xl/sharedStrings.xml", type + "sharedStrings+xml"))
        + (styles == null ? "" : override("/xl/styles.xml", type + "styles+xml"))
        + "</Types>";
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
  }

  private static String relationship(String id, String type, String target) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\""
        + RELATIONSHIPS
        + "/"
        + type
        + "\" Target=\""
        + target
        + "\"/>";
  }

  private static void entry(ZipOutputStream zip, String name, Part part) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    part.write(xml);
    xml.flush();
    zip.closeEntry();
  }
}
