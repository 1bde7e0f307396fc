package beacon.database;

import java.nio.file.Path;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL as soon as Beacon has read its settings, before Spring reads
 * Beacon's classes and makes its beans, so that the two go on side by side; the database's bean
 * ({@link EmbeddedDatabaseConfiguration}) then takes the server when it is needed. Nothing is
 * started when an external database is named ({@code spring.datasource.url}).
 */
public final class EarlyDatabaseStart
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String BEAN = "embeddedServerStart";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Environment environment = context.getEnvironment();
    if (!EmbeddedDatabaseConfiguration.NoExternalDatabase.in(environment)
        || !(context instanceof GenericApplicationContext generic)) {
      return;
    }
    EmbeddedServerStart start =
        EmbeddedServerStart.begin(
            Path.of(environment.getProperty("beacon.database.directory", "data")));
    var beans = generic.getDefaultListableBeanFactory();
    beans.registerSingleton(BEAN, start);
    // stopped with Beacon, or when Beacon fails to start before taking the server
    beans.registerDisposableBean(BEAN, start);
  }
}
