package beacon.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Adds the generated large council on start when {@code beacon.generated-council=true}. */
@Component
@Order(2)
@ConditionalOnBooleanProperty(name = "beacon.generated-council")
class GeneratedCouncilOnStart implements ApplicationRunner {

  private final GeneratedCouncil council;

  GeneratedCouncilOnStart(GeneratedCouncil council) {
    this.council = council;
  }

  @Override
  public void run(ApplicationArguments args) {
    council.addIfMissing();
  }
}
