package beacon.national.files;

import java.time.LocalDate;

/** A bank holiday in England and Wales, as GOV.UK publishes it. */
public record BankHoliday(LocalDate date, String title) {}
