package beacon;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Checks a law (a rule that must hold for every input) on many examples drawn from a seed. Each law
 * has a seed of its own, taken from the name of the test that checks it, so a run draws the same
 * examples every time and a failure can be run again; {@code -Dbeacon.laws.seed=N} draws others. A
 * failure names the example, its number and the seed, and everything that was drawn for it.
 */
public final class Laws {

  /** How many examples a law is checked on unless it says otherwise. */
  public static final int EXAMPLES = 1000;

  /** A law: what must hold for the values it draws. */
  @FunctionalInterface
  public interface Law {
    void holdsFor(Draw draw) throws Exception;
  }

  private Laws() {}

  /** Checks the law on {@link #EXAMPLES} examples. */
  public static void forAll(Law law) {
    forAll(EXAMPLES, law);
  }

  /** Checks the law on the given number of examples, stopping at the first that breaks it. */
  public static void forAll(int examples, Law law) {
    long seed = seedOf(callerName());
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int example = 1; example <= examples; example++) {
      Draw draw = new Draw(seeds.split());
      try {
        law.holdsFor(draw);
      } catch (Exception | AssertionError failure) {
        throw new AssertionError(
            "The law does not hold for example %d of %d (seed %d, -Dbeacon.laws.seed=%d)%nDrawn: %s"
                .formatted(example, examples, seed, seed, draw.drawn()),
            failure);
      }
    }
  }

  /** Draws the given number of examples from the calling test's seed. */
  public static <T> List<T> examples(int count, java.util.function.Function<Draw, T> example) {
    SplittableRandom seeds = new SplittableRandom(seedOf(callerName()));
    return java.util.stream.Stream.generate(() -> example.apply(new Draw(seeds.split())))
        .limit(count)
        .toList();
  }

  private static long seedOf(String lawName) {
    String chosen = System.getProperty("beacon.laws.seed");
    if (chosen != null && !chosen.isBlank()) {
      return Long.parseLong(chosen.trim());
    }
    return lawName.hashCode();
  }

  /** The class and method that called into this class: the test checking the law. */
  private static String callerName() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(frame -> !frame.getClassName().equals(Laws.class.getName()))
                    .findFirst()
                    .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                    .orElse(Laws.class.getName()));
  }
}
