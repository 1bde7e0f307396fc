package beacon.cli;

import beacon.organisation.UnknownOrganisationException;
import beacon.papers.Layout;
import beacon.papers.Paper;
import beacon.papers.PaperFiles;
import beacon.papers.Papers;
import beacon.rules.period.Period;
import beacon.rules.period.PeriodFormatException;
import beacon.rules.period.Periods;
import beacon.scorecard.NoScorecardException;
import beacon.web.NotFoundException;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * {@code export scorecard --org 825 --period 2022-23-Q4 [--format csv] [--output file] [--portfolio
 * name]}: writes a committee paper, as the pages and the API make it.
 */
record ExportCommand(
    Layout layout,
    String organisation,
    Period period,
    PaperFiles.Format format,
    Optional<Path> output,
    String portfolio)
    implements Command {

  static final String USAGE =
      "java -jar beacon.jar export <layout> --org <code> --period <quarter>"
          + " [--format csv|xlsx|html|pdf|docx] [--output <file>] [--portfolio <name>]";

  static final Set<String> OPTIONS = Set.of("org", "period", "format", "output", "portfolio");

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /**
   * @throws ArgumentException when the command line does not say which paper, or says it wrong
   */
  static ExportCommand from(CommandLine line) {
    String layouts =
        Arrays.stream(Layout.values()).map(Layout::urlName).collect(Collectors.joining(", "));
    String layoutName =
        line.word(1)
            .orElseThrow(
                () -> new ArgumentException("Say which paper to export: one of " + layouts));
    Layout layout =
        Layout.named(layoutName)
            .orElseThrow(
                () ->
                    new ArgumentException(
                        "There is no paper layout '" + layoutName + "': choose " + layouts));
    line.takesWords(2);
    String organisation = line.required("org");
    Period period;
    try {
      period = Periods.fromCode(line.required("period"));
    } catch (PeriodFormatException e) {
      throw new ArgumentException("--period " + e.getMessage());
    }
    String formatName = line.option("format").orElse("csv");
    PaperFiles.Format format =
        PaperFiles.Format.named(formatName)
            .orElseThrow(
                () ->
                    new ArgumentException(
                        "Papers are made as csv, xlsx, html, pdf or docx; '"
                            + formatName
                            + "' is not one of them"));
    Optional<Path> output = line.option("output").map(Path::of);
    if (output.isEmpty() && !text(format)) {
      throw new ArgumentException(
          "A "
              + format.extension()
              + " paper is not text: give the file to write, like --output "
              + layout.urlName()
              + "."
              + format.extension());
    }
    return new ExportCommand(
        layout, organisation, period, format, output, line.option("portfolio").orElse(null));
  }

  /** Whether the paper can go to the terminal as text. */
  private static boolean text(PaperFiles.Format format) {
    return format == PaperFiles.Format.CSV || format == PaperFiles.Format.HTML;
  }

  @Override
  public Optional<String> cannotRun() {
    return output
        .map(file -> file.toAbsolutePath().getParent())
        .filter(folder -> !Files.isDirectory(folder))
        .map(folder -> "There is no folder " + folder + " to write the paper in");
  }

  @Override
  public int run(ApplicationContext beacon, PrintStream out, PrintStream err) {
    XRLog.setLoggingEnabled(false); // the PDF renderer's notes on its progress
    PaperFiles.PaperFile file;
    try {
      Paper paper = beacon.getBean(Papers.class).paper(layout, organisation, period, portfolio);
      file = beacon.getBean(PaperFiles.class).write(paper, format, LocalDate.now(UK));
    } catch (UnknownOrganisationException | NoScorecardException | NotFoundException e) {
      err.println(e.getMessage());
      return NOT_DONE;
    }
    if (output.isEmpty()) {
      out.write(file.content(), 0, file.content().length);
      out.flush();
      return DONE;
    }
    try {
      Files.write(output.get(), file.content());
    } catch (IOException e) {
      err.println("Beacon could not write " + output.get() + ": " + e.getMessage());
      return NOT_DONE;
    }
    out.println("Wrote " + output.get());
    return DONE;
  }
}
