package beacon.national.web;

import beacon.national.NationalData;
import beacon.national.NationalFigures;
import beacon.rules.national.AuthorityStatistics;
import beacon.rules.national.NeighbourAverage;
import beacon.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * National figures: {@code GET /api/v1/national/{measure}?year=2022&la=825} answers the authority's
 * figure, England, its region, its statistical neighbours' mean (which model, how many neighbours
 * had a figure, each with its figure), its national rank out of how many, its quartile band, where
 * the best band begins, and the change from the year before.
 */
@RestController
@RequestMapping("/api/v1/national")
@Tag(
    name = "National figures",
    description = "Every authority's published figures (the DfE's LAIT data set), compared")
class NationalApiController {

  /** What the API answers. */
  record NationalResource(
      Measure measure,
      String year,
      Area authority,
      BigDecimal value,
      BigDecimal england,
      Area region,
      Neighbours neighbours,
      Integer rank,
      int outOf,
      String quartile,
      BigDecimal topQuartile,
      BigDecimal change,
      List<String> years) {}

  record Measure(
      String code,
      String name,
      String polarity,
      Integer decimals,
      String publication,
      String variant,
      boolean banded) {}

  record Area(String code, String name, BigDecimal value) {}

  record Neighbours(
      String model, BigDecimal mean, int withValue, int of, String said, List<Area> members) {}

  private final NationalFigures figures;
  private final NationalData data;

  NationalApiController(NationalFigures figures, NationalData data) {
    this.figures = figures;
    this.data = data;
  }

  @GetMapping("/{measure}")
  @Operation(
      summary = "An authority's figure for a national measure and year, compared",
      description =
          "Statistical neighbours' mean: the simple mean of the neighbours with a figure, under"
              + " the DfE model in force that year (2021 before 2025, 2025 from 2025). Rank: 1 is"
              + " best by the measure's polarity, ties share the best rank; none without a"
              + " polarity. Quartile: A best. Top quartile: where the best band begins, the figure a"
              + " target of the top quartile takes.")
  NationalResource figure(
      @Parameter(description = "The LAIT measure code, e.g. CP_conf_15days")
          @PathVariable("measure")
          String measure,
      @Parameter(description = "The year as the data writes it, e.g. 2022") @RequestParam("year")
          String year,
      @Parameter(description = "The authority's DfE code, e.g. 825") @RequestParam("la")
          String authority) {
    if (data.lastLoad().isEmpty()) {
      throw new NotFoundException(
          "The national data is not loaded yet: it loads on the first start of the demo, or with"
              + " java -jar beacon.jar load-national");
    }
    NationalFigures.Measure known =
        figures
            .measure(measure)
            .orElseThrow(() -> new NotFoundException("There is no national measure " + measure));
    NationalFigures.Statistics statistics =
        figures
            .of(measure, year, authority)
            .orElseThrow(
                () -> new NotFoundException(measure + " has no figures for the year " + year));
    AuthorityStatistics s = statistics.figures();
    NeighbourAverage n = s.neighbours();
    return new NationalResource(
        new Measure(
            known.code(),
            known.name(),
            known.polarity().name(),
            known.decimals(),
            known.publication(),
            known.variant(),
            known.banded()),
        year,
        new Area(authority, statistics.authorityName(), s.value()),
        s.value(),
        s.england(),
        s.region() == null ? null : new Area(null, s.region(), s.regionValue()),
        n == null
            ? null
            : new Neighbours(
                n.model(),
                n.mean(),
                n.withValue(),
                n.of(),
                n.coverageInWords(),
                n.members().stream()
                    .map(member -> new Area(member.code(), member.name(), member.value()))
                    .toList()),
        s.rank(),
        s.outOf(),
        s.quartile() == null ? null : s.quartile().name(),
        s.topQuartile(),
        s.change(),
        statistics.years());
  }
}
