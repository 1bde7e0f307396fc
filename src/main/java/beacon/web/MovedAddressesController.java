package beacon.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The API's old addresses, which named the organisation in a parameter ({@code ?org=825}): the
 * scorecard and the papers lead, by a permanent redirect (308), to the organisation's own address,
 * where the access check applies as to any other; the import answers 410 Gone, naming its new
 * address, and reads nothing of what was sent.
 */
@Hidden
@RestController
class MovedAddressesController {

  @GetMapping("/api/v1/scorecard")
  ResponseEntity<?> scorecard(HttpServletRequest request) {
    return moved(request, "/api/v1/organisations/{org}/scorecard");
  }

  @GetMapping("/api/v1/reports/{layout}")
  ResponseEntity<?> paper(@PathVariable("layout") String layout, HttpServletRequest request) {
    return moved(
        request,
        "/api/v1/organisations/{org}/reports/"
            + UriUtils.encodePathSegment(layout, StandardCharsets.UTF_8));
  }

  @PostMapping("/api/v1/imports/{kind}")
  ResponseEntity<ProblemDetail> importFile(@PathVariable("kind") String kind) {
    String address = "/api/v1/organisations/{org}/imports/" + kind;
    return problem(
        HttpStatus.GONE,
        "Imports have moved: send the file to POST "
            + address
            + ", naming the organisation in the address, e.g. /api/v1/organisations/825/imports/"
            + kind
            + ". Nothing was imported.");
  }

  /** The same request at the organisation's own address, the other parameters as they were. */
  private static ResponseEntity<?> moved(HttpServletRequest request, String address) {
    MultiValueMap<String, String> parameters = QueryParameters.all(request);
    List<String> named = parameters.getOrDefault("org", List.of()).stream().distinct().toList();
    if (named.size() != 1 || named.get(0).isBlank()) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "This address has moved to GET "
              + address
              + ": name the organisation, once, in the address, e.g. "
              + address.replace("{org}", "825")
              + ".");
    }
    String query =
        parameters.entrySet().stream()
            .filter(parameter -> !parameter.getKey().equals("org"))
            .flatMap(parameter -> parameter.getValue().stream().map(v -> pair(parameter, v)))
            .collect(Collectors.joining("&"));
    URI to = UriComponentsBuilder.fromPath(address).encode().buildAndExpand(named.get(0)).toUri();
    String location = to.toASCIIString() + (query.isEmpty() ? "" : "?" + query);
    return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
        .location(URI.create(location))
        .build();
  }

  private static String pair(Map.Entry<String, List<String>> parameter, String value) {
    return UriUtils.encodeQueryParam(parameter.getKey(), StandardCharsets.UTF_8)
        + "="
        + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(
        status == HttpStatus.GONE ? "This address has moved" : "Name the organisation");
    problem.setType(URI.create("/problems/moved"));
    return ResponseEntity.status(status).body(problem);
  }
}
