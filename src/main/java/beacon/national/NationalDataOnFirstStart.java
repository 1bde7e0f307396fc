package beacon.national;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the national data on the first start of the web application, with the demo or without it (a
 * council set up from nothing needs its neighbours and published figures; {@code
 * beacon.national.load-on-first-start=false} leaves it to {@code load-national}), in the background
 * so that the pages are served meanwhile (or before serving any, with {@code
 * beacon.national.load-in-background=false}, as the tests run). The command {@code load-national}
 * loads it for any database. Then the benchmarks of the indicators linked to national measures are
 * filled.
 */
@Component
@Order(2)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "beacon.national.load-on-first-start", matchIfMissing = true)
class NationalDataOnFirstStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(NationalDataOnFirstStart.class);

  private final NationalData national;
  private final NationalBenchmarks benchmarks;
  private final boolean inBackground;

  NationalDataOnFirstStart(
      NationalData national,
      NationalBenchmarks benchmarks,
      @Value("${beacon.national.load-in-background:true}") boolean inBackground) {
    this.national = national;
    this.benchmarks = benchmarks;
    this.inBackground = inBackground;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (national.lastLoad().isPresent()) {
      return;
    }
    Runnable load =
        () -> {
          try {
            NationalData.Loaded loaded = national.load();
            log.info(
                "Loaded the national data: {} measures, {} figures in {} ms",
                loaded.measures(),
                loaded.figures(),
                loaded.took().toMillis());
            int linked = benchmarks.fillEveryLinked();
            log.info("Filled the benchmarks of {} indicators linked to national data", linked);
          } catch (RuntimeException e) {
            log.error("Could not load the national data", e);
          }
        };
    if (!inBackground) {
      load.run();
      return;
    }
    Thread loading = new Thread(load, "national-data");
    loading.setDaemon(true);
    loading.start();
  }
}
