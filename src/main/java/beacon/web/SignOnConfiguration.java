package beacon.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect, only where it is configured ({@code
 * spring.security.oauth2.client.registration.*}, for example Microsoft Entra ID): the sign-in page
 * then offers it beside the password form.
 */
@Component
class SignOnConfiguration {

  private final ObjectProvider<ClientRegistrationRepository> registrations;

  SignOnConfiguration(ObjectProvider<ClientRegistrationRepository> registrations) {
    this.registrations = registrations;
  }

  boolean isConfigured() {
    return registrations.getIfAvailable() != null;
  }

  void configure(HttpSecurity http) throws Exception {
    if (isConfigured()) {
      http.oauth2Login(login -> login.loginPage(SecurityConfiguration.SIGN_IN));
    }
  }
}
