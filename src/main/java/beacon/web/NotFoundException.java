package beacon.web;

/** Something a page asked for does not exist: an indicator code, a period, a form's subject. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
