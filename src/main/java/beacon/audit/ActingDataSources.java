package beacon.audit;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Hands out the application's database connections through {@link ActingDataSource}, so that every
 * change the audit trail records names who made it. Flyway, the imports' {@code COPY} and
 * everything else use the same connections.
 */
@Component
class ActingDataSources implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof ActingDataSource)) {
      return new ActingDataSource(dataSource);
    }
    return bean;
  }
}
