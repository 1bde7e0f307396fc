package beacon.account;

import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Signed-in sessions, kept in PostgreSQL by Spring Session's {@link JdbcIndexedSessionRepository},
 * each indexed by the id of its account ({@link #indexOf}), whether it signed in with a password or
 * through single sign-on. By that index a change to what an account may do ends every session it
 * has at once: stopping it, another role or organisation, a new password (the trigger of migration
 * V030, in the transaction of the change).
 *
 * <p>A session ended while one of its requests is still being served is not written back at the end
 * of that request: the attributes the request added are dropped, rather than refused by the
 * database in a way that would fail the request.
 */
@Configuration(proxyBeanMethods = false)
class SignedInSessions {

  /**
   * Adds an attribute only to a session still kept (locked against being ended meanwhile), and
   * replaces one added at the same moment by another request of the session.
   */
  private static final String ADD_ATTRIBUTE_TO_A_KEPT_SESSION =
      """
      INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
      SELECT S.PRIMARY_ID, A.NAME, A.BYTES
        FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS BYTEA))) A (ID, NAME, BYTES)
        JOIN %TABLE_NAME% S ON S.PRIMARY_ID = A.ID
         FOR KEY SHARE OF S
      ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
      DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
      """;

  /** The index of the sessions of an account, kept as their principal name: the account's id. */
  static String indexOf(Account account) {
    return Long.toString(account.id());
  }

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsIndexedByAccount() {
    return sessions -> {
      sessions.setIndexResolver(SignedInSessions::indexesOf);
      sessions.setCreateSessionAttributeQuery(ADD_ATTRIBUTE_TO_A_KEPT_SESSION);
    };
  }

  private static Map<String, String> indexesOf(Session session) {
    Object context =
        session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    Optional<Account> account =
        context instanceof SecurityContext security
            ? SignedIn.accountOf(security.getAuthentication())
            : Optional.empty();
    return account
        .map(a -> Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, indexOf(a)))
        .orElse(Map.of());
  }
}
