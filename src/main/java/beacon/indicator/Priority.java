package beacon.indicator;

/** A priority of the council's plan. */
public record Priority(long id, String name, String description) implements CatalogueEntry {}
