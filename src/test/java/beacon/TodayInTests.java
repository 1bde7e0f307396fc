package beacon;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Beacon's clock in tests: noon on 24 November 2026 in England, whatever the day the tests run, so
 * that which periods have ended is the same every time. Q2 2026/27 has ended; Q3 2026/27, and every
 * period after it, has not.
 */
@Configuration(proxyBeanMethods = false)
public class TodayInTests {

  public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(TODAY.atTime(12, 0).atZone(ENGLAND).toInstant(), ENGLAND);
  }
}
