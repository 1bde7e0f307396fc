package beacon.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal tokens for the API. A token is 32 random bytes, shown to its owner once when made; only
 * its SHA-256 hash is kept. A revoked token, or one of an account that is stopped, no longer works.
 */
@Repository
public class ApiTokens {

  private static final String PREFIX = "beacon_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient db;
  private final Accounts accounts;

  ApiTokens(JdbcClient db, Accounts accounts) {
    this.db = db;
    this.accounts = accounts;
  }

  /**
   * Makes a token for the account.
   *
   * @return the token itself, which is not kept and cannot be shown again
   */
  public String make(long accountId, String name) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    db.sql("insert into api_token (account_id, name, token_hash) values (:account, :name, :hash)")
        .param("account", accountId)
        .param("name", name)
        .param("hash", hash(token))
        .update();
    return token;
  }

  /**
   * The account a token belongs to, while the token and the account are in use. When it was last
   * used is written again only once the time its page shows, to the minute, is a minute old, so a
   * request signed with a token reads the database and does not write to it.
   */
  public Optional<Account> accountOf(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<Long> owner =
        db.sql(
                """
                with used as (
                  select t.id, t.account_id, t.last_used_at
                    from api_token t join account a on a.id = t.account_id
                   where t.token_hash = :hash and t.revoked_at is null
                     and a.disabled_at is null
                ), noted as (
                  update api_token t set last_used_at = now()
                    from used
                   where t.id = used.id
                     and (used.last_used_at is null
                          or used.last_used_at < now() - interval '1 minute')
                )
                select account_id from used
                """)
            .param("hash", hash(token))
            .query(Long.class)
            .optional();
    return owner.flatMap(accounts::withId);
  }

  /** The account's tokens, newest first. */
  public List<ApiToken> of(long accountId) {
    return db.sql(
            """
            select id, name, created_at, last_used_at, revoked_at from api_token
             where account_id = :account order by created_at desc, id desc
            """)
        .param("account", accountId)
        .query(ApiToken.class)
        .list();
  }

  /**
   * Revokes one of the account's tokens.
   *
   * @return whether the account had that token in use
   */
  public boolean revoke(long accountId, long tokenId) {
    return db.sql(
                """
                update api_token set revoked_at = now()
                 where id = :id and account_id = :account and revoked_at is null
                """)
            .param("id", tokenId)
            .param("account", accountId)
            .update()
        == 1;
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
