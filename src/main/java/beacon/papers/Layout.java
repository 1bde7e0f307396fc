package beacon.papers;

import java.util.Arrays;
import java.util.Optional;

/** The papers councils take to committee, each after one of their real papers. */
public enum Layout {
  /** Per portfolio: key areas of good performance, then all areas of lower performance. */
  EXCEPTIONS("exceptions"),
  /** Grouped by priority and theme, with the last periods' values. */
  SCORECARD("scorecard"),
  /** One block per indicator, in sections per rating, with its trend. */
  INDICATOR_BLOCKS("indicator-blocks"),
  /** The counts in words, then the Red, Amber and Green indicators, under a front sheet. */
  COMMITTEE_SUMMARY("committee-summary");

  private final String name;

  Layout(String name) {
    this.name = name;
  }

  /**
   * Whether each indicator's commentary opens with its definition, as the Buckinghamshire papers
   * the exceptions, scorecard and indicator-blocks layouts follow do; the committee summary does
   * not.
   */
  public boolean opensCommentaryWithDefinition() {
    return this != COMMITTEE_SUMMARY;
  }

  /**
   * Whether the indicators are numbered on through the paper, as Buckinghamshire's Cabinet
   * scorecard numbers them 1 to 17 across its themes; the other layouts number each section from 1.
   */
  public boolean numbersAcrossThePaper() {
    return this == SCORECARD;
  }

  /** The name in the paper's address: {@code exceptions}, {@code committee-summary}. */
  public String urlName() {
    return name;
  }

  public static Optional<Layout> named(String name) {
    return Arrays.stream(values()).filter(layout -> layout.name.equals(name)).findFirst();
  }
}
