package beacon.rules.national;

/**
 * One of an authority's statistical neighbours.
 *
 * @param code the neighbour's old three-digit code
 * @param position 1 for the closest, up to 10
 * @param closeness the model's word for it: {@code Extremely close}, {@code Very close}, {@code
 *     Close}, {@code Somewhat close}, {@code Not close}; null when the model gives none
 */
public record Neighbour(String code, int position, String closeness) {}
