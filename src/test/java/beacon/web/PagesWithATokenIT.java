package beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.EmbeddedDatabaseForTests;
import beacon.TestAccounts;
import jakarta.servlet.FilterRegistration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * A page asked for with an API token is answered for that request only: it starts no session and
 * writes none to the database, though its forms (signing out) carry a CSRF token. And a page's
 * links are written as they are, not looked up one by one among the static files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesWithATokenIT extends EmbeddedDatabaseForTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient db;
  @Autowired WebApplicationContext application;

  @Test
  void aPageAskedForWithATokenStartsNoSession() throws Exception {
    TestAccounts.TestAccount officer = accounts.officerOf("825");
    HttpClient client = HttpClient.newHttpClient();
    long sessionsBefore = sessions();

    for (String path :
        List.of(
            "/organisations/825/indicators?period=2022-23-Q4",
            "/organisations/825/indicators/CSC-REREF-Q?period=2022-23-Q4",
            "/organisations/825",
            "/beacon.css")) {
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Authorization", officer.bearer())
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }

    assertThat(sessions()).isEqualTo(sessionsBefore);
  }

  @Test
  void aPagesLinksAreNotLookedUpAmongTheStaticFiles() {
    assertThat(application.getServletContext().getFilterRegistrations().values())
        .extracting(FilterRegistration::getClassName)
        .isNotEmpty()
        .doesNotContain(ResourceUrlEncodingFilter.class.getName());
  }

  private long sessions() {
    return db.sql("select count(*) from spring_session").query(Long.class).single();
  }
}
