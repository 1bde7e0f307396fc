package beacon.publishing.web;

import beacon.organisation.UnknownOrganisationException;
import beacon.papers.Paper;
import beacon.papers.PaperFiles;
import beacon.papers.Papers;
import beacon.publishing.PaperDifferences;
import beacon.publishing.PublishedPaper;
import beacon.publishing.PublishedPapers;
import beacon.scorecard.NoScorecardException;
import beacon.web.NotFoundException;
import java.util.Arrays;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A published paper's permanent page and its files, made from the paper as it was published; the
 * page says what today's figures change.
 */
@Controller
class PublishedPaperController {

  private final PublishedPapers published;
  private final Papers papers;
  private final PaperFiles files;

  PublishedPaperController(PublishedPapers published, Papers papers, PaperFiles files) {
    this.published = published;
    this.papers = papers;
    this.files = files;
  }

  @GetMapping("/papers/{reference}")
  String publishedPaper(@PathVariable("reference") String reference, Model model) {
    PublishedPaper paper = find(reference);
    PaperChoice choice = PaperChoice.of(paper.paper());
    model.addAttribute("organisation", paper.paper().organisation());
    model.addAttribute("section", "papers");
    model.addAttribute("published", paper);
    model.addAttribute("publishedWhen", PublicationRow.when(paper.publishedAt()));
    model.addAttribute("formats", Arrays.stream(PaperFiles.Format.values()).toList());
    model.addAttribute("differences", PaperDifferences.between(paper.paper(), live(choice)));
    model.addAttribute("liveLink", choice.link(PaperFiles.Format.HTML));
    return "publishing/published";
  }

  @GetMapping("/papers/{reference}/file")
  ResponseEntity<byte[]> file(
      @PathVariable("reference") String reference,
      @RequestParam(name = "format", defaultValue = "pdf") String formatName) {
    PublishedPaper paper = find(reference);
    PaperFiles.Format format =
        PaperFiles.Format.named(formatName)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Published papers are made as html, pdf, docx, xlsx or csv; '"
                            + formatName
                            + "' is not one of them"));
    PaperFiles.PaperFile file = files.write(paper.paper(), format, paper.publishedOn());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            (file.download() ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(published(file.fileName(), reference))
                .build()
                .toString())
        .body(file.content());
  }

  /** The file's name, with the reference of the publication: "...-exceptions-Xq3v9a0bC1dE.pdf". */
  private static String published(String fileName, String reference) {
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot) + "-" + reference + fileName.substring(dot);
  }

  private PublishedPaper find(String reference) {
    return published
        .find(reference)
        .orElseThrow(
            () -> new NotFoundException("No paper has been published as '" + reference + "'"));
  }

  /** The same paper made from today's figures, or null when it can no longer be made. */
  private Paper live(PaperChoice choice) {
    try {
      return choice.paper(papers);
    } catch (NotFoundException | NoScorecardException | UnknownOrganisationException e) {
      return null;
    }
  }
}
