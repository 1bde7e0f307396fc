package beacon.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP request written out by hand over a socket, for what java.net.http will not send: a Host
 * header of the sender's choosing, or HTTP/1.0. Each request is sent on a connection of its own,
 * closed after the answer.
 */
final class RawHttp {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /** An answer: its status, its header lines and its body. */
  record Answer(int status, List<String> headers, String body) {

    /** The first value of the header, in any case. */
    Optional<String> header(String name) {
      return headers.stream()
          .filter(
              line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    }

    String location() {
      return header("Location").orElse("");
    }

    /** The session cookie the answer sets, as "SESSION=..." without its attributes. */
    Optional<String> session() {
      return headers.stream()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("set-cookie: session="))
          .map(line -> line.substring("set-cookie: ".length()).split(";")[0])
          .findFirst();
    }

    String csrf() {
      Matcher matcher = CSRF.matcher(body);
      if (!matcher.find()) {
        throw new IllegalStateException("No CSRF token in the answer");
      }
      return matcher.group(1);
    }
  }

  /**
   * @param firstLine "GET /sign-in HTTP/1.1"
   * @param headers whole header lines, "Host: example.org"
   */
  Answer send(String firstLine, String body, String... headers) {
    StringBuilder request = new StringBuilder(firstLine).append("\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      request.append("Content-Type: application/x-www-form-urlencoded\r\n");
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String status = line(in);
    List<String> headers = new ArrayList<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      headers.add(line);
    }
    Answer head = new Answer(Integer.parseInt(status.split(" ")[1]), headers, "");
    byte[] body =
        head.header("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()
            ? chunked(in)
            : in.readAllBytes();
    return new Answer(head.status(), headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
        size > 0;
        size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
      body.write(in.readNBytes(size));
      line(in);
    }
    return body.toByteArray();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
