package beacon.national.files;

/** A shipped national data file that cannot be read: the message names the file and the row. */
public class NationalFileException extends RuntimeException {

  public NationalFileException(String message) {
    super(message);
  }

  public NationalFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
