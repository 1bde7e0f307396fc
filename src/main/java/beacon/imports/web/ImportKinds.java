package beacon.imports.web;

import beacon.account.Account;
import beacon.imports.DfeMeasure;
import beacon.imports.FileImports;
import beacon.imports.ImportReport;
import beacon.imports.ValueImports;
import beacon.imports.file.Table;
import beacon.organisation.Organisation;
import beacon.security.RouteAccess;
import beacon.security.Routes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The kinds of file Beacon imports, each with its importer, in the order the import page offers
 * them. A kind added here is offered on the page at once; its texts are {@code
 * imports.kind.<kind>}, {@code imports.kind.<kind>.hint} and {@code imports.kind.<kind>.inSentence}
 * in {@code messages/imports.properties}. Who may import each kind is the access rule of its import
 * address in {@link Routes}, the same for the page as for the API: a file of indicators changes the
 * catalogue, so only administrators import it.
 */
@Component
class ImportKinds {

  /** Runs the import of one kind of file, as {@link ValueImports#run} does for values. */
  @FunctionalInterface
  interface Importer {
    ImportReport run(
        String organisationCode,
        Table table,
        Supplier<Table> again,
        boolean dryRun,
        String by,
        String reason,
        DfeMeasure measure,
        boolean createMissing);
  }

  /** The kind that takes an indicator, a measure and filters besides the file. */
  static final String DFE_STATISTICS = FileImports.DFE_STATISTICS;

  private final Map<String, Importer> importers = new LinkedHashMap<>();
  private final RouteAccess access;

  ImportKinds(FileImports files, RouteAccess access) {
    this.access = access;
    for (String kind : List.of("values", "targets", "benchmarks", DFE_STATISTICS, "indicators")) {
      importers.put(
          kind,
          (organisation, table, again, dryRun, by, reason, measure, createMissing) ->
              files.run(
                  kind, organisation, table, again, dryRun, by, reason, measure, createMissing));
    }
  }

  /** The kinds, in the order they are offered. */
  List<String> names() {
    return List.copyOf(importers.keySet());
  }

  /** The kinds the account may import for the organisation, in the order they are offered. */
  List<String> allowedTo(Optional<Account> account, Organisation organisation) {
    return names().stream().filter(kind -> allows(account, organisation, kind)).toList();
  }

  /** Whether the account may import files of the kind for the organisation. */
  boolean allows(Optional<Account> account, Organisation organisation, String kind) {
    String address =
        UriComponentsBuilder.fromPath(ImportController.ADDRESS)
            .encode()
            .buildAndExpand(organisation.code(), kind)
            .toUriString();
    return Routes.match(HttpMethod.POST, address).isPresent()
        && access.allows(account, HttpMethod.POST, address);
  }

  Optional<Importer> importer(String kind) {
    return Optional.ofNullable(kind).map(importers::get);
  }
}
