package beacon.imports.web;

import static java.util.Objects.requireNonNullElse;

import beacon.account.Account;
import beacon.imports.DfeMeasure;
import beacon.imports.FileImports;
import beacon.imports.file.TableFiles;
import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import form as sent: what the file holds, the file, the sheet of a workbook, who imports it
 * and why values already recorded are corrected. A field not sent is empty.
 */
public record ImportForm(
    String kind,
    MultipartFile file,
    String sheet,
    String reason,
    String indicator,
    String measure,
    String filters,
    String source,
    String createMissing) {

  public ImportForm {
    kind = requireNonNullElse(kind, "");
    sheet = requireNonNullElse(sheet, "");
    reason = requireNonNullElse(reason, "");
    indicator = requireNonNullElse(indicator, "");
    measure = requireNonNullElse(measure, "");
    filters = requireNonNullElse(filters, "");
    source = requireNonNullElse(source, "");
    createMissing = requireNonNullElse(createMissing, "");
  }

  /** The form for a file of this kind, nothing chosen yet. */
  static ImportForm of(String kind) {
    return new ImportForm(kind, null, null, null, null, null, null, null, null);
  }

  /** The same form with the file uploaded. */
  ImportForm withFile(MultipartFile uploaded) {
    return new ImportForm(
        kind, uploaded, sheet, reason, indicator, measure, filters, source, createMissing);
  }

  /** Checks the form, rejecting each wrong field with a message naming it. */
  void validate(Errors errors, List<String> kinds, long sizeLimitBytes, String sizeLimit) {
    if (!kinds.contains(kind)) {
      errors.rejectValue("kind", "imports.error.kind", "Choose what the file holds");
    }
    if (file == null || file.getOriginalFilename() == null || fileName().isEmpty()) {
      errors.rejectValue("file", "imports.error.file", "Choose a file");
    } else if (TableFiles.hasControlCharacter(fileName())) {
      errors.rejectValue(
          "file", "imports.error.fileName", "The file's name has a control character in it");
    } else if (file.getSize() > sizeLimitBytes) {
      errors.rejectValue(
          "file",
          "imports.error.size",
          new Object[] {sizeLimit},
          "The file is larger than " + sizeLimit);
    } else if (file.isEmpty()) {
      errors.rejectValue("file", "imports.error.empty", "The file is empty");
    }
    if (createsMissing() && !FileImports.INDICATORS.equals(kind)) {
      errors.rejectValue(
          "createMissing",
          "imports.error.createMissing",
          "Untick the box, or choose a file of indicators");
    }
    // who imports is the signed-in account
    if (ImportKinds.DFE_STATISTICS.equals(kind)) {
      if (indicator.isBlank()) {
        errors.rejectValue(
            "indicator", "imports.error.indicator", "Choose the indicator the figures are for");
      }
      try {
        dfeMeasure();
      } catch (IllegalArgumentException e) {
        errors.rejectValue("filters", "imports.error.filters", e.getMessage());
      }
    }
  }

  /** Whether the box to add missing portfolios, priorities and themes is ticked. */
  public boolean createsMissing() {
    return "true".equals(createMissing);
  }

  /** Which figures of a file of DfE statistics to import: one filter a line, column=value. */
  DfeMeasure dfeMeasure() {
    return DfeMeasure.of(indicator, measure, List.of(filters.split("\\R")), source);
  }

  /** The file's own name, without any folders a browser sends with it. */
  String fileName() {
    String name =
        file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
  }

  /** The upload's details, {@code importer} importing it into {@code organisation}. */
  UploadedFiles.Details details(String organisation, Account importer) {
    return new UploadedFiles.Details(
        organisation,
        kind,
        fileName(),
        blankToNull(sheet),
        importer.name(),
        blankToNull(reason),
        ImportKinds.DFE_STATISTICS.equals(kind)
            ? dfeMeasure()
            : DfeMeasure.of(null, null, List.of(), null),
        createsMissing());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
