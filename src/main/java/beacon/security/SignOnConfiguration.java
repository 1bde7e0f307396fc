package beacon.security;

import beacon.account.SignOns;
import beacon.web.SameSiteRedirects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect, only where it is configured ({@code
 * spring.security.oauth2.client.registration.*}, for example Microsoft Entra ID): the sign-in page
 * then offers it beside the password form. The identity the provider vouches for signs in as its
 * Beacon account ({@link SignOns}); one with no account goes back to the sign-in page, told so.
 */
@Component
class SignOnConfiguration {

  private final ObjectProvider<ClientRegistrationRepository> registrations;
  private final SignOns signOns;

  SignOnConfiguration(ObjectProvider<ClientRegistrationRepository> registrations, SignOns signOns) {
    this.registrations = registrations;
    this.signOns = signOns;
  }

  boolean isConfigured() {
    return registrations.getIfAvailable() != null;
  }

  void configure(HttpSecurity http) throws Exception {
    if (isConfigured()) {
      http.oauth2Login(
          login ->
              login
                  .loginPage(SecurityConfiguration.SIGN_IN)
                  .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signOns))
                  .failureHandler(new SignInFailure())
                  .successHandler(SameSiteRedirects.afterSignIn()));
    }
  }
}
