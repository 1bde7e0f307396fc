package beacon.cli;

import beacon.organisation.UnknownOrganisationException;
import beacon.papers.Paper;
import beacon.papers.PaperFiles;
import beacon.papers.Papers;
import beacon.scorecard.NoScorecardException;
import beacon.web.NotFoundException;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Carries out an export command: makes the paper as the pages and the API make it, and writes it.
 */
final class ExportRunner {

  private final Papers papers;
  private final PaperFiles paperFiles;
  private final Clock clock;

  ExportRunner(Papers papers, PaperFiles paperFiles, Clock clock) {
    this.papers = papers;
    this.paperFiles = paperFiles;
    this.clock = clock;
  }

  int run(ExportCommand command, PrintStream out, PrintStream err) {
    XRLog.setLoggingEnabled(false); // the PDF renderer's notes on its progress
    PaperFiles.PaperFile file;
    try {
      Paper paper =
          papers.paper(
              command.layout(), command.organisation(), command.period(), command.portfolio());
      file = paperFiles.write(paper, command.format(), LocalDate.now(clock));
    } catch (UnknownOrganisationException | NoScorecardException | NotFoundException e) {
      err.println(e.getMessage());
      return Command.NOT_DONE;
    }
    if (command.output().isEmpty()) {
      // The byte order mark is for Excel opening a saved file, not for a pipe or a terminal.
      int from = startsWithByteOrderMark(file.content()) ? 3 : 0;
      out.write(file.content(), from, file.content().length - from);
      out.flush();
      return Command.DONE;
    }
    try {
      Files.write(command.output().get(), file.content());
    } catch (IOException e) {
      err.println("Beacon could not write " + command.output().get() + ": " + e.getMessage());
      return Command.NOT_DONE;
    }
    out.println("Wrote " + command.output().get());
    return Command.DONE;
  }

  private static boolean startsWithByteOrderMark(byte[] content) {
    return content.length >= 3
        && content[0] == (byte) 0xEF
        && content[1] == (byte) 0xBB
        && content[2] == (byte) 0xBF;
  }
}
