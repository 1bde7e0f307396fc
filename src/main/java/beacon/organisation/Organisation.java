package beacon.organisation;

/** A council, known by its DfE authority code (Buckinghamshire 825). */
public record Organisation(long id, String code, String name, String region) {}
