package beacon.imports;

import beacon.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A file posted to Beacon's import API as a browser or curl posts it: one multipart part. */
final class Upload {

  private static final String BOUNDARY = "beacon-test-boundary";

  private Upload() {}

  /**
   * @param query the organisation and the import's parameters: "org=825&dryRun=true&reason=x"; the
   *     organisation goes into the address, {@code /api/v1/organisations/825/imports/values}
   */
  static HttpResponse<String> post(
      TestAccounts.TestAccount as,
      int port,
      String kind,
      String query,
      String fileName,
      byte[] content)
      throws IOException, InterruptedException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    if (!query.startsWith("org=")) {
      throw new IllegalArgumentException("Name the organisation first: " + query);
    }
    int end = query.indexOf('&');
    String organisation = query.substring(4, end < 0 ? query.length() : end);
    String parameters = end < 0 ? "" : query.substring(end + 1);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/api/v1/organisations/"
                            + organisation
                            + "/imports/"
                            + kind
                            + "?"
                            + parameters))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", as.bearer())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
