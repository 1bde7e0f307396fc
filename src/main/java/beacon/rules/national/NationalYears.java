package beacon.rules.national;

import beacon.rules.period.AcademicYear;
import beacon.rules.period.CalendarYear;
import beacon.rules.period.FinancialYear;
import beacon.rules.period.Month;
import beacon.rules.period.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * The Beacon period a national year label stands for, read with the measure's year type as the
 * LAIT's dictionary gives it. A single year names the year that ends in it: {@code 2022} of a
 * financial-year measure is 2021/22 (to 31 March 2022), of an academic-year measure the academic
 * year 2021/22, of a calendar-year measure 2022. A September snapshot ({@code Annual (end of
 * Sept)}) is that September, a January census ({@code Annual - January}) that January. Labels over
 * more than one year ({@code 2014-16}) and labels without a year have no period.
 */
public final class NationalYears {

  private NationalYears() {}

  public static Optional<Period> periodOf(String label, String yearType) {
    Integer start = YearLabels.startYear(label);
    Integer end = YearLabels.endYear(label);
    if (start == null || end == null || end - start > 1) {
      return Optional.empty();
    }
    boolean span = end > start;
    String type = yearType == null ? "" : yearType.strip().toLowerCase(Locale.ROOT);
    if (type.startsWith("academic")) {
      return Optional.of(new AcademicYear(end - 1));
    }
    if (type.contains("sept")) {
      return span ? Optional.empty() : Optional.of(Month.of(end, 9));
    }
    if (type.contains("january")) {
      return span ? Optional.empty() : Optional.of(Month.of(end, 1));
    }
    if (type.startsWith("calendar") || type.equals("annual")) {
      return span ? Optional.empty() : Optional.of(new CalendarYear(end));
    }
    return Optional.of(new FinancialYear(end - 1));
  }

  /**
   * How a benchmark's source names the figure: the publication and the year as councils write it,
   * "CIN Census 2021/22"; the label as published when it stands for no single period.
   */
  public static String sourceOf(String publication, String label, String yearType) {
    String year = periodOf(label, yearType).map(Period::label).orElse(label == null ? "" : label);
    String from = publication == null || publication.isBlank() ? "DfE" : publication.strip();
    return (from + " " + year).strip();
  }
}
