package beacon.cli;

/**
 * Makes the runner of a command once Beacon has started: Spring makes it, giving its constructor
 * the services it takes.
 */
@FunctionalInterface
interface Runners {

  <R> R make(Class<R> runner);
}
