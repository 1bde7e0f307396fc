package beacon.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.imports.DfeMeasure;
import beacon.imports.web.UploadedFiles.Details;
import beacon.imports.web.UploadedFiles.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedFilesTest {

  @TempDir Path directory;

  private final MovingClock clock = new MovingClock(Instant.parse("2025-01-06T09:00:00Z"));

  private static final Details DETAILS =
      new Details(
          "825",
          "values",
          "values.csv",
          null,
          "Sam Officer",
          "Return corrected",
          new DfeMeasure("", "", Map.of(), null),
          false);

  @Test
  void keepsTheBytesAndTheDetailsUnderARandomToken() throws IOException {
    UploadedFiles uploads = new UploadedFiles(directory, clock);

    Upload kept = uploads.keep(DETAILS, content("indicator_code,period\n"));
    Upload other = uploads.keep(DETAILS, content("other"));

    assertThat(kept.token()).matches("[0-9a-f]{32}").isNotEqualTo(other.token());
    Upload found = uploads.find(kept.token()).orElseThrow();
    assertThat(found.details()).isEqualTo(DETAILS);
    assertThat(found.size()).isEqualTo(22);
    try (InputStream in = found.open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("indicator_code,period\n");
    }
  }

  @Test
  void forgetsAFileOnceImported() {
    UploadedFiles uploads = new UploadedFiles(directory, clock);
    Upload kept = uploads.keep(DETAILS, content("x"));

    uploads.forget(kept.token());

    assertThat(uploads.find(kept.token())).isEmpty();
    assertThat(directory.resolve(kept.token())).doesNotExist();
  }

  @Test
  void keepsAFileForAnHourAtMost() {
    UploadedFiles uploads = new UploadedFiles(directory, clock);
    Upload old = uploads.keep(DETAILS, content("old"));

    clock.move(Duration.ofMinutes(59));
    assertThat(uploads.find(old.token())).isPresent();
    clock.move(Duration.ofMinutes(1));
    assertThat(uploads.find(old.token())).isEmpty();

    Upload recent = uploads.keep(DETAILS, content("recent"));
    assertThat(directory.resolve(old.token())).doesNotExist();
    assertThat(uploads.find(recent.token())).isPresent();
  }

  @Test
  void findsNothingForATokenItDidNotMake() throws IOException {
    UploadedFiles uploads = new UploadedFiles(directory, clock);
    Files.createDirectories(directory.resolve("elsewhere"));

    assertThat(uploads.find(null)).isEmpty();
    assertThat(uploads.find("../elsewhere")).isEmpty();
    assertThat(uploads.find("0123456789abcdef0123456789abcdef")).isEmpty();
  }

  @Test
  void keepsNoEmptyDetailsAsText() {
    UploadedFiles uploads = new UploadedFiles(directory, clock);
    Details withSheet =
        new Details(
            "825",
            "values",
            "book.xlsx",
            "Q4",
            "Sam",
            null,
            new DfeMeasure("", "", Map.of(), null),
            false);

    Upload kept = uploads.keep(withSheet, content("x"));

    assertThat(uploads.find(kept.token()).orElseThrow().details()).isEqualTo(withSheet);
  }

  @Test
  void keepsWhichFiguresOfAFileOfDfeStatisticsToImport() {
    UploadedFiles uploads = new UploadedFiles(directory, clock);
    Details dfe =
        new Details(
            "825",
            "dfe-statistics",
            "cla.csv",
            null,
            "Sam",
            null,
            DfeMeasure.of(
                "CLA-RATE",
                "rate_per_10000",
                List.of(
                    "population_type=Children looked after on 31 March each year", "version=Final"),
                "CLA return"),
            false);

    Upload kept = uploads.keep(dfe, content("x"));

    assertThat(uploads.find(kept.token()).orElseThrow().details()).isEqualTo(dfe);
  }

  @Test
  void keepsWhetherAFileOfIndicatorsAddsWhatTheCatalogueDoesNotHave() {
    UploadedFiles uploads = new UploadedFiles(directory, clock);
    Details creating =
        new Details(
            "825",
            "indicators",
            "indicators.csv",
            null,
            "Sam",
            null,
            new DfeMeasure("", "", Map.of(), null),
            true);

    Upload kept = uploads.keep(creating, content("x"));

    assertThat(uploads.find(kept.token()).orElseThrow().details()).isEqualTo(creating);
  }

  private static InputStream content(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
