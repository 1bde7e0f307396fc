package beacon.web;

import beacon.rules.period.Period;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names and describes the API in its OpenAPI document ({@code /v3/api-docs}), and documents the
 * problem details every operation may answer with ({@link ApiErrors}).
 */
@Configuration
class OpenApiConfiguration {

  static final String DESCRIPTION =
      """
      Beacon's data for scripts and reporting tools such as Power BI: the councils, their \
      indicator catalogues, the values recorded (with every correction, who made it and why), \
      targets, benchmarks, commentary, scorecards rated for a reporting period, and committee \
      papers as files.

      Everything of a council is under its address, `/api/v1/organisations/{org}/...`, with \
      its DfE authority code (825): an account reads the councils it belongs to (an account of \
      every organisation, all of them), and any other answers 404 as a council Beacon does not \
      hold.

      Periods are written as codes and shown as `{code, label}`: 2022-23-Q4 (Q4 2022/23), \
      2022-23 (2022/23), 2018-03 (Mar 2018), AY2016-17 (academic year 2016/17), 2021 \
      (calendar year). Lists that can be long come a page at a time (`page` counted from 1, \
      `size` up to 500).

      Errors are RFC 9457 problem details (`application/problem+json`) whose `detail` says what \
      is wrong: 404 for an organisation, indicator or period Beacon does not hold (a period code \
      that cannot be read is answered as 404 too, as no such period exists), 400 for a request \
      that cannot be read, such as a page size over 500.""";

  private static final String PROBLEM = "Problem";

  static {
    // a period in an address is its code (PeriodParameter reads it)
    SpringDocUtils.getConfig().replaceWithClass(Period.class, String.class);
  }

  @Bean
  OpenAPI beaconApi() {
    return new OpenAPI()
        .components(new Components())
        .info(new Info().title("Beacon API").version("v1").description(DESCRIPTION));
  }

  /**
   * Documents the {@code org} of every address that names an organisation, including those whose
   * handler is given the organisation itself ({@link OrganisationOfRequest}).
   */
  @Bean
  OpenApiCustomizer organisationInTheAddress() {
    return api ->
        api.getPaths().entrySet().stream()
            .filter(path -> path.getKey().contains("{org}"))
            .flatMap(path -> path.getValue().readOperations().stream())
            .filter(
                operation ->
                    operation.getParameters() == null
                        || operation.getParameters().stream()
                            .noneMatch(p -> "org".equals(p.getName()) && "path".equals(p.getIn())))
            .forEach(
                operation -> {
                  List<Parameter> parameters =
                      operation.getParameters() == null
                          ? new ArrayList<>()
                          : new ArrayList<>(operation.getParameters());
                  parameters.add(
                      0,
                      new PathParameter()
                          .name("org")
                          .description("The council's DfE authority code, e.g. 825")
                          .schema(new StringSchema()));
                  operation.setParameters(parameters);
                });
  }

  @Bean
  OpenApiCustomizer problemDetails() {
    return api -> {
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      api.getPaths()
          .values()
          .forEach(path -> path.readOperations().forEach(OpenApiConfiguration::answersProblems));
    };
  }

  private static void answersProblems(Operation operation) {
    operation
        .getResponses()
        .addApiResponse(
            "400", problem("The request cannot be read: a parameter is missing or malformed"))
        .addApiResponse(
            "404", problem("Beacon holds no such organisation, indicator, period or value"));
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("An RFC 9457 problem detail saying what is wrong")
        .addProperty(
            "type", new StringSchema().description("What kind of problem: /problems/not-found"))
        .addProperty("title", new StringSchema().description("The kind of problem in words"))
        .addProperty("status", new IntegerSchema().description("The HTTP status"))
        .addProperty(
            "detail",
            new StringSchema()
                .description("What is wrong, e.g. There is no indicator 'X' in Buckinghamshire"))
        .addProperty("instance", new StringSchema().description("The address asked for"));
  }
}
