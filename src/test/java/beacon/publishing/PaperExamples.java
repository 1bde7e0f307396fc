package beacon.publishing;

import beacon.papers.FrontSheet;
import beacon.papers.Layout;
import beacon.papers.Paper;
import beacon.papers.PaperLine;
import beacon.papers.RecentValue;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Rag;
import beacon.rules.rating.Unit;
import beacon.scorecard.Scorecard;
import beacon.web.PeriodView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Papers to test with: {@code aPaper(aLine("ASSESS-45").value("51")...)}. */
public final class PaperExamples {

  private PaperExamples() {}

  static Paper aPaper(PaperLine... lines) {
    return new Paper(
        Layout.COMMITTEE_SUMMARY,
        new Scorecard.OrganisationView("825", "Buckinghamshire", "South East"),
        new PeriodView("2018-19-Q2", "Q2 2018/19"),
        "Children's Services",
        new FrontSheet(
            "Children's Services Performance Indicators",
            "Children's Services Overview and Scrutiny Committee",
            LocalDate.of(2017, 9, 12),
            "That the performance indicators be noted.",
            "The latest indicators."),
        List.of("Mar 2017", "Q1 Jun 2017", "Q2 Sep 2017", "Q3 Dec 2017", "Q4 Mar 2018"),
        List.of(lines));
  }

  public static Line aLine(String code) {
    return new Line(code);
  }

  /** A line to change one part of at a time. */
  public static final class Line {
    private final String code;
    private String value = "51.0";
    private String valuePeriod = "Sep 2018";
    private String target = "82";
    private Rag rag = Rag.RED;
    private List<String> commentary =
        List.of("This indicator measures the proportion of assessments.", "It fell in August.");
    private String earlier = "48";

    private Line(String code) {
      this.code = code;
    }

    Line value(String number) {
      this.value = number;
      return this;
    }

    Line valuePeriod(String label) {
      this.valuePeriod = label;
      return this;
    }

    Line target(String number) {
      this.target = number;
      return this;
    }

    Line rag(Rag rating) {
      this.rag = rating;
      return this;
    }

    Line commentary(String... paragraphs) {
      this.commentary = List.of(paragraphs);
      return this;
    }

    Line earlier(String number) {
      this.earlier = number;
      return this;
    }

    public PaperLine build() {
      BigDecimal number = new BigDecimal(value);
      BigDecimal targetNumber = new BigDecimal(target);
      return new PaperLine(
          "Children's Services Portfolio - Cllr Warren Whyte",
          "All areas of lower than expected performance (Red or Amber)",
          1,
          code,
          "% assessments completed in 45 working days (" + code + ")",
          "Aim to Maximise",
          "Month only",
          targetNumber,
          Unit.PERCENT.format(targetNumber),
          number,
          Unit.PERCENT.format(number),
          valuePeriod,
          "",
          rag,
          "Statistical Neighbours 81%, South East 84%, England 83%",
          null,
          commentary,
          List.of("Weekly performance clinics."),
          Unit.PERCENT,
          List.of(
              new RecentValue(
                  "Q1 Jun 2018",
                  new BigDecimal(earlier),
                  earlier + "%",
                  targetNumber,
                  target + "%",
                  Rag.RED),
              new RecentValue("Q2 Sep 2018", number, Unit.PERCENT.format(number), null, "", rag)),
          List.of(
              new RecentValue("Q4 2017/18", null, "New", null, "", Rag.NOT_RATED),
              new RecentValue(
                  "Q1 Jun 2018",
                  new BigDecimal(earlier),
                  earlier + "%",
                  targetNumber,
                  target + "%",
                  Rag.RED)),
          PeriodType.FINANCIAL_QUARTER);
    }
  }
}
