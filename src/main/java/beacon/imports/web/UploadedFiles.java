package beacon.imports.web;

import beacon.imports.DfeMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Files uploaded to the import page, kept between the dry run that checks them and the import the
 * officer confirms, so the file imported is the very file checked. Each is kept under a random
 * token in {@code java.io.tmpdir/beacon-uploads}, readable by Beacon's user only, for an hour at
 * most: files older than that are deleted whenever a file is kept.
 */
@Component
class UploadedFiles {

  static final Duration KEPT_FOR = Duration.ofHours(1);

  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path directory;
  private final Clock clock;

  @Autowired
  UploadedFiles() {
    this(Path.of(System.getProperty("java.io.tmpdir"), "beacon-uploads"), Clock.systemUTC());
  }

  UploadedFiles(Path directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * What the officer asked for with the file: imported to whom, as what, by whom and why; for DfE
   * statistics, which figures.
   */
  record Details(
      String organisation,
      String kind,
      String fileName,
      String sheet,
      String by,
      String reason,
      DfeMeasure measure,
      boolean createMissing) {}

  /** A file kept, with its details. */
  record Upload(String token, Details details, Path content) {

    InputStream open() throws IOException {
      return Files.newInputStream(content);
    }

    long size() throws IOException {
      return Files.size(content);
    }
  }

  /** Keeps the file's bytes, read to their end, and answers the token to find them by. */
  Upload keep(Details details, InputStream content) {
    forgetExpired();
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Path kept = directory.resolve(token);
    try {
      createPrivateDirectory(directory);
      createPrivateDirectory(kept);
      Files.copy(content, kept.resolve("content"), StandardCopyOption.REPLACE_EXISTING);
      Properties properties = new Properties();
      properties.setProperty("kept", clock.instant().toString());
      properties.setProperty("organisation", details.organisation());
      properties.setProperty("kind", details.kind());
      properties.setProperty("fileName", details.fileName());
      properties.setProperty("sheet", orEmpty(details.sheet()));
      properties.setProperty("by", details.by());
      properties.setProperty("reason", orEmpty(details.reason()));
      properties.setProperty("createMissing", String.valueOf(details.createMissing()));
      DfeMeasure measure = details.measure();
      properties.setProperty("indicator", measure.indicatorCode());
      properties.setProperty("measure", measure.measure());
      properties.setProperty("source", measure.source());
      int number = 0;
      for (Map.Entry<String, String> filter : measure.filters().entrySet()) {
        properties.setProperty("filter." + ++number, filter.getKey() + "=" + filter.getValue());
      }
      try (OutputStream out = Files.newOutputStream(kept.resolve("details.properties"))) {
        properties.store(out, null);
      }
    } catch (IOException e) {
      delete(kept);
      throw new UncheckedIOException(e);
    }
    return new Upload(token, details, kept.resolve("content"));
  }

  /** The file kept under the token, unless it is unknown, forgotten or kept too long. */
  Optional<Upload> find(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    Path kept = directory.resolve(token);
    return readDetails(kept)
        .filter(read -> !expired(read))
        .map(read -> new Upload(token, details(read), kept.resolve("content")));
  }

  /** Deletes the file kept under the token. */
  void forget(String token) {
    if (token != null && TOKEN.matcher(token).matches()) {
      delete(directory.resolve(token));
    }
  }

  /** Deletes every file kept longer than {@link #KEPT_FOR}, or whose details are lost. */
  void forgetExpired() {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> kept = Files.list(directory)) {
      kept.filter(path -> readDetails(path).map(this::expired).orElse(true))
          .forEach(UploadedFiles::delete);
    } catch (IOException e) {
      // left for the next time
    }
  }

  private boolean expired(Properties details) {
    Instant kept = Instant.parse(details.getProperty("kept"));
    return !kept.plus(KEPT_FOR).isAfter(clock.instant());
  }

  private static Optional<Properties> readDetails(Path kept) {
    Path file = kept.resolve("details.properties");
    if (!Files.isRegularFile(file) || !Files.isRegularFile(kept.resolve("content"))) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      Properties properties = new Properties();
      properties.load(in);
      Instant.parse(properties.getProperty("kept", ""));
      return Optional.of(properties);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Details details(Properties read) {
    return new Details(
        read.getProperty("organisation"),
        read.getProperty("kind"),
        read.getProperty("fileName"),
        orNull(read.getProperty("sheet")),
        read.getProperty("by"),
        orNull(read.getProperty("reason")),
        DfeMeasure.of(
            read.getProperty("indicator"),
            read.getProperty("measure"),
            filters(read),
            read.getProperty("source")),
        Boolean.parseBoolean(read.getProperty("createMissing")));
  }

  private static List<String> filters(Properties read) {
    List<String> filters = new ArrayList<>();
    for (int number = 1; read.getProperty("filter." + number) != null; number++) {
      filters.add(read.getProperty("filter." + number));
    }
    return filters;
  }

  private static void createPrivateDirectory(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return;
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(path);
    }
  }

  private static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(UploadedFiles::deleteQuietly);
    } catch (IOException e) {
      // left for the next time
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // left for the next time
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String orNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
