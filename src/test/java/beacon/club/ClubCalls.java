package beacon.club;

import static org.assertj.core.api.Assertions.assertThat;

import beacon.TestAccounts;
import beacon.TestApi;
import beacon.TestCouncils.TestCouncil;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The club API as the tests call it: a hub administrator sets up clubs, officers share. */
final class ClubCalls {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final TestAccounts accounts;

  ClubCalls(int port, TestAccounts accounts) {
    this.port = port;
    this.accounts = accounts;
  }

  /** Sets up a club of the councils, as the hub administrator, and gives its id. */
  long club(String name, TestCouncil... members) throws Exception {
    HttpResponse<String> created =
        TestApi.send(
            port,
            accounts.administrator(),
            "POST",
            "/api/v1/clubs",
            "{\"name\": \"" + name + "\", \"members\": " + codes(members) + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).at("/id").asLong();
  }

  /** The club as the API gives it: its members and their version. */
  JsonNode read(long club) throws Exception {
    HttpResponse<String> answer =
        TestApi.send(port, accounts.administrator(), "GET", "/api/v1/clubs/" + club, null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  /** Changes the club's members to these, at the version given. */
  HttpResponse<String> changeMembers(long club, long version, TestCouncil... members)
      throws Exception {
    return TestApi.send(
        port,
        accounts.administrator(),
        "PUT",
        "/api/v1/clubs/" + club + "/members",
        "{\"version\": " + version + ", \"members\": " + codes(members) + "}");
  }

  /** Shares the council's indicator with the club under the measure, as its officer. */
  HttpResponse<String> share(TestCouncil council, String indicator, long club, String measure)
      throws Exception {
    return TestApi.send(
        port,
        accounts.officerOf(council.code()),
        "PUT",
        indicator(council, indicator) + "/clubs/" + club,
        "{\"measure\": \"" + measure + "\"}");
  }

  /** The council's indicator compared in each club it is shared with, for Q1 2024/25. */
  JsonNode compared(TestCouncil council, String indicator) throws Exception {
    HttpResponse<String> answer =
        TestApi.send(
            port,
            accounts.readerOf(council.code()),
            "GET",
            indicator(council, indicator) + "/clubs?period=2024-25-Q1",
            null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  static String indicator(TestCouncil council, String indicator) {
    return "/api/v1/organisations/" + council.code() + "/indicators/" + indicator;
  }

  private static String codes(TestCouncil... members) {
    StringBuilder codes = new StringBuilder();
    for (TestCouncil member : members) {
      codes.append(codes.isEmpty() ? "" : ", ").append('"').append(member.code()).append('"');
    }
    return "[" + codes + "]";
  }
}
