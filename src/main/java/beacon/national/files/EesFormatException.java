package beacon.national.files;

/**
 * A cell of an Explore Education Statistics file that does not say what the layout has there (a
 * year Beacon does not read), with the column it is in; each reader says it in its own way.
 */
public final class EesFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String column;

  /**
   * @param column the column's heading: {@code time_period}
   * @param message what is wrong, as a problem says it: {@code '2022/23' is not a financial year}
   */
  public EesFormatException(String column, String message) {
    super(message);
    this.column = column;
  }

  public String column() {
    return column;
  }
}
