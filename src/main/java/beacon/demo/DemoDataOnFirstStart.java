package beacon.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demonstration data on the first start, unless {@code beacon.demo-data=false}. */
@Component
@Order(1)
@ConditionalOnBooleanProperty(name = "beacon.demo-data", matchIfMissing = true)
class DemoDataOnFirstStart implements ApplicationRunner {

  private final DemoData demoData;

  DemoDataOnFirstStart(DemoData demoData) {
    this.demoData = demoData;
  }

  @Override
  public void run(ApplicationArguments args) {
    demoData.loadIntoEmptyDatabase();
  }
}
