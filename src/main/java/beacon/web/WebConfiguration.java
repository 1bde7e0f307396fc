package beacon.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GOV.UK Frontend styles, scripts and images from its WebJar, and gives handlers the
 * organisation of the request's path ({@link OrganisationOfRequest}) and the period of its
 * parameters ({@link PeriodParameter}).
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

  private final String govukFrontend;

  WebConfiguration(@Value("${beacon.govuk-frontend.version}") String govukFrontendVersion) {
    this.govukFrontend =
        "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion + "/dist/";
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/govuk/**").addResourceLocations(govukFrontend + "govuk/");
    // the GOV.UK stylesheet asks for its images and fonts under /assets/
    registry.addResourceHandler("/assets/**").addResourceLocations(govukFrontend + "govuk/assets/");
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(new PeriodParameter());
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new OrganisationOfRequest.Resolver());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new OrganisationOfRequest.PathCheck());
  }
}
