package beacon.rules.national;

/**
 * The DfE's statistical neighbour models and which is in force: the 2021 model for years ending
 * before 2025, the 2025 model (after the 2023 reorganisation of Cumbria, North Yorkshire and
 * Somerset) from 2025. A year is placed by the last year its label covers: {@code 2024-25} and the
 * LAIT's {@code 2025} (the year to March 2025) take the 2025 model.
 */
public record StatisticalNeighbourModels(NeighbourModel model2021, NeighbourModel model2025) {

  public static final int YEAR_OF_THE_2025_MODEL = 2025;

  /** The model in force for the year label; null for a label with no year. */
  public NeighbourModel inForce(String yearLabel) {
    Integer year = YearLabels.endYear(yearLabel);
    if (year == null) {
      return null;
    }
    return year >= YEAR_OF_THE_2025_MODEL ? model2025 : model2021;
  }
}
