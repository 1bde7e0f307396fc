package beacon.cli;

/**
 * A command line Beacon cannot run as written; the message says what to write instead, and the
 * usage is that of the command the line names.
 */
class ArgumentException extends RuntimeException {

  private final String usage;

  ArgumentException(String message) {
    this(message, null);
  }

  private ArgumentException(String message, String usage) {
    super(message);
    this.usage = usage;
  }

  /** The same problem, shown with the usage of the command it is in. */
  ArgumentException withUsage(String usage) {
    return new ArgumentException(getMessage(), usage);
  }

  /** The usage of the command the line names, on one line; null when not known. */
  String usage() {
    return usage;
  }
}
