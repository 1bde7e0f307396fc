package beacon.rules.rating;

import java.math.BigDecimal;
import java.util.Objects;

/** A value as reported: a number, or a marker such as "New Definition" in its place. */
public record Figure(BigDecimal number, Marker marker) {

  public Figure {
    if ((number == null) == (marker == null)) {
      throw new IllegalArgumentException("A figure is either a number or a marker");
    }
  }

  public static Figure of(BigDecimal number) {
    return new Figure(Objects.requireNonNull(number), null);
  }

  public static Figure of(String number) {
    return of(new BigDecimal(number));
  }

  public static Figure marked(Marker marker) {
    return new Figure(null, Objects.requireNonNull(marker));
  }

  public boolean isNumber() {
    return number != null;
  }

  public String display(Unit unit) {
    return isNumber() ? unit.format(number) : marker.label();
  }
}
