package beacon.imports.web;

import beacon.imports.ImportReport;
import beacon.imports.file.Table;
import beacon.imports.file.TableFiles;
import beacon.imports.file.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Runs the import of a file kept since its check, by the importer of its kind: as a dry run when it
 * is checked, for real when it is confirmed. A file that cannot be read is a refused import that
 * says why.
 */
@Component
class KeptUploads {

  private final ImportKinds kinds;
  private final DataSize sizeLimit;

  KeptUploads(ImportKinds kinds, @Value("${beacon.imports.size-limit:50MB}") DataSize sizeLimit) {
    this.kinds = kinds;
    this.sizeLimit = sizeLimit;
  }

  ImportReport run(UploadedFiles.Upload upload, boolean dryRun) {
    UploadedFiles.Details details = upload.details();
    ImportKinds.Importer importer =
        kinds
            .importer(details.kind())
            .orElseThrow(() -> new IllegalStateException("No importer of " + details.kind()));
    try (InputStream content = upload.open();
        Table table =
            TableFiles.open(
                details.fileName(), upload.size(), content, details.sheet(), sizeLimit.toBytes())) {
      return importer.run(
          details.organisation(),
          table,
          () -> opened(upload),
          dryRun,
          details.by(),
          details.reason(),
          details.measure(),
          details.createMissing());
    } catch (UnreadableFileException e) {
      return new ImportReport(
          details.kind(),
          details.fileName(),
          dryRun,
          false,
          0,
          0,
          0,
          0,
          0,
          List.of(),
          List.of(e.problem()),
          1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file kept, opened again from its start. */
  private Table opened(UploadedFiles.Upload upload) {
    UploadedFiles.Details details = upload.details();
    try {
      return TableFiles.open(
          details.fileName(), upload.size(), upload.open(), details.sheet(), sizeLimit.toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
