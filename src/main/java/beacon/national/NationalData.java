package beacon.national;

import beacon.database.CsvCopy;
import beacon.national.files.Authorities;
import beacon.national.files.Authority;
import beacon.national.files.BankHoliday;
import beacon.national.files.BankHolidays;
import beacon.national.files.CuratedMeasures;
import beacon.national.files.EesFile;
import beacon.national.files.LaitAreas;
import beacon.national.files.LaitDataSet;
import beacon.national.files.LaitDictionary;
import beacon.national.files.NationalMeasure;
import beacon.national.files.NeighbourModels;
import beacon.rules.national.LaitValue;
import beacon.rules.national.Neighbour;
import beacon.rules.national.NeighbourModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national data Beacon ships ({@code src/main/resources/national/}), loaded whole into the
 * database: the authorities, both statistical neighbour models, the bank holidays, the LAIT's
 * measures and every figure it publishes, then every measure and figure of the Explore Education
 * Statistics files, each measure as Beacon's own list describes it where it does. A load replaces
 * what is there, in one transaction, so pages read the old figures until the new are all in.
 */
@Service
public class NationalData {

  /** What a load put in, and how long it took. */
  public record Loaded(int measures, int figures, Duration took) {}

  private final JdbcClient db;
  private final DataSource dataSource;

  NationalData(JdbcClient db, DataSource dataSource) {
    this.db = db;
    this.dataSource = dataSource;
  }

  /** Whether national data has been loaded, and when. */
  public Optional<Loaded> lastLoad() {
    return db.sql("select measures, figures, took_ms from national_load order by id desc limit 1")
        .query(
            (rs, n) ->
                new Loaded(
                    rs.getInt("measures"),
                    rs.getInt("figures"),
                    Duration.ofMillis(rs.getLong("took_ms"))))
        .optional();
  }

  @Transactional
  public Loaded load() {
    long start = System.nanoTime();
    db.sql(
            "truncate authority, statistical_neighbour, bank_holiday, national_measure,"
                + " national_value")
        .update();
    authorities();
    neighbours(read(NeighbourModels.RESOURCE_2021, NeighbourModels::read2021));
    neighbours(read(NeighbourModels.RESOURCE_2025, NeighbourModels::read2025));
    bankHolidays();
    Map<String, String> laitNames = new LinkedHashMap<>();
    Map<String, NationalMeasure> eesMeasures = new LinkedHashMap<>();
    int figures = figures(laitNames, eesMeasures);
    int measures = measures(laitNames, eesMeasures);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    db.sql("insert into national_load (measures, figures, took_ms) values (?, ?, ?)")
        .params(measures, figures, took.toMillis())
        .update();
    return new Loaded(measures, figures, took);
  }

  private void authorities() {
    try (CsvCopy copy =
        CsvCopy.into(
            dataSource,
            "authority (old_code, new_code, name, region_code, region_name, first_year,"
                + " last_year)")) {
      for (Authority authority : read(Authorities.RESOURCE, Authorities::read)) {
        copy.text(authority.oldCode())
            .text(authority.newCode())
            .text(authority.name())
            .text(authority.regionCode())
            .text(authority.regionName())
            .plain(authority.firstYear())
            .plain(authority.lastYear())
            .endRow();
      }
    }
  }

  private void neighbours(NeighbourModel model) {
    try (CsvCopy copy =
        CsvCopy.into(
            dataSource,
            "statistical_neighbour (model, authority, position, neighbour, closeness)")) {
      model
          .neighboursOf()
          .forEach(
              (authority, neighbours) -> {
                for (Neighbour neighbour : neighbours) {
                  copy.text(model.name())
                      .text(authority)
                      .plain(neighbour.position())
                      .text(neighbour.code())
                      .text(neighbour.closeness())
                      .endRow();
                }
              });
    }
  }

