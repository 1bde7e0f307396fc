package beacon.papers;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.List;
import java.util.Map;

/**
 * What a paper's PDF keeps on one page: a section's headings, its table's header row and its first
 * indicator, so that no heading or header row is left alone at the foot of a page. The paper's HTML
 * names them: an element with the id {@code keep-N} starts what is kept, the element {@code
 * keep-N-until} ends it, and where that is taller than a page, {@code keep-N-else} ends what is
 * kept instead (a section's headings and the top of its first indicator block, when the whole first
 * block would not fit on a page). Where even that is taller than a page, what ends it breaks where
 * it begins, and its start asks only for room for a few of its lines.
 *
 * <p>How tall each is can only be known once the paper is laid out, so the PDF is laid out once,
 * and where something kept was split, each start is given that height as the room it needs on its
 * page ({@code -fs-page-break-min-height}) and the paper is laid out again: a start then goes to a
 * new page exactly when what it keeps would not fit on the one it is on. Anything taller than a
 * page is left to break.
 */
final class KeptTogether {

  private static final String START = "keep-";
  private static final String UNTIL = "-until";
  private static final String ELSE = "-else";
  private static final String ROOM = "-fs-page-break-min-height: ";

  /** About four lines of a paper's text, in CSS pixels. */
  private static final int FEW_LINES = 60;

  private KeptTogether() {}

  /**
   * @param laidOut the paper's PDF, laid out
   * @return true if something kept was split, each start now asking for the room it needs: lay the
   *     paper out again
   */
  static boolean askForRoom(PdfBoxRenderer laidOut) {
    Map<String, Box> ids = laidOut.getSharedContext().getIdMap();
    List<PageBox> pages = laidOut.getRootBox().getLayer().getPages();
    if (ids == null || pages.isEmpty()) {
      return false;
    }
    int page = pages.get(0).getBottom() - pages.get(0).getTop();
    int dots = laidOut.getSharedContext().getDotsPerPixel();
    boolean split = false;
    for (Map.Entry<String, Box> start : ids.entrySet()) {
      String id = start.getKey();
      Box until = ids.get(id + UNTIL);
      if (!id.startsWith(START) || until == null) {
        continue;
      }
      int top = start.getValue().getAbsY();
      int bottom = bottom(until, top, page);
      if (bottom < 0) {
        bottom = bottom(ids.get(id + ELSE), top, page);
      }
      if (bottom < 0) {
        // Taller than a page, so it breaks anyway: a row where it begins, with a few of its lines;
        // a block, ended by an empty marker, asks for a whole page and so begins at the top of one.
        until.getElement().setAttribute("style", "page-break-inside: auto");
        bottom = Math.min(until.getAbsY() + FEW_LINES * dots, top + page);
        split |= pageOf(pages, top) != pageOf(pages, until.getAbsY());
      } else {
        split |= pageOf(pages, top) != pageOf(pages, Math.max(top, bottom - 1));
      }
      int pixels = (bottom - top) / dots + 1;
      start.getValue().getElement().setAttribute("style", ROOM + pixels + "px");
    }
    return split;
  }

  /**
   * The bottom of what ends at {@code until}, or -1 if there is none or it is taller than a page.
   */
  private static int bottom(Box until, int top, int page) {
    if (until == null) {
      return -1;
    }
    int bottom = until.getAbsY() + until.getHeight();
    return bottom - top > page ? -1 : bottom;
  }

  private static int pageOf(List<PageBox> pages, int y) {
    for (int i = 0; i < pages.size(); i++) {
      if (y < pages.get(i).getBottom()) {
        return i;
      }
    }
    return pages.size() - 1;
  }
}
