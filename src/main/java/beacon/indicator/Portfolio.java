package beacon.indicator;

/** A portfolio: the cabinet member's area of the council's work. */
public record Portfolio(long id, String name, String cabinetMember, String note)
    implements CatalogueEntry {}
