package beacon.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log when Beacon is ready: its pages are served from the moment it listens, but the
 * first administrator and the demo data are added after that, so a script that starts Beacon and
 * then uses them waits for this line. The national data may still be loading on its own thread.
 */
@Component
@ConditionalOnWebApplication
class ReadyLog {

  static final String READY = "Beacon is ready";
  private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    log.info(READY);
  }
}
