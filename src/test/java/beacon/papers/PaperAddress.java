package beacon.papers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The address of a committee paper from the API, from a test's short form of it: the layout and the
 * query with the organisation first, {@code org=825&period=2018-19-Q2&format=csv}, become {@code
 * /api/v1/organisations/825/reports/exceptions?period=2018-19-Q2&format=csv}.
 */
final class PaperAddress {

  private PaperAddress() {}

  static String of(String layout, String query) {
    if (!query.startsWith("org=")) {
      throw new IllegalArgumentException("Name the organisation first: " + query);
    }
    int end = query.indexOf('&');
    String organisation = end < 0 ? query.substring(4) : query.substring(4, end);
    String rest = end < 0 ? "" : query.substring(end + 1);
    return "/api/v1/organisations/"
        + organisation
        + "/reports/"
        + layout
        + (rest.isEmpty() ? "" : "?" + rest);
  }

  /** Asks Beacon on the port for the paper, with the account's bearer token. */
  static HttpResponse<byte[]> get(int port, String bearer, String layout, String query)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + of(layout, query)))
                .header("Authorization", bearer)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
