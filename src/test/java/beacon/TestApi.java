package beacon;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls Beacon's API as a test account does, with its token and a JSON body. */
public final class TestApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TestApi() {}

  /**
   * @param body the JSON sent, or null for none
   */
  public static HttpResponse<String> send(
      int port, TestAccounts.TestAccount as, String method, String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", as.bearer())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
