package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.account.Access;
import beacon.security.Routes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

/**
 * Who may import a file is the rule of its import's address: a file of indicators changes the
 * catalogue, so it has the rule of the catalogue's pages; the figures are the officers'.
 */
class ImportAccessTest {

  @Test
  void indicatorsAreImportedWithTheAccessOfTheCataloguesPages() {
    assertThat(access(HttpMethod.POST, "/api/v1/organisations/825/imports/indicators"))
        .isEqualTo(access(HttpMethod.POST, "/organisations/825/catalogue/indicators/new"))
        .isEqualTo(access(HttpMethod.POST, "/organisations/825/catalogue/indicators/X/edit"))
        .isEqualTo(Access.ADMINISTRATOR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"values", "targets", "benchmarks", "dfe-statistics"})
  void theFiguresAreImportedByPerformanceOfficers(String kind) {
    assertThat(access(HttpMethod.POST, "/api/v1/organisations/825/imports/" + kind))
        .isEqualTo(Access.PERFORMANCE_OFFICER);
  }

  @Test
  void anImportOfIndicatorsWithItsLettersPercentEncodedIsStillTheCatalogues() {
    assertThat(access(HttpMethod.POST, "/api/v1/organisations/825/imports/%69ndicators"))
        .isEqualTo(Access.ADMINISTRATOR);
  }

  private static Access access(HttpMethod method, String path) {
    return Routes.match(method, path).orElseThrow().route().access();
  }
}
