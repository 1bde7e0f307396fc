package beacon.security;

import beacon.account.ApiTokens;
import beacon.web.ApiProblems;
import beacon.web.SameSiteRedirects;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which page and API route ({@link Routes}), how people sign in (a form, or single
 * sign-on where configured) and how the API is signed in (a personal token, or the session of a
 * signed-in page). Forms carry a CSRF token; requests with a token do not need one. Every answer
 * carries security headers: a content security policy allowing no inline script, HSTS when served
 * over HTTPS, no framing, no sniffing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  static final String SIGN_IN = "/sign-in";

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain everyRoute(
      HttpSecurity http,
      RouteAuthorization routes,
      ApiTokens tokens,
      ApiProblems problems,
      SignOnConfiguration signOn)
      throws Exception {
    RequestMatcher api = SecurityConfiguration::isApi;
    http.authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .anyRequest()
                    .access(routes))
        .addFilterBefore(
            new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(ApiTokenFilter::carriesToken)
                    .csrfTokenRepository(new SessionCsrfTokens())
                    .csrfTokenRequestHandler(new UploadCsrfTokens()))
        .formLogin(
            form ->
                form.loginPage(SIGN_IN)
                    .failureHandler(new SignInFailure())
                    .successHandler(SameSiteRedirects.afterSignIn())
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        (request, response, e) ->
                            problems.write(response, 401, "Sign in, or send a personal API token."),
                        api)
                    .defaultAuthenticationEntryPointFor(signInPage(), request -> true)
                    .defaultAccessDeniedHandlerFor(
                        (request, response, e) -> {
                          Optional<String> organisation =
                              RouteAuthorization.organisationNotFound(e);
                          if (organisation.isPresent()) {
                            problems.writeUnknownOrganisation(response, organisation.get());
                          } else {
                            problems.write(
                                response,
                                403,
                                "Your account may not do this. Ask an administrator if it should.");
                          }
                        },
                        api)
                    .defaultAccessDeniedHandlerFor(new NotAllowedPage(), request -> true))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frame -> frame.deny()));
    signOn.configure(http);
    return http.build();
  }

  /** Sends to the sign-in page by its path, never by an address made from the request. */
  private static LoginUrlAuthenticationEntryPoint signInPage() {
    LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
    signIn.setFavorRelativeUris(true);
    return signIn;
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
