package beacon.national.files;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** England and Wales bank holidays ({@code date, title, notes}), in date order. */
public final class BankHolidays {

  public static final String RESOURCE =
      "/national/calendar/england_and_wales_bank_holidays_2012_2027.csv";

  private BankHolidays() {}

  public static List<BankHoliday> read(InputStream csv) {
    CsvRecords records = CsvRecords.of("england_and_wales_bank_holidays_2012_2027.csv", csv);
    CsvRecords.Header header = records.header();
    int date = header.column("date");
    int title = header.column("title");
    List<BankHoliday> holidays = new ArrayList<>();
    List<String> row;
    while ((row = records.next()) != null) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      try {
        holidays.add(
            new BankHoliday(LocalDate.parse(row.get(date).strip()), row.get(title).strip()));
      } catch (DateTimeParseException | IndexOutOfBoundsException e) {
        throw records.problem("not a date and a title: " + String.join(",", row));
      }
    }
    holidays.sort(Comparator.comparing(BankHoliday::date));
    return holidays;
  }
}
