package beacon;

import beacon.cli.Commands;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Beacon: performance management for councils' children's services. Started with no command it
 * serves the web application; with one ({@code import}, {@code export}, {@code help}) it runs that
 * and exits.
 */
@SpringBootApplication
public class BeaconApplication {

  public static void main(String[] args) {
    if (Commands.named(args)) {
      System.exit(Commands.run(BeaconApplication.class, args));
    }
    SpringApplication.run(BeaconApplication.class, args);
  }

  /** Today in England, by which a period has ended or not. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
