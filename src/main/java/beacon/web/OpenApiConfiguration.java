package beacon.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names and describes the API in its OpenAPI document ({@code /v3/api-docs}). */
@Configuration
class OpenApiConfiguration {

  static final String DESCRIPTION =
      """
      Beacon's data for scripts and reporting tools such as Power BI: the councils, their \
      indicator catalogues, the values recorded (with every correction, who made it and why), \
      targets, benchmarks, commentary, scorecards rated for a reporting period, and committee \
      papers as files.

      Periods are written as codes and shown as `{code, label}`: 2022-23-Q4 (Q4 2022/23), \
      2022-23 (2022/23), 2018-03 (Mar 2018), AY2016-17 (academic year 2016/17), 2021 \
      (calendar year). Lists that can be long come a page at a time (`page` counted from 1, \
      `size` up to 500).

      Errors are RFC 9457 problem details (`application/problem+json`) whose `detail` says what \
      is wrong: 404 for an organisation, indicator or period Beacon does not hold (a period code \
      that cannot be read is answered as 404 too, as no such period exists), 400 for a request \
      that cannot be read, such as a page size over 500.""";

  @Bean
  OpenAPI beaconApi() {
    return new OpenAPI()
        .info(new Info().title("Beacon API").version("v1").description(DESCRIPTION));
  }
}
