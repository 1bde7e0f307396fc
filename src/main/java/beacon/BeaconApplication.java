package beacon;

import beacon.cli.Commands;
import beacon.database.EarlyDatabaseStart;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Beacon: performance management for councils' children's services. Started with no command it
 * serves the web application; with one ({@code import}, {@code export}, {@code help}) it runs that
 * and exits. The embedded database starts while the rest of Beacon is made ({@link
 * EarlyDatabaseStart}).
 */
@SpringBootApplication
public class BeaconApplication {

  public static void main(String[] args) {
    if (Commands.named(args)) {
      System.exit(Commands.run(BeaconApplication.class, args));
    }
    SpringApplication beacon = new SpringApplication(BeaconApplication.class);
    beacon.addInitializers(new EarlyDatabaseStart());
    beacon.run(args);
  }

  /** Today in England, by which a period has ended or not. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
