package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthoritiesTest {

  @Test
  void givesBuckinghamshireItsTwoCodes() throws IOException {
    List<Authority> bucks = read().stream().filter(a -> a.oldCode().equals("825")).toList();
    assertThat(bucks)
        .containsExactly(
            new Authority(
                "825", "E10000002", "Buckinghamshire", "E12000008", "South East", 2013, 2020),
            new Authority(
                "825", "E06000060", "Buckinghamshire", "E12000008", "South East", 2021, 2025));
    assertThat(bucks.get(0).reportsIn(2020)).isTrue();
    assertThat(bucks.get(1).reportsIn(2020)).isFalse();
  }

  @Test
  void readsEveryAuthorityWithANameInQuotes() throws IOException {
    List<Authority> authorities = read();
    assertThat(authorities).hasSize(161);
    assertThat(authorities)
        .extracting(Authority::name)
        .contains("Kingston upon Hull, City of", "Bournemouth, Christchurch and Poole");
  }

  private static List<Authority> read() throws IOException {
    try (InputStream in = NationalResources.open(Authorities.RESOURCE)) {
      return Authorities.read(in);
    }
  }
}
