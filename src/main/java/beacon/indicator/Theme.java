package beacon.indicator;

/** A theme within a priority. */
public record Theme(long id, long priorityId, String priority, String name, int position)
    implements CatalogueEntry {}
