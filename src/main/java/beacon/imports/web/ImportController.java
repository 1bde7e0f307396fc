package beacon.imports.web;

import beacon.account.Account;
import beacon.imports.DfeMeasure;
import beacon.imports.FileImports;
import beacon.imports.ImportProblem;
import beacon.imports.ImportReport;
import beacon.imports.file.FileSizeLimit;
import beacon.imports.file.Table;
import beacon.imports.file.TableFiles;
import beacon.imports.file.UnreadableFileException;
import beacon.organisation.Organisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports a file: {@code POST /api/v1/organisations/825/imports/{kind}?dryRun=true} (kind:
 * indicators, values, targets, benchmarks or dfe-statistics, which also takes the indicator,
 * measure, filters and source) with the file as the multipart part {@code file}. The organisation
 * is the one the address names, and only that. Answers what was (or would be) added and changed; a
 * file with problems answers 422 with every problem, file, row and column, and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/organisations/{org}/imports")
@Tag(name = "Imports", description = "Files of figures loaded into Beacon, all or nothing")
class ImportController {

  /** The address of an import, whose access rule says who may import each kind. */
  static final String ADDRESS = "/api/v1/organisations/{org}/imports/{kind}";

  private final FileImports imports;
  private final long sizeLimit;

  ImportController(
      FileImports imports, @Value("${beacon.imports.size-limit:50MB}") DataSize sizeLimit) {
    this.imports = imports;
    this.sizeLimit = sizeLimit.toBytes();
  }

  @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import a file of figures",
      description =
          "A CSV or Excel file with a header row. indicators: code, title, definition, polarity"
              + " (high, low, none, close), unit (percent, number, score, rate, days), decimals,"
              + " frequency (monthly, quarterly, financial year, academic year, calendar year,"
              + " weekly), portfolio, priority, theme, owner, target_type (national, local)."
              + " values: indicator_code, period, value, numerator, denominator, marker,"
              + " provisional, note. targets: indicator_code, period, target, tolerance."
              + " benchmarks: indicator_code, comparator (England, region or its name,"
              + " statistical neighbours or SN, CIPFA neighbours), period, value, source."
              + " dfe-statistics: a CSV of the DfE's Explore Education Statistics as downloaded;"
              + " the measure column (with filters where the file has several rows for a place"
              + " and year) becomes the indicator's England, region and own published figures."
              + " Periods"
              + " as codes"
              + " (2022-23-Q4) or as councils write them (Q4 2022/23, Mar 2018, 2016/17). All or"
              + " nothing: a file with any problem answers 422 with every problem (file, row,"
              + " column) and changes nothing. A dry run says what would be added and changed"
              + " (old to new) and writes nothing; the same file again changes nothing. A file"
              + " of indicators changes the catalogue, so only administrators import it.")
  ResponseEntity<?> importFile(
      @Parameter(
              description =
                  "What the file holds: indicators, values, targets, benchmarks or dfe-statistics")
          @PathVariable("kind")
          String kind,
      @Parameter(hidden = true) Organisation organisation,
      @Parameter(description = "true to see what the import would do without writing anything")
          @RequestParam(name = "dryRun", defaultValue = "false")
          boolean dryRun,
      @Parameter(
              description =
                  "indicators only: true to add the portfolios, priorities, themes and schemes the file"
                      + " names that the catalogue does not have, rather than refuse their rows")
          @RequestParam(name = "createMissing", defaultValue = "false")
          boolean createMissing,
      @Parameter(description = "Why what is already recorded is changed")
          @RequestParam(name = "reason", required = false)
          String reason,
      @Parameter(description = "The sheet of an Excel workbook to read; the first by default")
          @RequestParam(name = "sheet", required = false)
          String sheet,
      @Parameter(
              description =
                  "dfe-statistics only: the code of the indicator whose benchmarks the figures are")
          @RequestParam(name = "indicator", required = false)
          String indicator,
      @Parameter(
              description =
                  "dfe-statistics only: the column holding the figures, e.g."
                      + " rereferral_child_percent")
          @RequestParam(name = "measure", required = false)
          String measure,
      @Parameter(
              description =
                  "dfe-statistics only: column=value, once for each filter that picks one row per"
                      + " place and year, e.g. population_type=Children looked after on 31 March"
                      + " each year")
          @RequestParam(name = "filter", required = false)
          List<String> filters,
      @Parameter(
              description =
                  "dfe-statistics only: what the figures come from, e.g. CIN Census; each figure's"
                      + " year is added")
          @RequestParam(name = "source", required = false)
          String source,
      @Parameter(description = "The file, as the multipart part named file") @RequestPart("file")
          MultipartFile file,
      @Parameter(hidden = true) Account signedIn) {
    if (!FileImports.imports(kind)) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND,
          "There is no import of '"
              + kind
              + "': Beacon imports "
              + String.join(", ", FileImports.KINDS.subList(0, FileImports.KINDS.size() - 1))
              + " and "
              + FileImports.KINDS.get(FileImports.KINDS.size() - 1));
    }
    if (createMissing && !kind.equals(FileImports.INDICATORS)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, FileImports.CREATE_MISSING_IS_FOR_INDICATORS);
    }
    DfeMeasure dfeMeasure;
    try {
      dfeMeasure = DfeMeasure.of(indicator, measure, filters, source);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
    ImportReport report;
    try (InputStream content = file.getInputStream();
        Table table = TableFiles.open(name, file.getSize(), content, sheet, sizeLimit)) {
      report =
          imports.run(
              kind,
              organisation.code(),
              table,
              () -> opened(file, name, sheet),
              dryRun,
              signedIn.name(),
              reason,
              dfeMeasure,
              createMissing);
    } catch (UnreadableFileException e) {
      return rejected(List.of(e.problem()), 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!report.accepted()) {
      return rejected(report.problems(), report.problemCount());
    }
    return ResponseEntity.ok(report);
  }

  /** The file uploaded, opened again from its start. */
  private Table opened(MultipartFile file, String name, String sheet) {
    try {
      return TableFiles.open(name, file.getSize(), file.getInputStream(), sheet, sizeLimit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An upload the servlet container refused as it arrived, before any of it was read: over the
   * limit (counted as it arrives, or by its length said first), a NUL in its file name, or not a
   * multipart upload that can be read.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> uploadRefused(MultipartException e) {
    HttpStatus status;
    String detail;
    switch (UploadRefusal.of(e)) {
      case TOO_LARGE -> {
        status = HttpStatus.CONTENT_TOO_LARGE;
        detail =
            "The file is larger than the "
                + new FileSizeLimit(sizeLimit)
                + " limit; nothing was imported.";
      }
      case FILE_NAME -> {
        status = HttpStatus.BAD_REQUEST;
        detail =
            "The file's name has a control character in it, which no file name may have; nothing"
                + " was imported. Rename the file and send it again.";
      }
      default -> {
        status = HttpStatus.BAD_REQUEST;
        detail =
            "The upload could not be read; nothing was imported. Send the file as"
                + " multipart/form-data, in the part named file.";
      }
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle("The file was not imported");
    problem.setType(URI.create("/problems/import-refused"));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<ProblemDetail> rejected(List<ImportProblem> problems, int count) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY,
            (count == 1 ? "1 problem" : count + " problems")
                + " in the file; nothing was imported. "
                + problems.get(0).line());
    problem.setTitle("The file was not imported");
    problem.setType(URI.create("/problems/import-refused"));
    problem.setProperty("problemCount", count);
    problem.setProperty("problems", problems.stream().map(ImportProblem::line).toList());
    return ResponseEntity.unprocessableEntity()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
