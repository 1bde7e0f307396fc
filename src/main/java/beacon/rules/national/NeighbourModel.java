package beacon.rules.national;

import java.util.List;
import java.util.Map;

/**
 * A DfE statistical neighbour model: each authority's ten closest authorities.
 *
 * @param name the model's year, {@code 2021} or {@code 2025}
 * @param neighboursOf by the authority's old three-digit code, its neighbours closest first
 */
public record NeighbourModel(String name, Map<String, List<Neighbour>> neighboursOf) {

  public NeighbourModel {
    neighboursOf = Map.copyOf(neighboursOf);
  }

  /** The authority's neighbours closest first, none when the model does not have it. */
  public List<Neighbour> of(String authority) {
    return neighboursOf.getOrDefault(authority, List.of());
  }

  public boolean has(String authority) {
    return neighboursOf.containsKey(authority);
  }
}
