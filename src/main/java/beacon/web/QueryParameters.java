package beacon.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A parameter of a request's address, read without {@code getParameter}, which would also read a
 * form's or an upload's body before Beacon has checked the request.
 */
public final class QueryParameters {

  private QueryParameters() {}

  /** The first value of the address's parameter {@code name}, decoded; null when it has none. */
  public static String first(HttpServletRequest request, String name) {
    return first(request.getQueryString(), name);
  }

  /** The first value of parameter {@code name} in this query (null for none), decoded. */
  public static String first(String query, String name) {
    if (query == null) {
      return null;
    }
    String value =
        UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams().getFirst(name);
    return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  /** Every parameter of the address, in order, its name and values decoded as a servlet does. */
  public static MultiValueMap<String, String> all(HttpServletRequest request) {
    MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
    if (request.getQueryString() == null) {
      return decoded;
    }
    UriComponentsBuilder.fromUriString("/?" + request.getQueryString())
        .build()
        .getQueryParams()
        .forEach(
            (name, values) ->
                values.forEach(
                    value ->
                        decoded.add(
                            URLDecoder.decode(name, StandardCharsets.UTF_8),
                            value == null
                                ? ""
                                : URLDecoder.decode(value, StandardCharsets.UTF_8))));
    return decoded;
  }
}
