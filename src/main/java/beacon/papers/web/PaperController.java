package beacon.papers.web;

import beacon.organisation.Organisation;
import beacon.papers.Layout;
import beacon.papers.Paper;
import beacon.papers.PaperFiles;
import beacon.papers.Papers;
import beacon.rules.period.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Committee papers as files: {@code GET
 * /api/v1/organisations/825/reports/exceptions?period=2018-19-Q2&portfolio=...&format=csv}.
 */
@RestController
@RequestMapping("/api/v1/organisations/{org}/reports")
@Tag(name = "Committee papers", description = "A quarter's performance report as a file")
class PaperController {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Papers papers;
  private final PaperFiles files;

  PaperController(Papers papers, PaperFiles files) {
    this.papers = papers;
    this.files = files;
  }

  @GetMapping("/{layout}")
  @Operation(
      summary =
          "A committee paper for a quarter, laid out as the council's papers are, as a web page,"
              + " PDF, Word document, CSV or Excel workbook")
  @ApiResponse(
      responseCode = "200",
      description = "The paper, in the format asked for",
      content = {
        @Content(mediaType = "text/csv"),
        @Content(mediaType = "text/html"),
        @Content(mediaType = "application/pdf"),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      })
  ResponseEntity<byte[]> paper(
      @Parameter(
              description =
                  "The paper's layout: exceptions (portfolio exception report), scorecard (cabinet"
                      + " scorecard), indicator-blocks or committee-summary")
          @PathVariable("layout")
          String layoutName,
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "The reporting quarter, e.g. 2018-19-Q2") @RequestParam("period")
          Period period,
      @Parameter(description = "Only this portfolio's indicators; every portfolio when left out")
          @RequestParam(name = "portfolio", required = false)
          String portfolio,
      @Parameter(description = "The file: html, pdf, docx, csv or xlsx")
          @RequestParam(name = "format", defaultValue = "csv")
          String formatName,
      @Parameter(description = "The paper's title on its front sheet")
          @RequestParam(name = "title", required = false)
          String title,
      @Parameter(description = "The committee the paper goes to")
          @RequestParam(name = "committee", required = false)
          String committee,
      @Parameter(description = "The meeting's date, year-month-day, e.g. 2017-09-12")
          @RequestParam(name = "meeting", required = false)
          String meeting,
      @Parameter(description = "The recommendation to the committee")
          @RequestParam(name = "recommendation", required = false)
          String recommendation,
      @Parameter(description = "The summary on the front sheet")
          @RequestParam(name = "summary", required = false)
          String summary) {
    Layout layout =
        Layout.named(layoutName)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "There is no paper layout '"
                            + layoutName
                            + "': choose exceptions, scorecard, indicator-blocks or"
                            + " committee-summary"));
    PaperFiles.Format format =
        PaperFiles.Format.named(formatName)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "Papers are made as html, pdf, docx, csv or xlsx; '"
                            + formatName
                            + "' is not one of them"));
    LocalDate meetingDate = meetingDate(meeting);
    Paper paper = papers.paper(layout, organisation.code(), period, portfolio);
    paper =
        paper.withFrontSheet(
            paper.frontSheet().with(title, committee, meetingDate, recommendation, summary));
    PaperFiles.PaperFile file = files.write(paper, format, LocalDate.now(UK));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            (file.download() ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file.fileName())
                .build()
                .toString())
        .body(file.content());
  }

  private static LocalDate meetingDate(String meeting) {
    if (meeting == null || meeting.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(meeting.strip());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "The meeting date is written as year-month-day, 2017-09-12; '"
              + meeting
              + "' is not a date");
    }
  }
}
