package beacon.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestCouncils;
import beacon.indicator.CatalogueChanges;
import beacon.indicator.CatalogueChanges.Edit;
import beacon.indicator.CatalogueChanges.Table;
import beacon.indicator.Portfolios;
import beacon.indicator.Priorities;
import beacon.rating.RagSchemes;
import beacon.rating.SchemeKind;
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
  @Autowired CatalogueChanges catalogueChanges;
  @Autowired Portfolios portfolios;
  @Autowired Priorities priorities;
  @Autowired RagSchemes schemes;

  @Test
  void anEditKeepsTheOldValuesWithWhoWhenAndWhy() {
    long org = councils.aCouncil().id();
    long id = portfolios.create(org, "Education", "Cllr One", null, new Edit("Ann", null, null));
    portfolios.update(
        org, id, "Education and Skills", "Cllr Two", null, new Edit("Bob", "New cabinet", 1));

    List<CatalogueChanges.Change> changes = catalogueChanges.changesOf(Table.PORTFOLIO, id);
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).creation()).isTrue();
    assertThat(changes.get(0).changedBy()).isEqualTo("Ann");
    assertThat(changes.get(1).changedBy()).isEqualTo("Bob");
    assertThat(changes.get(1).reason()).isEqualTo("New cabinet");
    assertThat(changes.get(1).oldValues())
        .containsEntry("name", "Education")
        .containsEntry("cabinet_member", "Cllr One");
    List<CatalogueHistory.Entry> history =
        CatalogueHistory.of(changes, catalogueChanges.currentValues(Table.PORTFOLIO, id));
    assertThat(history.get(0).fields())
        .contains(new CatalogueHistory.FieldChange("name", "Education", "Education and Skills"));
  }

  @Test
  void anEditOvertakenBySomeoneElsesSaveIsRefusedAndChangesNothing() {
    long org = councils.aCouncil().id();
    long id = priorities.create(org, "Safe", null, new Edit("Ann", null, null));
    priorities.update(org, id, "Safer", null, new Edit("Bob", null, 1));

    assertThatThrownBy(() -> priorities.update(org, id, "Safest", null, new Edit("Cat", null, 1)))
        .isInstanceOf(CatalogueChanges.StaleEditException.class);
    assertThat(priorities.withId(org, id).orElseThrow().name()).isEqualTo("Safer");
    assertThat(catalogueChanges.version(Table.PRIORITY, id)).isEqualTo(2);
  }

  @Test
  void aSchemeEditKeepsItsKindBandAndDateInForce() {
    long org = councils.aCouncil().id();
    long id =
        schemes.create(
            org,
            "Relative",
            SchemeKind.RELATIVE_BAND,
            BigDecimal.TEN,
            null,
            null,
            null,
            LocalDate.of(2024, 4, 1),
            new Edit("Ann", null, null));
    schemes.update(
        org,
        id,
        "Relative",
        SchemeKind.ABSOLUTE_BAND,
        BigDecimal.valueOf(5),
        null,
        null,
        null,
        LocalDate.of(2025, 4, 1),
        new Edit("Bob", "Points suit small numbers", 1));

    RagSchemes.Scheme scheme = schemes.scheme(org, id).orElseThrow();
    assertThat(scheme.kind()).isEqualTo(SchemeKind.ABSOLUTE_BAND);
    assertThat(scheme.inForceFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(catalogueChanges.changesOf(Table.RAG_SCHEME, id).get(1).oldValues())
        .containsEntry("kind", "RELATIVE_BAND")
        .containsEntry("band", "10")
        .containsEntry("in_force_from", "2024-04-01");
  }
}
