package beacon.setup;

import beacon.national.files.Authority;
import beacon.organisation.OrganisationSettings;
import beacon.organisation.OrganisationSettings.Kind;
import beacon.organisation.Organisations;
import beacon.organisation.UnknownOrganisationException;
import beacon.rules.rating.RagWords;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up councils in Beacon: an English authority by its code, with its name, region and ONS code
 * from the DfE's list (its statistical neighbours and national figures are already known by the
 * same code); another council with a code and name of its own. Afterwards its name and short name
 * may be changed. Each refusal says which field and why, and writes nothing; each write is in the
 * audit trail.
 */
@Service
public class CouncilSetUp {

  /** The longest name or short name kept. */
  public static final int LONGEST_NAME = 200;

  /** The English regions, as the DfE's list names them (Inner and Outer London as London). */
  public static final List<String> REGIONS =
      List.of(
          "East Midlands",
          "East of England",
          "London",
          "North East",
          "North West",
          "South East",
          "South West",
          "West Midlands",
          "Yorkshire and The Humber");

  private final Organisations organisations;
  private final AuthorityList authorities;

  CouncilSetUp(Organisations organisations) {
    this.organisations = organisations;
    this.authorities = AuthorityList.shipped();
  }

  /**
   * Sets up the English authority with this code, old (311) or ONS (E09000016).
   *
   * @throws SetUpRefusedException on the field {@code code}: an unknown code, an authority that no
   *     longer reports, or one Beacon holds already
   */
  @Transactional
  public OrganisationSettings addAuthority(String code) {
    if (code == null || code.isBlank()) {
      throw refused("code", "Enter the authority's code, such as 311 or E09000016");
    }
    AuthorityList.Found found = authorities.find(code);
    if (found instanceof AuthorityList.Replaced replaced) {
      throw refused("code", replacedWords(replaced));
    }
    if (!(found instanceof AuthorityList.Current current)) {
      throw refused(
          "code",
          "There is no English local authority with the code "
              + code.strip()
              + " in the DfE's list: enter its three-digit code, such as 311, or its ONS code,"
              + " such as E09000016");
    }
    Authority authority = current.authority();
    held(authority.oldCode());
    return added(
        authority.oldCode(),
        () ->
            organisations.add(
                Kind.AUTHORITY,
                authority.oldCode(),
                authority.name(),
                authority.newCode(),
                region(authority)));
  }

  /**
   * Sets up a council that is not an authority, with a code of its own ({@link OwnCode}).
   *
   * @param region the English region it works in; blank for none
   */
  @Transactional
  public OrganisationSettings addOther(String code, String name, String region) {
    OwnCode.problem(code).ifPresent(problem -> refuseWith("code", problem));
    String typedName = name("name", name, true);
    String typedCode = code.strip();
    held(typedCode);
    String inRegion = region(region);
    return added(
        typedCode, () -> organisations.add(Kind.OTHER, typedCode, typedName, null, inRegion));
  }

  /**
   * Changes a council's name and short name, and its own word for a value it does not rate, if it
   * is still at the version the change was made on.
   *
   * @param shortName blank for none
   * @param notRatedWord blank for the standard "Not rated"
   * @param notRatedColour that word's colour, as a {@link RagWords.Colour} is named; blank for grey
   * @throws SetUpRefusedException on {@code version} when another change was saved since
   */
  @Transactional
  public OrganisationSettings rename(
      String code,
      long version,
      String name,
      String shortName,
      String notRatedWord,
      String notRatedColour) {
    OrganisationSettings now = settingsOf(code);
    String typedName = name("name", name, true);
    String typedShort = name("shortName", shortName, false);
    RagWords words = ragWords(notRatedWord, notRatedColour);
    if (!organisations.rename(now.id(), version, typedName, typedShort, words)) {
      throw refused(
          "version",
          "Someone else changed the names since you opened this form: they are now "
              + organisations.settingsOf(code).map(CouncilSetUp::names).orElse("gone")
              + ". Your change is below: save it again to replace theirs");
    }
    return settingsOf(code);
  }

  public OrganisationSettings settingsOf(String code) {
    return organisations.settingsOf(code).orElseThrow(() -> new UnknownOrganisationException(code));
  }

  /** The authorities that report today and that Beacon does not hold yet, by name. */
  public List<Authority> notYetSetUp() {
    return authorities.current().stream()
        .filter(a -> organisations.withCode(a.oldCode()).isEmpty())
        .toList();
  }

  private void held(String code) {
    organisations
        .withCode(code)
        .ifPresent(o -> refuseWith("code", "Beacon already holds " + o.name() + " (" + code + ")"));
  }

  private OrganisationSettings added(String code, LongSupplier add) {
    try {
      add.getAsLong();
    } catch (DuplicateKeyException e) { // set up at the same moment by someone else
      throw refused("code", "Beacon already holds an organisation with the code " + code);
    }
    return settingsOf(code);
  }

  private static String name(String field, String typed, boolean required) {
    if (typed == null || typed.isBlank()) {
      if (required) {
        throw refused(field, "Enter the organisation's name");
      }
      return null;
    }
    String name = typed.strip();
    if (name.length() > LONGEST_NAME) {
      throw refused(field, "The name must be " + LONGEST_NAME + " characters or fewer");
    }
    return name;
  }

  private static RagWords ragWords(String word, String colour) {
    if (word == null || word.isBlank()) {
      return RagWords.STANDARD;
    }
    RagWords.Colour shown;
    try {
      shown =
          colour == null || colour.isBlank() ? RagWords.Colour.GREY : RagWords.Colour.named(colour);
    } catch (IllegalArgumentException e) {
      throw refused("notRatedColour", e.getMessage());
    }
    try {
      return new RagWords(word, shown);
    } catch (IllegalArgumentException e) {
      throw refused("notRatedWord", e.getMessage());
    }
  }

  /** A region as typed: none when blank; one that is not an English region refused. */
  private static String region(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    if (!REGIONS.contains(typed.strip())) {
      throw refused(
          "region",
          "There is no English region "
              + typed.strip()
              + ": use one of "
              + String.join(", ", REGIONS));
    }
    return typed.strip();
  }

  /** The authority's English region: the DfE's list has Inner and Outer London for London. */
  private static String region(Authority authority) {
    return authority.regionName().endsWith("London") ? "London" : authority.regionName();
  }

  private static String names(OrganisationSettings settings) {
    return "\u201c"
        + settings.name()
        + "\u201d"
        + (settings.shortName() == null
            ? ", with no short name"
            : ", short name \u201c" + settings.shortName() + "\u201d")
        + ", a value not rated called \u201c"
        + settings.ragWords().notRated()
        + "\u201d";
  }

  private static String replacedWords(AuthorityList.Replaced replaced) {
    Authority old = replaced.authority();
    String words =
        old.name()
            + " ("
            + old.oldCode()
            + ") last reported in "
            + (old.lastYear() - 1)
            + "/"
            + String.valueOf(old.lastYear()).substring(2)
            + " and has been replaced";
    if (replaced.successors().isEmpty()) {
      return words;
    }
    return words
        + ": set up "
        + replaced.successors().stream()
            .map(a -> a.name() + " (" + a.oldCode() + ")")
            .collect(Collectors.joining(" or "));
  }

  private static void refuseWith(String field, String message) {
    throw refused(field, message);
  }

  private static SetUpRefusedException refused(String field, String message) {
    return new SetUpRefusedException(field, message);
  }
}
