package beacon.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeUseTest {

  private static final SchemeUse TEN_FROM_2017 =
      new SchemeUse(null, LocalDate.of(2017, 4, 1), "2017/18", RagScheme.relativeBand("10"));
  private static final SchemeUse FIVE_FROM_2018 =
      new SchemeUse(null, LocalDate.of(2018, 4, 1), "2018/19", RagScheme.relativeBand("5"));
  private static final SchemeUse TWO_STATE_FOR_ONE =
      new SchemeUse("CSC-ICPC-15", LocalDate.of(2018, 4, 1), "strict", RagScheme.twoState());

  private final List<SchemeUse> uses = List.of(TEN_FROM_2017, FIVE_FROM_2018, TWO_STATE_FOR_ONE);

  @Test
  void theOrganisationsLatestSchemeStartedByThenIsInForce() {
    assertThat(SchemeUse.inForce(uses, "CSC-ASSESS-45", LocalDate.of(2018, 3, 31)))
        .contains(TEN_FROM_2017);
    assertThat(SchemeUse.inForce(uses, "CSC-ASSESS-45", LocalDate.of(2018, 9, 30)))
        .contains(FIVE_FROM_2018);
    assertThat(SchemeUse.inForce(uses, "CSC-ASSESS-45", LocalDate.of(2016, 9, 30))).isEmpty();
  }

  @Test
  void anIndicatorsOwnSchemeOverridesTheOrganisationsOnceStarted() {
    assertThat(SchemeUse.inForce(uses, "CSC-ICPC-15", LocalDate.of(2018, 9, 30)))
        .contains(TWO_STATE_FOR_ONE);
    assertThat(SchemeUse.inForce(uses, "CSC-ICPC-15", LocalDate.of(2018, 3, 31)))
        .contains(TEN_FROM_2017);
  }
}
