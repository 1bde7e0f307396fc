package beacon.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Beacon's own public address, where one is configured ({@code beacon.address}, such as {@code
 * https://beacon.example.org}): the servlet container then gives it as every request's scheme, host
 * and port, whatever the request's Host header says or a proxy's X-Forwarded-Host, -Port and
 * -Proto. So every address Beacon makes of itself is its own (where single sign-on sends people
 * back to), and an HTTPS address makes cookies Secure and sends HSTS. Without one, the request's
 * own are used, with forwarded headers believed only from the proxies Tomcat trusts ({@code
 * server.tomcat.remoteip.internal-proxies}, private addresses by default).
 *
 * <p>Beacon's redirects to its own pages carry no address at all ({@link SameSiteRedirects}).
 */
@Component
class OwnAddress implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

  private final URI address;

  OwnAddress(@Value("${beacon.address:}") String address) {
    this.address = address == null || address.isBlank() ? null : parse(address.strip());
  }

  private static URI parse(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean path =
          uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath());
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || path
          || uri.getRawQuery() != null) {
        throw new URISyntaxException(address, "not an address of a web server");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "beacon.address is Beacon's public address, such as https://beacon.example.org, with no"
              + " path: '"
              + address
              + "' is not one",
          e);
    }
  }

  @Override
  public void customize(TomcatWebServerFactory factory) {
    if (address == null) {
      return;
    }
    boolean https = address.getScheme().equalsIgnoreCase("https");
    int port = address.getPort() > 0 ? address.getPort() : https ? 443 : 80;
    factory.addConnectorCustomizers(
        connector -> {
          connector.setProxyName(address.getHost());
          connector.setProxyPort(port);
          connector.setScheme(https ? "https" : "http");
          connector.setSecure(https);
        });
    for (Valve valve : factory.getEngineValves()) {
      if (valve instanceof RemoteIpValve forwarded) {
        // a proxy's X-Forwarded-For is still believed; where the request was sent is not
        forwarded.setHostHeader(null);
        forwarded.setPortHeader(null);
        forwarded.setProtocolHeader(null);
      }
    }
  }

  /** After Spring Boot's own customizer, which adds the valve that reads forwarded headers. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
