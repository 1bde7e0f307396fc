package beacon.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The routes that take a file: those whose controllers consume {@code multipart/form-data}, read
 * from Spring's own list of routes. Only a multipart request to one of them is an upload, held to
 * the limit of uploads rather than to that of forms.
 */
@Component
public class UploadRoutes {

  private record Upload(Set<RequestMethod> methods, Set<PathPattern> patterns) {

    boolean matches(RequestMethod method, PathContainer path) {
      return (methods.isEmpty() || methods.contains(method))
          && patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }
  }

  private final ObjectProvider<RequestMappingHandlerMapping> mappings;
  private volatile List<Upload> uploads;

  UploadRoutes(
      @Qualifier("requestMappingHandlerMapping")
          ObjectProvider<RequestMappingHandlerMapping> mappings) {
    this.mappings = mappings;
  }

  /** Whether the request is an upload to a route that takes a file. */
  public boolean takesFile(HttpServletRequest request) {
    String type = request.getContentType();
    RequestMethod method = RequestMethod.resolve(request.getMethod());
    if (type == null
        || method == null
        || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
      return false;
    }
    PathContainer path =
        PathContainer.parsePath(
            request.getRequestURI().substring(request.getContextPath().length()));
    return uploads().stream().anyMatch(upload -> upload.matches(method, path));
  }

  private List<Upload> uploads() {
    if (uploads == null) {
      List<Upload> found = new ArrayList<>();
      for (RequestMappingInfo info : mappings.getObject().getHandlerMethods().keySet()) {
        boolean takesFile =
            info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
        if (takesFile && info.getPathPatternsCondition() != null) {
          found.add(
              new Upload(
                  info.getMethodsCondition().getMethods(),
                  info.getPathPatternsCondition().getPatterns()));
        }
      }
      uploads = List.copyOf(found);
    }
    return uploads;
  }
}
