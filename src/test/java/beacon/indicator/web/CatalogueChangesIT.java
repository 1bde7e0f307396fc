package beacon.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.indicator.Catalogue;
import beacon.rating.RagSchemes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A catalogue change keeps what the row was, who changed it and why; a stale edit is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueChangesIT extends EmbeddedDatabaseForTests {

  @Autowired TestCouncils councils;
  @Autowired Catalogue catalogue;
  @Autowired RagSchemes schemes;

  @Test
  void anEditKeepsTheOldValuesWithWhoWhenAndWhy() {
    long org = councils.aCouncil().id();
    long id =
        catalogue.createPortfolio(
            org, "Education", "Cllr One", null, new Catalogue.Edit("Ann", null, null));
    catalogue.updatePortfolio(
        org,
        id,
        "Education and Skills",
        "Cllr Two",
        null,
        new Catalogue.Edit("Bob", "New cabinet", 1));

    List<Catalogue.Change> changes = catalogue.changesOf(Catalogue.Table.PORTFOLIO, id);
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).creation()).isTrue();
    assertThat(changes.get(0).changedBy()).isEqualTo("Ann");
    assertThat(changes.get(1).changedBy()).isEqualTo("Bob");
    assertThat(changes.get(1).reason()).isEqualTo("New cabinet");
    assertThat(changes.get(1).oldValues())
        .containsEntry("name", "Education")
        .containsEntry("cabinet_member", "Cllr One");
    List<CatalogueHistory.Entry> history =
        CatalogueHistory.of(changes, catalogue.currentValues(Catalogue.Table.PORTFOLIO, id));
    assertThat(history.get(0).fields())
        .contains(new CatalogueHistory.FieldChange("name", "Education", "Education and Skills"));
  }

  @Test
  void anEditOvertakenBySomeoneElsesSaveIsRefusedAndChangesNothing() {
    long org = councils.aCouncil().id();
    long id = catalogue.createPriority(org, "Safe", null, new Catalogue.Edit("Ann", null, null));
    catalogue.updatePriority(org, id, "Safer", null, new Catalogue.Edit("Bob", null, 1));

    assertThatThrownBy(
            () ->
                catalogue.updatePriority(
                    org, id, "Safest", null, new Catalogue.Edit("Cat", null, 1)))
        .isInstanceOf(Catalogue.StaleEditException.class);
    assertThat(catalogue.priority(org, id).orElseThrow().name()).isEqualTo("Safer");
    assertThat(catalogue.version(Catalogue.Table.PRIORITY, id)).isEqualTo(2);
  }

  @Test
  void aSchemeEditKeepsItsKindBandAndDateInForce() {
    long org = councils.aCouncil().id();
    long id =
        schemes.create(
            org,
            "Relative",
            RagSchemes.SchemeKind.RELATIVE_BAND,
            BigDecimal.TEN,
            null,
            LocalDate.of(2024, 4, 1),
            new Catalogue.Edit("Ann", null, null));
    schemes.update(
        org,
        id,
        "Relative",
        RagSchemes.SchemeKind.ABSOLUTE_BAND,
        BigDecimal.valueOf(5),
        null,
        LocalDate.of(2025, 4, 1),
        new Catalogue.Edit("Bob", "Points suit small numbers", 1));

    RagSchemes.Scheme scheme = schemes.scheme(org, id).orElseThrow();
    assertThat(scheme.kind()).isEqualTo(RagSchemes.SchemeKind.ABSOLUTE_BAND);
    assertThat(scheme.inForceFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(catalogue.changesOf(Catalogue.Table.RAG_SCHEME, id).get(1).oldValues())
        .containsEntry("kind", "RELATIVE_BAND")
        .containsEntry("band", "10")
        .containsEntry("in_force_from", "2024-04-01");
  }
}
