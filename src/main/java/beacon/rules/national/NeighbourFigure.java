package beacon.rules.national;

import java.math.BigDecimal;

/**
 * A statistical neighbour's own figure.
 *
 * @param name the neighbour's name, null when it is not known
 * @param value null when the neighbour has no figure (suppressed, or not published)
 */
public record NeighbourFigure(String code, String name, BigDecimal value) {}
