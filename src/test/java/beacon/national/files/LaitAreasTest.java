package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.rules.national.LaitValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LaitAreasTest {

  @Test
  void findsTheRegionRowOfAnAuthorityWhateverTheWordsTheDataUses() {
    LaitAreas areas = new LaitAreas();
    areas.accept(value("202", "Camden", "Inner London"));
    areas.accept(value("370", "Barnsley", "Yorkshire and The Humber"));
    areas.accept(value("825", "Buckinghamshire", "South East"));
    areas.accept(value("982", "Yorkshire and the Humber", null));
    areas.accept(value("986", "London", null));
    areas.accept(value("987", "London (Inner)", null));
    areas.accept(value("989", "South East", null));
    assertThat(areas.regionOf("202")).isEqualTo("London (Inner)");
    assertThat(areas.regionOf("370")).isEqualTo("Yorkshire and the Humber");
    assertThat(areas.regionOf("825")).isEqualTo("South East");
    assertThat(areas.nameOf("825")).isEqualTo("Buckinghamshire");
    assertThat(areas.regionOf("999")).isNull();
  }

  private static LaitValue value(String code, String name, String region) {
    return new LaitValue("M", "Measure", "2022", code, name, region, BigDecimal.ONE, null);
  }
}
