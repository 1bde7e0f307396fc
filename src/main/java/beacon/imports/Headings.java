package beacon.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a file's header row against the columns of its kind, saying every problem at once. */
final class Headings {

  private Headings() {}

  /**
   * @param kind the kind of file, as its problems name it: "values"
   */
  static List<ImportProblem> check(
      String file,
      String kind,
      List<String> headings,
      List<String> required,
      List<String> optional) {
    List<ImportProblem> problems = new ArrayList<>();
    for (String column : required) {
      if (!headings.contains(column)) {
        problems.add(
            new ImportProblem(file, 1, column, "the required column " + column + " is missing"));
      }
    }
    Set<String> seen = new HashSet<>();
    for (String heading : headings) {
      if (heading.isEmpty()) {
        continue;
      }
      if (!seen.add(heading)) {
        problems.add(new ImportProblem(file, 1, heading, "the column " + heading + " is twice"));
      } else if (!required.contains(heading) && !optional.contains(heading)) {
        problems.add(
            new ImportProblem(
                file,
                1,
                heading,
                "there is no column "
                    + heading
                    + " in a "
                    + kind
                    + " file: the columns are "
                    + String.join(", ", required)
                    + ", "
                    + String.join(", ", optional)));
      }
    }
    return problems;
  }
}
