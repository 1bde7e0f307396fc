package beacon.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontSheetTest {

  private static final FrontSheet WOKINGHAM =
      new FrontSheet(
          "Children's Services Performance Indicators",
          "Children's Services Overview and Scrutiny Committee",
          LocalDate.of(2017, 9, 12),
          "",
          "None Specific",
          "Judith Ramsden, Director of People Services",
          "",
          "Caroline McKenna",
          "0118 974 4086",
          "",
          "People Services",
          "",
          "",
          "That the Children's Services performance indicators be noted.",
          "The latest indicators are the quarterly ones.\r\n\r\nThe report is Appendix A.",
          "",
          "",
          "n/a",
          "None",
          LocalDate.of(2017, 8, 25),
          "1");

  @Test
  void opensWithOnlyThePartsWrittenInSeed004sOrderAndWords() {
    assertThat(WOKINGHAM.opening())
        .extracting(part -> part.label() + ": " + part.text())
        .containsExactly(
            "TITLE: Children's Services Performance Indicators",
            "FOR CONSIDERATION BY: Children's Services Overview and Scrutiny Committee on 12"
                + " September 2017",
            "WARD: None Specific",
            "STRATEGIC DIRECTOR: Judith Ramsden, Director of People Services");
    assertThat(WOKINGHAM.before())
        .extracting(FrontSheet.Part::label)
        .containsExactly("RECOMMENDATION", "SUMMARY OF REPORT");
    assertThat(WOKINGHAM.after())
        .extracting(FrontSheet.Part::label)
        .containsExactly("Cross-Council Implications", "List of Background Papers");
  }

  @Test
  void aPartOfParagraphsIsPrintedAParagraphEach() {
    assertThat(WOKINGHAM.before().get(1).paragraphs())
        .containsExactly(
            "The latest indicators are the quarterly ones.", "The report is Appendix A.");
  }

  @Test
  void endsWithWhomToContactTheDayAndTheVersion() {
    assertThat(WOKINGHAM.contact())
        .extracting(part -> part.label() + ": " + part.text())
        .containsExactly(
            "Contact: Caroline McKenna",
            "Service: People Services",
            "Telephone No: 0118 974 4086",
            "Date: 25 August 2017",
            "Version No.: 1");
    assertThat(FrontSheet.empty().contact()).isEmpty();
  }

  @Test
  void withoutADateOrVersionTheContactOfficerIsNamedAtTheTopAsSeed003Does() {
    FrontSheet cabinet =
        WOKINGHAM
            .overriddenBy(FrontSheet.empty())
            .with("Children's Services Update", null, null, null, null);
    FrontSheet undated =
        new FrontSheet(
            cabinet.title(),
            "Cabinet",
            null,
            null,
            null,
            null,
            "Cabinet Member for Children's Services",
            "Tolis Vouyioukas, Executive Director Children's Services",
            "01296 383104",
            null,
            null,
            "Children's Services",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(undated.contact()).isEmpty();
    assertThat(undated.opening())
        .extracting(part -> part.label() + ": " + part.text())
        .contains(
            "AUTHOR: Cabinet Member for Children's Services",
            "CONTACT OFFICER: Tolis Vouyioukas, Executive Director Children's Services, 01296 383104",
            "PORTFOLIO AREAS AFFECTED: Children's Services");
  }

  @Test
  void aMeetingsOwnPartsReplaceTheKeptOnesAndLeaveTheRest() {
    FrontSheet forTheMeeting =
        WOKINGHAM.with(null, "Cabinet", LocalDate.of(2017, 11, 13), " ", "In short.");

    assertThat(forTheMeeting.meeting()).isEqualTo("Cabinet on 13 November 2017");
    assertThat(forTheMeeting.summary()).isEqualTo("In short.");
    assertThat(forTheMeeting.recommendation()).isEqualTo(WOKINGHAM.recommendation());
    assertThat(forTheMeeting.title()).isEqualTo(WOKINGHAM.title());
    assertThat(forTheMeeting.wards()).isEqualTo("None Specific");
  }

  @Test
  void aLayoutOtherThanTheCommitteeSummaryIsTitledByCouncilAndPeriodAndRecommendsNothing() {
    FrontSheet standard =
        FrontSheet.standard(Layout.EXCEPTIONS, "Buckinghamshire", "Q2 2018/19", null);

    assertThat(standard.title()).isEqualTo("Performance report: Buckinghamshire, Q2 2018/19");
    assertThat(standard.before()).isEmpty();
    assertThat(
            FrontSheet.standard(Layout.COMMITTEE_SUMMARY, "Wokingham", "Q1 2017/18", null).before())
        .extracting(FrontSheet.Part::label)
        .containsExactly("RECOMMENDATION", "SUMMARY OF REPORT");
  }
}
