package beacon.trend;

import static beacon.trend.TrendChart.num;

import beacon.rules.rating.Rag;

/**
 * The shape of a rating on a trend chart, so that a point says its RAG without colour: each rating
 * has its own marker, drawn as an SVG path.
 */
final class RagMarker {

  private RagMarker() {}

  /**
   * The SVG path of a point's marker centred on (x, y), of size r: a circle for Green, a diamond
   * for Amber, a square for Red and a circle for not rated (drawn hollow).
   */
  static String path(Rag rag, double x, double y, double r) {
    return switch (rag) {
      case GREEN, NOT_RATED ->
          "M"
              + num(x - r)
              + " "
              + num(y)
              + " a"
              + num(r)
              + " "
              + num(r)
              + " 0 1 0 "
              + num(2 * r)
              + " 0 a"
              + num(r)
              + " "
              + num(r)
              + " 0 1 0 "
              + num(-2 * r)
              + " 0 Z";
      case AMBER -> {
        double d = r * 1.3;
        yield "M"
            + num(x)
            + " "
            + num(y - d)
            + " L"
            + num(x + d)
            + " "
            + num(y)
            + " L"
            + num(x)
            + " "
            + num(y + d)
            + " L"
            + num(x - d)
            + " "
            + num(y)
            + " Z";
      }
      case RED ->
          "M"
              + num(x - r)
              + " "
              + num(y - r)
              + " h"
              + num(2 * r)
              + " v"
              + num(2 * r)
              + " h"
              + num(-2 * r)
              + " Z";
    };
  }
}
