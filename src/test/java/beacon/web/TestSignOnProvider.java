package beacon.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A small OpenID Connect provider for tests, on a loopback port chosen once per test run: it signs
 * in at once, without asking, whoever {@link #signsInAs} names, and gives Beacon an ID token signed
 * with a key made for the run. Beacon's tests all register it as the single sign-on provider {@code
 * test} ("Test sign-on"), so they share one application context.
 */
public final class TestSignOnProvider {

  public static final String CLIENT_ID = "beacon-tests";

  /** A person the provider vouches for; email or preferred username may be null. */
  public record Person(String subject, String email, String preferredUsername) {}

  private record Grant(Person person, String nonce) {}

  private static final TestSignOnProvider PROVIDER = new TestSignOnProvider();

  private final HttpServer server;
  private final RSAKey key;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private volatile Person next;

  private TestSignOnProvider() {
    try {
      key = new RSAKeyGenerator(2048).keyID("test-key").generate();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/.well-known/openid-configuration", this::configuration);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.createContext("/jwks", this::keys);
    server.start();
  }

  public static TestSignOnProvider provider() {
    return PROVIDER;
  }

  /** Registers the provider with Beacon as single sign-on provider {@code test}. */
  public static void register(DynamicPropertyRegistry registry) {
    String registration = "spring.security.oauth2.client.registration.test.";
    String provider = "spring.security.oauth2.client.provider.test.";
    String issuer = PROVIDER.issuer();
    registry.add(registration + "client-id", () -> CLIENT_ID);
    registry.add(registration + "client-secret", () -> "not a secret");
    registry.add(registration + "client-name", () -> "Test sign-on");
    registry.add(registration + "scope", () -> "openid,profile,email");
    registry.add(registration + "authorization-grant-type", () -> "authorization_code");
    registry.add(
        registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add(provider + "authorization-uri", () -> issuer + "/authorize");
    registry.add(provider + "token-uri", () -> issuer + "/token");
    registry.add(provider + "jwk-set-uri", () -> issuer + "/jwks");
    registry.add(provider + "user-name-attribute", () -> "sub");
  }

  /** The person the next sign-in vouches for. */
  public void signsInAs(Person person) {
    next = person;
  }

  public String issuer() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  private void configuration(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    answer(
        exchange,
        200,
        """
        {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize",
         "token_endpoint": "%1$s/token", "jwks_uri": "%1$s/jwks",
         "response_types_supported": ["code"], "subject_types_supported": ["public"],
         "id_token_signing_alg_values_supported": ["RS256"],
         "scopes_supported": ["openid", "profile", "email"]}
        """
            .formatted(issuer));
  }

  /** Signs in at once: back to Beacon with a code for the person named, and Beacon's state. */
  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    String code = UUID.randomUUID().toString();
    codes.put(code, new Grant(next, query.get("nonce")));
    String back =
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Location", back);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> body =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Grant grant = codes.remove(body.getOrDefault("code", ""));
    if (grant == null) {
      answer(exchange, 400, "{\"error\": \"invalid_grant\"}");
      return;
    }
    answer(
        exchange,
        200,
        """
        {"access_token": "%s", "token_type": "Bearer", "expires_in": 300,
         "scope": "openid profile email", "id_token": "%s"}
        """
            .formatted(UUID.randomUUID(), idToken(grant)));
  }

  private void keys(HttpExchange exchange) throws IOException {
    answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
  }

  private String idToken(Grant grant) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject(grant.person().subject())
            .audience(CLIENT_ID)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("name", "Person " + grant.person().subject());
    if (grant.nonce() != null) {
      claims.claim("nonce", grant.nonce());
    }
    if (grant.person().email() != null) {
      claims.claim("email", grant.person().email());
    }
    if (grant.person().preferredUsername() != null) {
      claims.claim("preferred_username", grant.person().preferredUsername());
    }
    try {
      SignedJWT token =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              claims.build());
      token.sign(new RSASSASigner(key));
      return token.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> fields = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      fields.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
