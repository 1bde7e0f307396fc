package beacon.cli;

import beacon.papers.Layout;
import beacon.papers.PaperFiles;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of an export: {@code export scorecard --org 825 --period 2022-23-Q4 [--format csv]
 * [--output file] [--portfolio name]}.
 */
@CommandLine.Command(
    name = "export",
    description = {
      "Writes a committee paper, as the pages and the API make it.",
      "csv and html go to the standard output unless --output is given; xlsx, pdf and docx need"
          + " --output."
    },
    sortOptions = false,
    sortSynopsis = false)
final class ExportOptions implements CommandOptions {

  @Parameters(
      paramLabel = "<layout>",
      completionCandidates = Layouts.class,
      description = "The paper: ${COMPLETION-CANDIDATES}.")
  String layout;

  @Option(
      names = "--org",
      required = true,
      paramLabel = "<code>",
      description = "The organisation whose paper it is, by its code, such as 825.")
  String organisation;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "<quarter>",
      description = "The quarter the paper reports, such as 2022-23-Q4.")
  String period;

  @Option(
      names = "--format",
      paramLabel = "<format>",
      description = "csv (when not given), xlsx, html, pdf or docx.")
  String format;

  @Option(
      names = "--output",
      paramLabel = "<file>",
      description = "The file to write, such as scorecard.xlsx.")
  Path output;

  @Option(
      names = "--portfolio",
      paramLabel = "<name>",
      description = "The one portfolio the paper is of; all of them if not given.")
  String portfolio;

  @Mixin BeaconCommandLine.HelpOption help;

  /** The layouts' names, for the help. */
  static final class Layouts implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Layout.values()).map(Layout::urlName).iterator();
    }
  }

  @Override
  public ExportCommand command() {
    Layout named =
        Layout.named(layout)
            .orElseThrow(
                () ->
                    new ArgumentException(
                        "There is no paper layout '" + layout + "': choose " + layouts()));
    Period reported;
    try {
      reported = Periods.fromCode(period);
    } catch (PeriodFormatException e) {
      throw new ArgumentException("--period " + e.getMessage());
    }
    String formatName = format == null ? "csv" : format;
    PaperFiles.Format made =
        PaperFiles.Format.named(formatName)
            .orElseThrow(
                () ->
                    new ArgumentException(
                        "Papers are made as csv, xlsx, html, pdf or docx; '"
                            + formatName
                            + "' is not one of them"));
    if (output == null && !text(made)) {
      throw new ArgumentException(
          "A "
              + made.extension()
              + " paper is not text: give the file to write, like --output "
              + named.urlName()
              + "."
              + made.extension());
    }
    return new ExportCommand(
        named, organisation, reported, made, Optional.ofNullable(output), portfolio);
  }

  @Override
  public String missingWord(String label) {
    return "Say which paper to export: one of " + layouts();
  }

  private static String layouts() {
    return String.join(", ", new Layouts());
  }

  /** Whether the paper can go to the terminal as text. */
  private static boolean text(PaperFiles.Format format) {
    return format == PaperFiles.Format.CSV || format == PaperFiles.Format.HTML;
  }
}
