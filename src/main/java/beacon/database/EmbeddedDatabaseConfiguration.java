package beacon.database;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL inside Beacon's own process, keeping its data in {@code
 * beacon.database.directory} (./data by default), unless an external database is configured with
 * {@code spring.datasource.url}. Beacon works as its own role, {@value DatabaseSecret#APPLICATION};
 * the migrations run as the superuser that owns the tables.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

  /**
   * The server started early ({@link EarlyDatabaseStart}, as {@code java -jar} does), or else
   * started now.
   */
  @Bean(destroyMethod = "close")
  EmbeddedServer embeddedServer(
      @Value("${beacon.database.directory:data}") Path directory,
      ObjectProvider<EmbeddedServerStart> early)
      throws IOException {
    EmbeddedServerStart start = early.getIfAvailable();
    if (start != null && start.isOn(directory)) {
      return start.server();
    }
    return EmbeddedServer.start(directory.toAbsolutePath());
  }

  @Bean
  DataSource dataSource(EmbeddedServer server) {
    return server.applicationDataSource();
  }

  /** Flyway's own: the migrations run as the role that owns the tables. */
  @Bean(defaultCandidate = false)
  @FlywayDataSource
  DataSource migrationDataSource(EmbeddedServer server) {
    return server.administratorDataSource();
  }

  /** True when no external database has been named. */
  static class NoExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return in(context.getEnvironment());
    }

    static boolean in(Environment environment) {
      return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
  }
}
