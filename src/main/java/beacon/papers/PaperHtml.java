package beacon.papers;

import beacon.trend.TrendPicture;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A paper as a standalone HTML document, which is also what its PDF is made from. Trend charts go
 * in as PNG pictures within the document, so that it stands alone when saved or printed.
 */
@Component
public class PaperHtml {

  /** A day as papers print it: "23 November 2026". */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A trend chart's width in the PDF, and in the web page's picture. */
  private static final double CHART_MM = 130;

  private static final double CHART_PIXELS = 491;

  private final ITemplateEngine templates;

  PaperHtml(ITemplateEngine templates) {
    this.templates = templates;
  }

  /**
   * @param generated the day the paper is made, printed on it
   */
  public String render(Paper paper, LocalDate generated) {
    return render(paper, generated, false);
  }

  /** The paper's PDF, from its HTML with each trend chart drawn in place. */
  public byte[] pdf(Paper paper, LocalDate generated) {
    Map<String, PaperTrend> charts = new HashMap<>();
    if (paper.layout() == Layout.INDICATOR_BLOCKS) {
      for (PaperLine line : paper.lines()) {
        if (line.trendAsPrinted().charted()) {
          charts.put(line.code(), line.trendAsPrinted());
        }
      }
    }
    return PaperPdf.from(render(paper, generated, true), charts);
  }

  /**
   * @param forPdf true to leave each trend chart as an object for the PDF to draw; false to put it
   *     in as a PNG picture
   */
  private String render(Paper paper, LocalDate generated, boolean forPdf) {
    Context context = new Context(Locale.UK);
    context.setVariable("forPdf", forPdf);
    context.setVariable("chartType", PaperPdf.TREND_CHART);
    context.setVariable(
        "chartHeight", String.format(Locale.ROOT, "%.1fmm", CHART_MM / TrendPicture.aspect()));
    context.setVariable("chartPixelHeight", Math.round(CHART_PIXELS / TrendPicture.aspect()));
    context.setVariable("paper", paper);
    context.setVariable("generated", DAY.format(generated));
    if (paper.layout() == Layout.INDICATOR_BLOCKS && !forPdf) {
      context.setVariable("charts", charts(paper));
    }
    return templates.process("papers/" + paper.layout().urlName(), context);
  }

  /** Each indicator's trend chart as a data address of its PNG, by indicator code. */
  private static Map<String, String> charts(Paper paper) {
    Map<String, String> charts = new HashMap<>();
    for (PaperLine line : paper.lines()) {
      PaperTrend trend = line.trendAsPrinted();
      if (trend.charted()) {
        charts.put(
            line.code(),
            "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(TrendPicture.png(trend.chart(), trend.key())));
      }
    }
    return charts;
  }
}
