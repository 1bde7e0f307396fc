package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.national.Neighbour;
import beacon.rules.national.NeighbourModel;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class NeighbourModelsTest {

  @Test
  void readsBuckinghamshiresTenNeighboursClosestFirstIn2021() throws IOException {
    NeighbourModel model;
    try (InputStream in = NationalResources.open(NeighbourModels.RESOURCE_2021)) {
      model = NeighbourModels.read2021(in);
    }
    assertThat(model.name()).isEqualTo("2021");
    assertThat(model.of("825"))
        .extracting(Neighbour::code)
        .containsExactly("936", "869", "868", "919", "931", "850", "867", "873", "823", "358");
    assertThat(model.of("825").get(0)).isEqualTo(new Neighbour("936", 1, "Very close"));
  }

  @Test
  void keepsTheOldNeighboursOfAuthoritiesSinceReorganisedIn2021() throws IOException {
    NeighbourModel model;
    try (InputStream in = NationalResources.open(NeighbourModels.RESOURCE_2021)) {
      model = NeighbourModels.read2021(in);
    }
    assertThat(model.neighboursOf()).hasSize(156).containsKeys("201", "837", "928");
    assertThat(model.has("942")).isFalse();
  }

  @Test
  void readsThe2025ModelWithClosenessWordsTrimmed() throws IOException {
    NeighbourModel model;
    try (InputStream in = NationalResources.open(NeighbourModels.RESOURCE_2025)) {
      model = NeighbourModels.read2025(in);
    }
    assertThat(model.name()).isEqualTo("2025");
    assertThat(model.neighboursOf()).hasSize(153).containsKeys("942", "943");
    assertThat(model.has("909")).isFalse();
    assertThat(model.of("302").get(0)).isEqualTo(new Neighbour("320", 1, "Close"));
    assertThat(model.of("825"))
        .extracting(Neighbour::code)
        .containsExactly("931", "919", "869", "936", "873", "867", "823", "868", "358", "850");
  }

  @Test
  void spellsClosenessOneWay() {
    assertThat(NeighbourModels.closeness("Very Close")).isEqualTo("Very close");
    assertThat(NeighbourModels.closeness("Close ")).isEqualTo("Close");
    assertThat(NeighbourModels.closeness("")).isNull();
  }
}
