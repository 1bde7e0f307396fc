package beacon.papers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's pages as a reader sees them: each page's lines of text from top to bottom, with where
 * each stands and whether it is all in bold, as headings and table header rows are. The page number
 * at each page's foot is left out.
 */
record PdfPages(List<List<PdfPages.Line>> pages) {

  /**
   * @param top where the line's highest letter starts, in points from the top of the page
   * @param bottom where its lowest letter ends
   * @param bold whether every letter of it is bold (a list's number before it aside)
   */
  record Line(String text, float top, float bottom, boolean bold) {}

  static PdfPages read(byte[] pdf) throws IOException {
    List<List<Line>> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        Reader reader = new Reader();
        reader.setStartPage(page);
        reader.setEndPage(page);
        reader.getText(document);
        pages.add(
            reader.lines.stream()
                .filter(line -> !line.text().matches("Page \\d+ of \\d+"))
                .toList());
      }
    }
    return new PdfPages(pages);
  }

  /** Reads one page, line by line as they stand on it. */
  private static final class Reader extends PDFTextStripper {

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> letters = new ArrayList<>();

    Reader() {
      setSortByPosition(true);
    }

    @Override
    protected void writeString(String words, List<TextPosition> positions) {
      text.append(words).append(' ');
      letters.addAll(positions);
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    @Override
    protected void writePageEnd() {
      endLine();
    }

    private void endLine() {
      String line = text.toString().trim();
      List<TextPosition> written =
          letters.stream().filter(letter -> !letter.getUnicode().isBlank()).toList();
      if (!written.isEmpty()) {
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (TextPosition letter : written) {
          top = Math.min(top, letter.getYDirAdj() - letter.getHeightDir());
          bottom = Math.max(bottom, letter.getYDirAdj());
        }
        String number = line.replaceFirst("^(\\d+\\.?\\s+).*", "$1").trim();
        boolean bold =
            written.stream()
                .skip(line.matches("^\\d+\\.?\\s.*") ? number.length() : 0)
                .allMatch(letter -> letter.getFont().getName().contains("Bold"));
        lines.add(new Line(line, top, bottom, bold));
      }
      text.setLength(0);
      letters.clear();
    }
  }
}
