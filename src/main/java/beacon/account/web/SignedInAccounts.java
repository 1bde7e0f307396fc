package beacon.account.web;

import beacon.account.Account;
import beacon.account.SignedIn;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands a handler the signed-in {@link Account} as a parameter, so that a controller says whose
 * change it records and no form reads the security context. A handler that asks for it is reached
 * only by someone signed in (the routes' rules see to that); without an account it is refused 401.
 */
@Configuration
class SignedInAccounts implements WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new Resolver());
  }

  static final class Resolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Account.class;
    }

    @Override
    public Account resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer container,
        NativeWebRequest request,
        WebDataBinderFactory binders) {
      return SignedIn.account().orElseThrow(NotSignedInException::new);
    }
  }

  /** A handler that records who saves, asked by no one signed in: answered 401, never 500. */
  @ResponseStatus(code = HttpStatus.UNAUTHORIZED, reason = "Not signed in")
  static final class NotSignedInException extends RuntimeException {
    NotSignedInException() {
      super("Sign in to do this");
    }
  }
}
