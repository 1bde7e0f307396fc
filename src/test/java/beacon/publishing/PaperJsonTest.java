package beacon.publishing;

import static beacon.publishing.PaperExamples.aLine;
import static beacon.publishing.PaperExamples.aPaper;
import static org.assertj.core.api.Assertions.assertThat;

import beacon.papers.Paper;
import beacon.rules.period.PeriodType;
import beacon.rules.rating.Rag;
import org.junit.jupiter.api.Test;

class PaperJsonTest {

  @Test
  void aPaperReadsBackEqualToTheOneWritten() {
    Paper paper =
        aPaper(
            aLine("ASSESS-45").value("51.0").build(),
            aLine("CP-2ND").value("13.70").target("19").rag(Rag.GREEN).build());

    Paper read = PaperJson.read(PaperJson.write(paper));

    assertThat(read).isEqualTo(paper);
    assertThat(read.lines().get(0).valueNumber()).hasToString("51.0");
    assertThat(read.lines().get(1).valueNumber()).hasToString("13.70");
    assertThat(read.frontSheet().meetingDate()).hasToString("2017-09-12");
  }

  @Test
  void aPaperWithoutPortfolioOrMeetingDateReadsBackEqual() {
    Paper paper = aPaper(aLine("ASSESS-45").build());
    paper =
        new Paper(
            paper.layout(),
            paper.organisation(),
            paper.period(),
            null,
            paper.frontSheet().with(null, null, null, null, null),
            paper.columnHeadings(),
            paper.lines());
    Paper withoutDate =
        paper.withFrontSheet(
            new beacon.papers.FrontSheet("Title", "", null, "Noted.", "In short."));

    assertThat(PaperJson.read(PaperJson.write(withoutDate))).isEqualTo(withoutDate);
  }

  @Test
  void aPaperPublishedBeforeGroupsHadDescriptionsReadsBackWithNone() {
    Paper paper = aPaper(aLine("ASSESS-45").build());
    String older = PaperJson.write(paper).replaceFirst(",?\"descriptions\":\\{[^}]*}", "");

    assertThat(older).doesNotContain("descriptions");
    assertThat(PaperJson.read(older).descriptions()).isEmpty();
    assertThat(PaperJson.read(older).sections().get(0).description()).isEmpty();
  }

  @Test
  void aPaperPublishedBeforeLinesKeptTheirFrequencyTellsItFromTheTrendsLabels() {
    Paper paper = aPaper(aLine("ASSESS-45").build());
    String older = PaperJson.write(paper).replaceAll(",?\"frequency\":\"[A-Z_]*\"", "");

    assertThat(older).doesNotContain("frequency");
    assertThat(PaperJson.read(older).lines().get(0).frequency())
        .isEqualTo(PeriodType.FINANCIAL_QUARTER);
  }

  @Test
  void writesDaysAsDatesAndRatingsByName() {
    String json = PaperJson.write(aPaper(aLine("ASSESS-45").build()));

    assertThat(json).contains("\"meetingDate\":\"2017-09-12\"").contains("\"rag\":\"RED\"");
  }
}
