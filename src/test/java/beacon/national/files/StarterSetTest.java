package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beacon.rules.rating.Unit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarterSetTest {

  private static final String HEADER = "code,measure,title,unit,group\n";

  @Test
  void theShippedSetHasTheStandardMeasuresCouncilsPapersUse() {
    List<StarterSet.Entry> shipped = StarterSet.shipped();

    assertThat(shipped).hasSize(20);
    assertThat(shipped.get(0))
        .isEqualTo(
            new StarterSet.Entry(
                "CSC-REREFERRALS",
                "ReReferral",
                "Re-referrals to children's social care within 12 months of the previous"
                    + " referral (%)",
                Unit.PERCENT,
                "Referrals, assessments and child protection"));
    assertThat(shipped)
        .extracting(StarterSet.Entry::measure)
        .contains("Continue_Assess_Comp", "CP_conf_15days", "LACDistance", "SEN_EHC_Excpt_20wks");
  }

  @Test
  void aUnitBeaconDoesNotKnowIsRefusedNamingTheRow() {
    assertThatThrownBy(() -> read(HEADER + "A,ReReferral,Re-referrals,PERCENTAGE,Front door\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessageContaining("starter-set.csv")
        .hasMessageContaining("row 2")
        .hasMessageContaining(
            "unit 'PERCENTAGE' is not PERCENT, NUMBER, SCORE, RATE, DAYS or PER_10000");
  }

  @Test
  void aMeasureGivenTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    HEADER
                        + "A,ReReferral,Re-referrals,PERCENT,Front door\n"
                        + "B,ReReferral,Re-referrals again,PERCENT,Front door\n"))
        .isInstanceOf(NationalFileException.class)
        .hasMessageContaining("the measure ReReferral is given twice");
  }

  private static List<StarterSet.Entry> read(String csv) {
    return StarterSet.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }
}
