package beacon.imports.file;

import beacon.imports.ImportProblem;

/** A file that cannot be read as a table at all; says what and where. */
public class UnreadableFileException extends RuntimeException {

  private final transient ImportProblem problem;

  public UnreadableFileException(ImportProblem problem) {
    super(problem.line());
    this.problem = problem;
  }

  public ImportProblem problem() {
    return problem;
  }
}
