package beacon.security;

import beacon.account.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.web.servlet.IServletWebRequest;

/**
 * Lets every page show only the controls its reader may use, decided by the same rule table as the
 * routes ({@link RouteAccess}): {@code beacon:allowed} on a link or form leaves it out unless its
 * reader may use it ({@link AllowedControl}); {@code ${#may.get(href)}} and {@code
 * ${#may.post(action)}} ({@link MayUse}) decide anything else, such as a column of "Change" links
 * or a section around a form. One page's questions are answered once each, with those of its
 * request's access check.
 */
@Component
class PageControlsDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

  static final String MAY = "may";

  /** After every standard attribute, so that th:href and th:action have written the address. */
  private static final int AFTER_THE_STANDARD_DIALECT = 2000;

  private final RouteAccess access;

  PageControlsDialect(RouteAccess access) {
    super("Beacon's page controls", "beacon", AFTER_THE_STANDARD_DIALECT);
    this.access = access;
  }

  @Override
  public Set<IProcessor> getProcessors(String dialectPrefix) {
    return Set.of(new AllowedControl(dialectPrefix));
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {

      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(MAY);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        if (context instanceof IWebContext web
            && web.getExchange().getRequest() instanceof IServletWebRequest servlet
            && servlet.getNativeRequestObject() instanceof HttpServletRequest request) {
          return new MayUse(
              access.answersFor(SignedIn.account(), request),
              web.getExchange().getRequest().getApplicationPath());
        }
        return new MayUse(access.answersFor(SignedIn.account()), "");
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
