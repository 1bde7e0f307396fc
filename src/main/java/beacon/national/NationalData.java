package beacon.national;

import beacon.database.CsvCopy;
import beacon.national.files.Authorities;
import beacon.national.files.Authority;
import beacon.national.files.BankHoliday;
import beacon.national.files.BankHolidays;
import beacon.national.files.LaitDataSet;
import beacon.national.files.LaitDictionary;
import beacon.national.files.NationalMeasure;
import beacon.national.files.Neighbour;
import beacon.national.files.NeighbourModel;
import beacon.national.files.NeighbourModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national data Beacon ships ({@code src/main/resources/national/}), loaded whole into the
 * database: the authorities, both statistical neighbour models, the bank holidays, the LAIT's
 * measures and every figure it publishes. A load replaces what is there, in one transaction, so
 * pages read the old figures until the new are all in.
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
    neighbours(NeighbourModels.read2021(resource(NeighbourModels.RESOURCE_2021)));
    neighbours(NeighbourModels.read2025(resource(NeighbourModels.RESOURCE_2025)));
    bankHolidays();
    Map<String, String> namesInTheData = new LinkedHashMap<>();
    int figures = figures(namesInTheData);
    int measures = measures(namesInTheData);
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
      for (Authority authority : Authorities.read(resource(Authorities.RESOURCE))) {
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
      for (BankHoliday holiday : BankHolidays.read(resource(BankHolidays.RESOURCE))) {
        copy.plain(holiday.date()).text(holiday.title()).endRow();
      }
    }
  }

  /** Every figure of the LAIT's data set; the name of each measure as the data gives it. */
  private int figures(Map<String, String> names) {
    int[] count = {0};
    try (CsvCopy copy =
            CsvCopy.into(
                dataSource,
                "national_value (measure_code, year, area_code, area_name, region, value,"
                    + " suppression)");
        InputStream data = resource(LaitDataSet.RESOURCE)) {
      LaitDataSet.read(
          data,
          figure -> {
            names.putIfAbsent(figure.measure(), figure.measureName());
            copy.text(figure.measure())
                .text(figure.year())
                .text(figure.areaCode())
                .text(figure.areaName())
                .text(figure.region())
                .plain(figure.value())
                .text(figure.suppression())
                .endRow();
            count[0]++;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count[0];
  }

  /** The measures with figures, described by the LAIT's dictionary where it has them. */
  private int measures(Map<String, String> namesInTheData) {
    Map<String, NationalMeasure> dictionary = new LinkedHashMap<>();
    for (NationalMeasure measure : LaitDictionary.read(resource(LaitDictionary.RESOURCE))) {
      dictionary.putIfAbsent(measure.code(), measure);
    }
    Function<String, NationalMeasure> described =
        code ->
            Optional.ofNullable(dictionary.get(code))
                .orElse(
                    new NationalMeasure(
                        code,
                        namesInTheData.get(code),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    try (CsvCopy copy =
        CsvCopy.into(
            dataSource,
            "national_measure (code, name, topic, polarity, decimals, year_type, description,"
                + " methodology, owner, last_update, next_update, source)")) {
      for (String code : namesInTheData.keySet()) {
        NationalMeasure measure = described.apply(code);
        copy.text(code)
            .text(measure.name() == null || measure.name().isBlank() ? code : measure.name())
            .text(measure.topic())
            .plain(measure.polarity() == null ? null : measure.polarity().name())
            .plain(measure.decimals())
            .text(measure.yearType())
            .text(measure.description())
            .text(measure.methodology())
            .text(measure.owner())
            .text(measure.lastUpdate())
            .text(measure.nextUpdate())
            .text("LAIT")
            .endRow();
      }
    }
    return namesInTheData.size();
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
