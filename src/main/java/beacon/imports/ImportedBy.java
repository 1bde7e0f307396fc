package beacon.imports;

/**
 * Who imports a file and why, as what it writes records them.
 *
 * @param reason why what is already recorded is corrected; null or blank for the standard one
 */
record ImportedBy(String by, String reason, String file) {

  /** Why a figure or a catalogue row already recorded is changed. */
  String correctionReason() {
    return given() ? reason.strip() : "Corrected by the import of " + file;
  }

  /** Why a row is added: the reason given, or the file it came from. */
  String additionReason() {
    return given() ? reason.strip() : "Added by the import of " + file;
  }

  /** Where figures came from: "Imported from values.csv by Sam Officer". */
  String source() {
    return "Imported from " + file + " by " + by;
  }

  private boolean given() {
    return reason != null && !reason.isBlank();
  }
}
