package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.rating.Polarity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CuratedMeasuresTest {

  private static final String HEADER =
      "code,name,polarity,decimals,year_type,publication,variant\n";

  @Test
  void describesEachMeasureItNamesOverWhatTheDataSays() {
    Map<String, CuratedMeasures.Curated> curated =
        read(
            HEADER
                + "c1.rereferral_child_percent,Re-referrals within 12 months (% of children"
                + " referred),LOW,1,Financial Year,CIN Census,child-based\n");
    NationalMeasure fromTheFile =
        new NationalMeasure(
            "c1.rereferral_child_percent",
            "Rereferral child percent",
            null,
            null,
            null,
            "Reporting Year",
            "rereferral_child_percent of c1.csv.gz.",
            null,
            "DfE",
            null,
            null,
            "CIN Census",
            null,
            true,
            "c1.csv.gz");

    NationalMeasure described = curated.get("c1.rereferral_child_percent").over(fromTheFile);

    assertThat(described.name())
        .isEqualTo("Re-referrals within 12 months (% of children referred)");
    assertThat(described.polarity()).isEqualTo(Polarity.LOW);
    assertThat(described.decimals()).isEqualTo(1);
    assertThat(described.yearType()).isEqualTo("Financial Year");
    assertThat(described.variant()).isEqualTo("child-based");
    assertThat(described.description()).isEqualTo("rereferral_child_percent of c1.csv.gz.");
    assertThat(described.source()).isEqualTo("c1.csv.gz");
  }

  @Test
  void leavesWhatAnEmptyCellDoesNotSay() {
    NationalMeasure lait =
        NationalMeasure.ofTheLaitNamed("ReReferral", "Percentage of re-referrals");

    NationalMeasure described =
        read(HEADER + "ReReferral,,,,,,referral-based\n").get("ReReferral").over(lait);

    assertThat(described.name()).isEqualTo("Percentage of re-referrals");
    assertThat(described.polarity()).isNull();
    assertThat(described.variant()).isEqualTo("referral-based");
    assertThat(described.source()).isEqualTo("LAIT");
  }

  @Test
  void refusesAPolarityItDoesNotKnowAndACodeGivenTwice() {
    assertThatThrownBy(() -> read(HEADER + "m1,Name,UP,,,,\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessage("measures.csv, row 2: polarity 'UP' is not HIGH, LOW or NONE");
    assertThatThrownBy(() -> read(HEADER + "m1,Name,,,,,\nm1,Other,,,,,\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessage("measures.csv, row 3: m1 is described twice");
  }

  @Test
  void describesOnlyMeasuresTheShippedFilesHave() throws IOException {
    Set<String> shipped = new HashSet<>();
    try (InputStream in = NationalResources.open(LaitDictionary.RESOURCE)) {
      LaitDictionary.read(in).forEach(measure -> shipped.add(measure.code()));
    }
    for (EesFile file : EesFile.SHIPPED) {
      try (InputStream in = NationalResources.open(file.resource())) {
        file.read(in, code -> null, value -> {}).forEach(measure -> shipped.add(measure.code()));
      }
    }
    Map<String, CuratedMeasures.Curated> curated;
    try (InputStream in = NationalResources.open(CuratedMeasures.RESOURCE)) {
      curated = CuratedMeasures.read(in);
    }

    assertThat(shipped).containsAll(curated.keySet());
    assertThat(curated.get("ReReferral").variant()).isEqualTo("referral-based");
    assertThat(curated.get("c1.rereferral_percent").variant()).isEqualTo("referral-based");
    assertThat(curated.get("c1.rereferral_child_percent").variant()).isEqualTo("child-based");
  }

  private static Map<String, CuratedMeasures.Curated> read(String csv) {
    return CuratedMeasures.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }
}
