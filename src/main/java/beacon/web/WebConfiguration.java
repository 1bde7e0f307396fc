package beacon.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Serves the GOV.UK Frontend styles, scripts and images from its WebJar, writes the pages' links as
 * they are, and gives handlers the organisation of the request's path ({@link
 * OrganisationOfRequest}) and the period of its parameters ({@link PeriodParameter}).
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

  /**
   * The pages' links are written as they are, never looked up among the static files: none of
   * Beacon's files has a versioned address to rewrite a link to. Spring Boot would otherwise
   * rewrite every link of every page through the resource chain (on once a WebJars locator is on
   * the class path, as the Swagger UI brings one), which searched the class path once for each link
   * and was most of a page's time. The static files keep the chain, and its cache of where each
   * file is.
   */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> pageLinksWrittenAsTheyAre() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
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
