package beacon.setup;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.national.files.Authority;
import org.junit.jupiter.api.Test;

/** The DfE's list of authorities as Beacon ships it, each found by either of its codes. */
class AuthorityListTest {

  private final AuthorityList list = AuthorityList.shipped();

  @Test
  void everyAuthorityReportingTodayIsListedOnceByName() {
    assertThat(list.current()).hasSize(153);
    assertThat(list.current()).extracting(Authority::oldCode).doesNotHaveDuplicates();
    assertThat(list.current().get(0).name()).isEqualTo("Barking and Dagenham");
  }

  @Test
  void anAuthorityIsFoundByItsThreeDigitCodeOrItsOnsCodeInAnyCase() {
    assertThat(list.find("311")).isEqualTo(list.find("e09000016"));
    assertThat(list.find(" 311 "))
        .isInstanceOfSatisfying(
            AuthorityList.Current.class,
            found -> {
              assertThat(found.authority().name()).isEqualTo("Havering");
              assertThat(found.authority().regionName()).isEqualTo("Outer London");
              assertThat(found.authority().newCode()).isEqualTo("E09000016");
            });
  }

  @Test
  void aReorganisedAuthorityIsFoundUnderItsNewestCodes() {
    // Buckinghamshire kept 825 and became the unitary E06000060 in 2020
    assertThat(list.find("825"))
        .isInstanceOfSatisfying(
            AuthorityList.Current.class,
            found -> assertThat(found.authority().newCode()).isEqualTo("E06000060"));
    assertThat(list.find("E10000002")).isInstanceOf(AuthorityList.Current.class);
  }

  @Test
  void anAuthorityReorganisedAwayIsFoundReplacedByThoseThatFollowedItInItsRegion() {
    assertThat(list.find("909"))
        .isInstanceOfSatisfying(
            AuthorityList.Replaced.class,
            replaced ->
                assertThat(replaced.successors())
                    .extracting(Authority::name)
                    .containsExactly("Cumberland", "Westmorland and Furness"));
  }

  @Test
  void aCodeNoAuthorityHasIsUnknown() {
    assertThat(list.find("999")).isInstanceOf(AuthorityList.Unknown.class);
    assertThat(list.find("")).isInstanceOf(AuthorityList.Unknown.class);
    assertThat(list.find(null)).isInstanceOf(AuthorityList.Unknown.class);
  }
}
