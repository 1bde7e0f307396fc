package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.national.ReleaseCalendar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReleasesTest {

  private static final String HEADER = "publication,months_after_the_year_ends,usually_out\n";

  @Test
  void theShippedCalendarDatesTheChildrensServicesPublications() {
    ReleaseCalendar shipped = Releases.shipped();

    assertThat(shipped.monthsAfter("CIN Census")).contains(7);
    assertThat(shipped.monthsAfter("SSDA903 return")).contains(8);
    assertThat(shipped.monthsAfter("Children's social work workforce census")).contains(5);
    assertThat(shipped.monthsAfter("Outcomes for children in need")).contains(8);
    assertThat(shipped.monthsAfter("Education, health and care plans")).contains(5);
  }

  @Test
  void aNumberOfMonthsThatIsNotOneIsRefusedNamingTheRow() {
    assertThatThrownBy(() -> read(HEADER + "CIN Census,7,October\nSSDA903 return,late,November\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessage(
            "releases.csv, row 3: months_after_the_year_ends 'late' is not a whole number of"
                + " months, 0 or more");
    assertThatThrownBy(() -> read(HEADER + "CIN Census,-1,March\n"))
        .hasMessageContaining("row 2")
        .hasMessageContaining("'-1'");
  }

  @Test
  void aPublicationGivenTwiceIsRefused() {
    assertThatThrownBy(() -> read(HEADER + "CIN Census,7,October\ncin census,8,November\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessage("releases.csv, row 3: the publication cin census is given twice");
  }

  @Test
  void aFileWithoutTheColumnIsRefusedNamingIt() {
    assertThatThrownBy(() -> read("publication,month\nCIN Census,October\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessageContaining("months_after_the_year_ends");
  }

  private static ReleaseCalendar read(String csv) {
    return Releases.read(
        "releases.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }
}
