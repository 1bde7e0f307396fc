package beacon.national.files;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an Explore Education Statistics measure is coded and named from its column and filter values,
 * before anyone describes it better ({@code national/ees/measures.csv}).
 */
final class EesMeasureNames {

  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern NOT_IN_A_COLUMN_CODE = Pattern.compile("[^A-Za-z0-9_-]+");
  private static final Pattern NOT_IN_A_VALUE_CODE = Pattern.compile("[^a-z0-9]+");

  private EesMeasureNames() {}

  /**
   * A column's heading as part of a code: as written, {@code +} as {@code plus}, any other
   * character a code does not take as {@code _} ({@code Duration_21+_days} is {@code
   * Duration_21plus_days}).
   */
  static String columnSlug(String heading) {
    return trimmed(NOT_IN_A_COLUMN_CODE.matcher(heading.replace("+", "plus")).replaceAll("_"));
  }

  /**
   * A filter's value as part of a code: lower case, apostrophes dropped, every run of other
   * characters one {@code _} ({@code Children looked after on 31 March each year} is {@code
   * children_looked_after_on_31_march_each_year}); {@code blank} for an empty cell.
   */
  static String slug(String value) {
    String lower = APOSTROPHES.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    String slug = trimmed(NOT_IN_A_VALUE_CODE.matcher(lower.replace("+", " plus")).replaceAll("_"));
    return slug.isEmpty() ? "blank" : slug;
  }

  /**
   * The column in words, then the filter values: {@code Rate per 10000 (Children looked after on 31
   * March each year)}.
   */
  static String name(String column, List<String> filterValues, boolean inMonths) {
    String words = column.replace('_', ' ').strip();
    StringBuilder name =
        new StringBuilder(words.isEmpty() ? column : capitalised(words))
            .append(inMonths ? " in months" : "");
    if (!filterValues.isEmpty()) {
      name.append(" (").append(String.join(", ", filterValues)).append(')');
    }
    return name.toString();
  }

  /**
   * Where the figures are in the file: {@code rate_per_10000 of
   * cla_number_and_rate_per_10k_children.csv.gz, where population_type is "Children looked after on
   * 31 March each year"}.
   */
  static String description(
      String column,
      List<String> filters,
      List<String> filterValues,
      String fileName,
      boolean inMonths) {
    StringBuilder description = new StringBuilder(column).append(" of ").append(fileName);
    for (int i = 0; i < filters.size(); i++) {
      description
          .append(i == 0 ? ", where " : " and ")
          .append(filters.get(i))
          .append(" is \"")
          .append(filterValues.get(i))
          .append('"');
    }
    if (inMonths) {
      description.append(". Written in years and months (01:07), given in months (19)");
    }
    return description.append('.').toString();
  }

  /**
   * The file's time identifier as the LAIT's dictionary writes a year type: {@code Academic Year}.
   */
  static String yearType(String timeIdentifier) {
    String[] words = timeIdentifier.strip().toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 0; i < words.length; i++) {
      words[i] = capitalised(words[i]);
    }
    return String.join(" ", words);
  }

  private static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String trimmed(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '_') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '_') {
      end--;
    }
    return slug.substring(start, end);
  }
}
