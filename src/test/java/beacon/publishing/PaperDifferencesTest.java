package beacon.publishing;

import static beacon.publishing.PaperExamples.aLine;
import static beacon.publishing.PaperExamples.aPaper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import beacon.papers.Paper;
import beacon.publishing.PaperDifferences.Difference;
import beacon.publishing.PaperDifferences.Kind;
import beacon.rules.rating.Rag;
import beacon.rules.rating.RagWords;
import beacon.scorecard.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperDifferencesTest {

  @Test
  void theSamePaperHasNoDifference() {
    Paper paper = aPaper(aLine("A").build(), aLine("B").build());

    assertThat(PaperDifferences.between(paper, aPaper(aLine("A").build(), aLine("B").build())))
        .isEmpty();
  }

  @Test
  void theSameNumberWrittenWithAnotherScaleIsNoDifference() {
    assertThat(
            PaperDifferences.between(
                aPaper(aLine("A").value("51").build()), aPaper(aLine("A").value("51.00").build())))
        .isEmpty();
  }

  @Test
  void aCorrectedValueShowsFromWhatToWhat() {
    List<Difference> differences =
        PaperDifferences.between(
            aPaper(aLine("A").value("51").build()), aPaper(aLine("A").value("53").build()));

    assertThat(differences)
        .extracting(Difference::code, Difference::kind, Difference::published, Difference::now)
        .containsExactly(tuple("A", Kind.VALUE, "51%", "53%"));
  }

  @Test
  void aValueOfALaterMonthSaysTheMonths() {
    List<Difference> differences =
        PaperDifferences.between(
            aPaper(aLine("A").value("51").build()),
            aPaper(aLine("A").value("51").valuePeriod("Oct 2018").build()));

    assertThat(differences)
        .extracting(Difference::kind, Difference::published, Difference::now)
        .containsExactly(tuple(Kind.VALUE, "51% (Sep 2018)", "51% (Oct 2018)"));
  }

  @Test
  void aChangedTargetAndRatingAreEachADifference() {
    List<Difference> differences =
        PaperDifferences.between(
            aPaper(aLine("A").target("82").rag(Rag.RED).build()),
            aPaper(aLine("A").target("50").rag(Rag.GREEN).build()));

    assertThat(differences)
        .extracting(Difference::kind, Difference::published, Difference::now)
        .contains(tuple(Kind.TARGET, "82%", "50%"), tuple(Kind.RATING, "Red", "Green"));
  }

  @Test
  void aRatingNoLongerGivenIsSaidInTheCouncilsWord() {
    Paper published = aPaper(aLine("A").rag(Rag.RED).build());
    Paper live = aPaper(aLine("A").rag(Rag.NOT_RATED).build());
    Paper liveOfHavering =
        new Paper(
            live.layout(),
            new Scorecard.OrganisationView(
                "311", "Havering", "London", new RagWords("Blue", RagWords.Colour.BLUE)),
            live.period(),
            live.portfolio(),
            live.frontSheet(),
            live.columnHeadings(),
            live.lines());

    assertThat(PaperDifferences.between(published, liveOfHavering))
        .extracting(Difference::kind, Difference::published, Difference::now)
        .contains(tuple(Kind.RATING, "Red", "Blue"));
  }

  @Test
  void rewrittenCommentaryIsADifference() {
    List<Difference> differences =
        PaperDifferences.between(
            aPaper(aLine("A").commentary("It fell.").build()),
            aPaper(aLine("A").commentary("It fell in August.").build()));

    assertThat(differences).extracting(Difference::kind).containsExactly(Kind.COMMENTARY);
  }

  @Test
  void aCorrectedEarlierValueNamesItsPeriodOnce() {
    List<Difference> differences =
        PaperDifferences.between(
            aPaper(aLine("A").earlier("48").build()), aPaper(aLine("A").earlier("49").build()));

    assertThat(differences)
        .extracting(Difference::kind, Difference::period, Difference::published, Difference::now)
        .containsExactly(tuple(Kind.EARLIER_VALUE, "Q1 Jun 2018", "48%", "49%"));
  }

  @Test
  void aCorrectedValueIsNotSaidAgainAsAnEarlierValueOfItsOwnColumn() {
    List<Difference> differences =
        PaperDifferences.between(
            aPaper(aLine("A").value("51").build()), aPaper(aLine("A").value("60").build()));

    assertThat(differences).extracting(Difference::kind).containsExactly(Kind.VALUE);
  }

  @Test
  void indicatorsAddedAndNoLongerInThePaperAreNamed() {
    List<Difference> differences =
        PaperDifferences.between(
            aPaper(aLine("A").build(), aLine("B").build()),
            aPaper(aLine("B").build(), aLine("C").value("70").build()));

    assertThat(differences)
        .extracting(Difference::code, Difference::kind, Difference::published, Difference::now)
        .containsExactly(tuple("A", Kind.REMOVED, "51%", ""), tuple("C", Kind.ADDED, "", "70%"));
  }

  @Test
  void aPaperThatCanNoLongerBeMadeHasEveryIndicatorRemoved() {
    assertThat(PaperDifferences.between(aPaper(aLine("A").build()), null))
        .extracting(Difference::kind)
        .containsExactly(Kind.REMOVED);
  }
}
