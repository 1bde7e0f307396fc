package beacon.national;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the national data on the first start of the web application with the demo, in the
 * background so that the pages are served meanwhile. The command {@code load-national} loads it for
 * any database.
 */
@Component
@Order(2)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "beacon.demo-data", matchIfMissing = true)
class NationalDataOnFirstStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(NationalDataOnFirstStart.class);

  private final NationalData national;

  NationalDataOnFirstStart(NationalData national) {
    this.national = national;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (national.lastLoad().isPresent()) {
      return;
    }
    Thread loading =
        new Thread(
            () -> {
              try {
                NationalData.Loaded loaded = national.load();
                log.info(
                    "Loaded the national data: {} measures, {} figures in {} ms",
                    loaded.measures(),
                    loaded.figures(),
                    loaded.took().toMillis());
              } catch (RuntimeException e) {
                log.error("Could not load the national data", e);
              }
            },
            "national-data");
    loading.setDaemon(true);
    loading.start();
  }
}