  private void bankHolidays() {
    try (CsvCopy copy = CsvCopy.into(dataSource, "bank_holiday (holiday, title)")) {
      for (BankHoliday holiday : read(BankHolidays.RESOURCE, BankHolidays::read)) {
        copy.plain(holiday.date()).text(holiday.title()).endRow();
      }
    }
  }

  /**
   * Every figure of the LAIT's data set, then of each EES file; the name of each LAIT measure as
   * the data gives it, and each EES measure as its file gives it.
   */
  private int figures(Map<String, String> laitNames, Map<String, NationalMeasure> eesMeasures) {
    int[] count = {0};
    LaitAreas areas = new LaitAreas();
    try (CsvCopy copy =
            CsvCopy.into(
                dataSource,
                "national_value (measure_code, year, area_code, area_name, region, value,"
                    + " suppression)");
        InputStream data = resource(LaitDataSet.RESOURCE)) {
      Consumer<LaitValue> write =
          figure -> {
            copy.text(figure.measure())
                .text(figure.year())
                .text(figure.areaCode())
                .text(figure.areaName())
                .text(figure.region())
                .plain(figure.value())
                .text(figure.suppression())
                .endRow();
            count[0]++;
          };
      LaitDataSet.read(
          data,
          figure -> {
            laitNames.putIfAbsent(figure.measure(), figure.measureName());
            areas.accept(figure);
            write.accept(figure);
          });
      for (EesFile file : EesFile.SHIPPED) {
        for (NationalMeasure measure :
            read(file.resource(), in -> file.read(in, areas::regionWordsOf, write))) {
          eesMeasures.put(measure.code(), measure);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count[0];
  }

  /**
   * The measures with figures: the LAIT's described by its dictionary where it has them, the EES
   * files' by their columns and filters, then each as Beacon's own list describes it.
   */
  private int measures(Map<String, String> laitNames, Map<String, NationalMeasure> eesMeasures) {
    Map<String, NationalMeasure> dictionary = new LinkedHashMap<>();
    for (NationalMeasure measure : read(LaitDictionary.RESOURCE, LaitDictionary::read)) {
      dictionary.putIfAbsent(measure.code(), measure);
    }
    Map<String, NationalMeasure> measures = new LinkedHashMap<>();
    laitNames.forEach(
        (code, name) ->
            measures.put(
                code,
                Optional.ofNullable(dictionary.get(code))
                    .orElseGet(() -> NationalMeasure.ofTheLaitNamed(code, name))));
    measures.putAll(eesMeasures);
    Map<String, CuratedMeasures.Curated> curated =
        read(CuratedMeasures.RESOURCE, CuratedMeasures::read);
    List<String> unknown = new ArrayList<>(curated.keySet());
    unknown.removeAll(measures.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          CuratedMeasures.RESOURCE + " describes measures no national file has: " + unknown);
    }
    curated.forEach((code, described) -> measures.put(code, described.over(measures.get(code))));
    try (CsvCopy copy =
        CsvCopy.into(
            dataSource,
            "national_measure (code, name, topic, polarity, decimals, year_type, description,"
                + " methodology, owner, last_update, next_update, source, publication, variant,"
                + " banded)")) {
      for (NationalMeasure measure : measures.values()) {
        copy.text(measure.code())
            .text(
                measure.name() == null || measure.name().isBlank()
                    ? measure.code()
                    : measure.name())
            .text(measure.topic())
            .plain(measure.polarity() == null ? null : measure.polarity().name())
            .plain(measure.decimals())
            .text(measure.yearType())
            .text(measure.description())
            .text(measure.methodology())
            .text(measure.owner())
            .text(measure.lastUpdate())
            .text(measure.nextUpdate())
            .text(measure.source())
            .text(measure.publication())
            .text(measure.variant())
            .plain(measure.banded())
            .endRow();
      }
    }
    return measures.size();
  }

  private static <T> T read(String name, Function<InputStream, T> reader) {
    try (InputStream in = resource(name)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = NationalData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Beacon's national data has no file " + name);
    }
    return in;
  }
}
