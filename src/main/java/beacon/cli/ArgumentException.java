package beacon.cli;

/** A command line Beacon cannot run as written; the message says what to write instead. */
class ArgumentException extends RuntimeException {

  ArgumentException(String message) {
    super(message);
  }
}
