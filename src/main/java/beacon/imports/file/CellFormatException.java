package beacon.imports.file;

/**
 * A cell whose text is not what its column takes, said plainly: "'eighty' is not a number". The
 * caller knows the file, row and column to put with it.
 */
public class CellFormatException extends RuntimeException {

  public CellFormatException(String message) {
    super(message);
  }
}
