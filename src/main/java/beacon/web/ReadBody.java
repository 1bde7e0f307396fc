package beacon.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request whose body, sent in chunks with no length said first, has been read whole by {@code
 * RequestSizeLimit} to count it: the body is given again to whatever reads it, and a form's fields
 * are its parameters after those of its address, as the servlet container gives them.
 */
public final class ReadBody extends HttpServletRequestWrapper {

  private final byte[] body;
  private Map<String, String[]> parameters;

  public ReadBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("The body has been read already");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Collections.unmodifiableMap(parameters());
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters().get(name);
    return values == null ? null : values.clone();
  }

  /** The address's parameters, then a form's fields: read when first asked for. */
  private Map<String, String[]> parameters() {
    if (parameters == null) {
      Map<String, List<String>> all = new LinkedHashMap<>();
      super.getParameterMap()
          .forEach((name, values) -> all.put(name, new ArrayList<>(List.of(values))));
      if (form()) {
        Charset charset = charset();
        for (String pair : new String(body, charset).split("&")) {
          int equals = pair.indexOf('=');
          String name = equals < 0 ? pair : pair.substring(0, equals);
          String value = equals < 0 ? "" : pair.substring(equals + 1);
          try {
            String decoded = URLDecoder.decode(name, charset);
            if (!decoded.isEmpty()) {
              all.computeIfAbsent(decoded, n -> new ArrayList<>())
                  .add(URLDecoder.decode(value, charset));
            }
          } catch (IllegalArgumentException e) {
            // a field whose escapes cannot be read is left out, as the servlet container does
          }
        }
      }
      Map<String, String[]> read = new LinkedHashMap<>();
      all.forEach((name, values) -> read.put(name, values.toArray(String[]::new)));
      parameters = read;
    }
    return parameters;
  }

  private boolean form() {
    String type = getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private Charset charset() {
    String encoding = getCharacterEncoding();
    return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
  }
}
