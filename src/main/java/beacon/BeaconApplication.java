package beacon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Beacon: performance management for councils' children's services. */
@SpringBootApplication
public class BeaconApplication {

  public static void main(String[] args) {
    SpringApplication.run(BeaconApplication.class, args);
  }
}
