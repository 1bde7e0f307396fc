package beacon.papers;

/** How the Word papers print the parts of a line that they print alike. */
final class WordLines {

  private WordLines() {}

  /**
   * The value, with the period it is for when that is older: "0.04% This result is for the academic
   * year 2016/17 because the data runs one year behind."
   */
  static String valueWithLag(PaperLine line) {
    return line.lagNote() == null ? line.value() : line.value() + " " + line.lagNote();
  }

  /** Which way is good, as the scorecard prints it: "High", "Low", or nothing. */
  static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
