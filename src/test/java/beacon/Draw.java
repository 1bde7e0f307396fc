package beacon;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The values drawn for one example of a law, from a random source of its own. The ends of each
 * range are drawn more often than the values between, since that is where rules go wrong.
 * Everything a law draws is kept, to be shown when the law does not hold.
 */
public final class Draw {

  private static final int EDGES_ONE_IN = 8;

  private final SplittableRandom random;
  private final List<String> drawn = new ArrayList<>();
  private int depth;

  Draw(SplittableRandom random) {
    this.random = random;
  }

  /** A whole number from min to max, both included. */
  public int integer(int min, int max) {
    return kept(() -> edge() ? (random.nextBoolean() ? min : max) : random.nextInt(min, max + 1));
  }

  /** Any whole number. */
  public int anyInteger() {
    return kept(
        () -> edge() ? of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE) : random.nextInt());
  }

  /** Any byte. */
  public byte anyByte() {
    return kept(() -> (byte) random.nextInt(256));
  }

  /** A number from min to max, both included, with the given number of decimal places. */
  public BigDecimal decimal(String min, String max, int scale) {
    return kept(
        () -> {
          BigDecimal low = new BigDecimal(min).setScale(scale);
          BigDecimal high = new BigDecimal(max).setScale(scale);
          if (edge()) {
            boolean zeroInRange = low.signum() <= 0 && high.signum() >= 0;
            return zeroInRange && random.nextBoolean()
                ? BigDecimal.ZERO.setScale(scale)
                : random.nextBoolean() ? low : high;
          }
          long steps = high.subtract(low).unscaledValue().longValueExact();
          long step = random.nextLong(steps + 1);
          return low.add(new BigDecimal(BigInteger.valueOf(step), scale));
        });
  }

  /** Any number: small and large, negative, with up to twelve decimal places or with none. */
  public BigDecimal anyDecimal() {
    return kept(
        () -> {
          long magnitude = (long) Math.pow(10, random.nextInt(0, 19));
          long unscaled = random.nextLong(Math.max(1, magnitude));
          if (random.nextBoolean()) {
            unscaled = -unscaled;
          }
          return BigDecimal.valueOf(unscaled, random.nextInt(0, 13));
        });
  }

  /** One of the given values. */
  @SafeVarargs
  public final <T> T of(T... values) {
    return kept(() -> values[random.nextInt(values.length)]);
  }

  /** One of the given values. */
  public <T> T of(List<T> values) {
    return kept(() -> values.get(random.nextInt(values.size())));
  }

  /** One of an enumeration's values. */
  public <E extends Enum<E>> E of(Class<E> kind) {
    return of(kind.getEnumConstants());
  }

  /** A value drawn by one of the given ways, chosen at random. */
  @SafeVarargs
  public final <T> T oneOf(Function<Draw, T>... ways) {
    return kept(() -> ways[random.nextInt(ways.length)].apply(this));
  }

  /** Bytes of any value, from min to max of them. */
  public byte[] bytes(int min, int max) {
    return kept(
        () -> {
          byte[] bytes = new byte[lengthFrom(min, max)];
          random.nextBytes(bytes);
          return bytes;
        });
  }

  /** Whole numbers of any value, from min to max of them. */
  public int[] integers(int min, int max) {
    return kept(() -> random.ints(lengthFrom(min, max)).toArray());
  }

  /** A text of up to maxLength characters, each one of the given characters. */
  public String text(String characters, int maxLength) {
    return kept(
        () -> {
          StringBuilder text = new StringBuilder();
          int length = lengthFrom(0, maxLength);
          for (int i = 0; i < length; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
          }
          return text.toString();
        });
  }

  /** A text of up to maxLength characters of any kind: letters, digits, punctuation, any script. */
  public String anyText(int maxLength) {
    return kept(
        () -> {
          StringBuilder text = new StringBuilder();
          int length = lengthFrom(0, maxLength);
          for (int i = 0; i < length; i++) {
            text.appendCodePoint(anyCharacter());
          }
          return text.toString();
        });
  }

  /** From min to max values, each drawn by the given way. */
  public <T> List<T> list(int min, int max, Function<Draw, T> way) {
    return kept(
        () -> {
          List<T> list = new ArrayList<>();
          int length = lengthFrom(min, max);
          for (int i = 0; i < length; i++) {
            list.add(way.apply(this));
          }
          return list;
        });
  }

  /** Up to maxSize entries, their keys and values drawn by the given ways. */
  public <K, V> Map<K, V> map(int maxSize, Function<Draw, K> keys, Function<Draw, V> values) {
    return kept(
        () -> {
          Map<K, V> map = new LinkedHashMap<>();
          int size = lengthFrom(0, maxSize);
          for (int i = 0; i < size; i++) {
            map.put(keys.apply(this), values.apply(this));
          }
          return map;
        });
  }

  /** What was drawn, in order, as shown when a law does not hold. */
  List<String> drawn() {
    return List.copyOf(drawn);
  }

  private int lengthFrom(int min, int max) {
    return edge() ? (random.nextBoolean() ? min : max) : random.nextInt(min, max + 1);
  }

  private int anyCharacter() {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(0x20, 0x7F);
      case 1 -> random.nextInt(0, 0x100);
      case 2 -> {
        int c = random.nextInt(0x100, 0xFFFE);
        yield Character.isSurrogate((char) c) ? 'x' : c;
      }
      default -> random.nextInt(0x10000, 0x10FFFF + 1);
    };
  }

  private boolean edge() {
    return random.nextInt(EDGES_ONE_IN) == 0;
  }

  /** Draws a value, keeping it to be shown unless it is part of a larger value being drawn. */
  private <T> T kept(Supplier<T> drawing) {
    depth++;
    T value;
    try {
      value = drawing.get();
    } finally {
      depth--;
    }
    if (depth == 0) {
      drawn.add(shown(value));
    }
    return value;
  }

  private static String shown(Object value) {
    String text;
    if (value instanceof byte[] bytes) {
      text = bytes.length + " bytes " + HexFormat.of().formatHex(bytes);
    } else if (value instanceof int[] numbers) {
      text = Arrays.toString(numbers);
    } else if (value instanceof String string) {
      text = '"' + string + '"';
    } else {
      text = String.valueOf(value);
    }
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }
}
