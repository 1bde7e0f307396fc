package beacon.rules.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenedVersionTest {

  record Saved(long id, String recordedBy, Instant recordedAt) implements SavedVersion {}

  private static final Saved SEVEN = new Saved(7, "officer.one", Instant.EPOCH);

  @Test
  void aFormOpenedOnTheVersionSavedNowIsNotStale() {
    assertThat(OpenedVersion.isStale(Optional.of(SEVEN), 7L)).isFalse();
  }

  @Test
  void aFormOpenedOnAnEarlierVersionIsStale() {
    assertThat(OpenedVersion.isStale(Optional.of(SEVEN), 6L)).isTrue();
  }

  @Test
  void aFormOpenedWhenNothingWasSavedIsStaleOnceSomethingIs() {
    assertThat(OpenedVersion.isStale(Optional.of(SEVEN), null)).isTrue();
  }

  @Test
  void aFormOpenedWhenNothingWasSavedIsNotStaleWhileNothingIs() {
    assertThat(OpenedVersion.isStale(Optional.empty(), null)).isFalse();
  }

  @Test
  void aFormThatSentNoVersionIsRefusedOnceSomethingIsSaved() {
    assertThatThrownBy(() -> OpenedVersion.check(Optional.of(SEVEN), null))
        .isInstanceOfSatisfying(
            SavedSinceOpenedException.class, e -> assertThat(e.saved()).isEqualTo(SEVEN));
  }

  @Test
  void aFormOpenedOnTheVersionSavedNowPassesTheCheck() {
    OpenedVersion.check(Optional.of(SEVEN), 7L);
    OpenedVersion.check(Optional.empty(), null);
  }
}
