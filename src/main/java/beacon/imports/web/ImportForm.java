package beacon.imports.web;

import beacon.account.Account;
import beacon.imports.DfeMeasure;
import beacon.imports.file.TableFiles;
import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import form as sent: what the file holds, the file, the sheet of a workbook, who imports it
 * and why values already recorded are corrected.
 */
public class ImportForm {

  private String kind = "";
  private MultipartFile file;
  private String sheet = "";
  private String reason = "";
  private String indicator = "";
  private String measure = "";
  private String filters = "";
  private String source = "";

  ImportForm() {}

  ImportForm(String kind) {
    this.kind = kind;
  }

  /** Checks the form, rejecting each wrong field with a message naming it. */
  void validate(Errors errors, List<String> kinds, long sizeLimitBytes, String sizeLimit) {
    if (kind == null || !kinds.contains(kind)) {
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
    // who imports is the signed-in account
    if (ImportKinds.DFE_STATISTICS.equals(kind)) {
      if (indicator == null || indicator.isBlank()) {
        errors.rejectValue(
            "indicator", "imports.error.indicator", "Choose the indicator the figures are for");
      }
      try {
        measure();
      } catch (IllegalArgumentException e) {
        errors.rejectValue("filters", "imports.error.filters", e.getMessage());
      }
    }
  }

  /** Which figures of a file of DfE statistics to import: one filter a line, column=value. */
  DfeMeasure measure() {
    return DfeMeasure.of(
        indicator, measure, filters == null ? List.of() : List.of(filters.split("\\R")), source);
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
            ? measure()
            : DfeMeasure.of(null, null, List.of(), null));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getFilters() {
    return filters;
  }

  public void setFilters(String filters) {
    this.filters = filters;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }

  public String getSheet() {
    return sheet;
  }

  public void setSheet(String sheet) {
    this.sheet = sheet;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
