package beacon.publishing;

import beacon.papers.Paper;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paper as JSON, the way it is kept once published: every line with its figures as printed and as
 * numbers, its columns, trend and front sheet. Numbers keep their scale (75.0 stays 75.0) and days
 * are written as 2017-09-12.
 */
final class PaperJson {

  /**
   * Its own mapper, so that the application's JSON settings never change how a published paper is
   * kept; parts a later Beacon no longer has are skipped when an old paper is read.
   */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private PaperJson() {}

  static String write(Paper paper) {
    return JSON.writeValueAsString(paper);
  }

  static Paper read(String json) {
    return JSON.readValue(json, Paper.class);
  }
}
