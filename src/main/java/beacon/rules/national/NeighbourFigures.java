package beacon.rules.national;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An authority's neighbours with their figures, closest first, made when asked for: every authority
 * of every measure and year has ten, and most are never looked at. Unmodifiable.
 */
final class NeighbourFigures extends AbstractList<NeighbourFigure> implements RandomAccess {

  private final List<Neighbour> neighbours;
  private final FiguresByCode figures;
  private final Function<String, String> nameOf;

  NeighbourFigures(
      List<Neighbour> neighbours, FiguresByCode figures, Function<String, String> nameOf) {
    this.neighbours = List.copyOf(neighbours);
    this.figures = figures;
    this.nameOf = nameOf;
  }

  @Override
  public NeighbourFigure get(int index) {
    String code = neighbours.get(index).code();
    return new NeighbourFigure(code, nameOf.apply(code), figures.of(code));
  }

  @Override
  public int size() {
    return neighbours.size();
  }
}
