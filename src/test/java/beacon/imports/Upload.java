package beacon.imports;

import beacon.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A file posted to Beacon's import API as a browser or curl posts it: one multipart part. */
final class Upload {

  static final String BOUNDARY = "beacon-test-boundary";

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
    return send(
        as, port, kind, query, HttpRequest.BodyPublishers.ofByteArray(body(fileName, content)));
  }

  /** As {@link #post}, the body sent in chunks, with no length said first. */
  static HttpResponse<String> postInChunks(
      TestAccounts.TestAccount as,
      int port,
      String kind,
      String query,
      String fileName,
      byte[] content)
      throws IOException, InterruptedException {
    byte[] body = body(fileName, content);
    return send(
        as,
        port,
        kind,
        query,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
  }

  /** The multipart body of one file, in the part named "file". */
  static byte[] body(String fileName, byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static HttpResponse<String> send(
      TestAccounts.TestAccount as,
      int port,
      String kind,
      String query,
      HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
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
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", as.bearer())
                .POST(body)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
