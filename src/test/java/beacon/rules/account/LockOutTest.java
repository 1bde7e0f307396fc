package beacon.rules.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockOutTest {

  @Test
  void countsAnIpv4AddressAsAPlaceOfItsOwn() {
    assertThat(LockOut.placeOf("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(LockOut.placeOf("203.0.113.8")).isEqualTo("203.0.113.8");
  }

  @Test
  void countsEveryAddressOfAnIpv6NetworkOf64BitsAsOnePlace() {
    assertThat(LockOut.placeOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
    assertThat(LockOut.placeOf("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
    assertThat(LockOut.placeOf("[2001:db8:1:3::1]")).isEqualTo("2001:db8:1:3::/64");
    assertThat(LockOut.placeOf("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    assertThat(LockOut.placeOf("::ffff:203.0.113.7")).isEqualTo("0:0:0:0::/64");
    assertThat(LockOut.placeOf("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
  }

  @Test
  void countsWhatIsNoAddressAsItIs() {
    assertThat(LockOut.placeOf(null)).isEqualTo("unknown");
    assertThat(LockOut.placeOf("not:an:address")).isEqualTo("not:an:address");
    assertThat(LockOut.placeOf("1::2::3")).isEqualTo("1::2::3");
    assertThat(LockOut.placeOf("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
  }

  @Test
  void isLockedOnlyUntilTheTimeItWasLockedUntil() {
    Instant now = Instant.parse("2025-01-01T12:00:00Z");
    assertThat(LockOut.isLocked(null, now)).isFalse();
    assertThat(LockOut.isLocked(now.plus(LockOut.LOCKED_FOR), now)).isTrue();
    assertThat(LockOut.isLocked(now, now)).isFalse();
  }
}
