package beacon.national.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

  @Test
  void readsTheBankHolidaysOfEnglandAndWalesInDateOrder() throws IOException {
    List<BankHoliday> holidays;
    try (InputStream in = NationalResources.open(BankHolidays.RESOURCE)) {
      holidays = BankHolidays.read(in);
    }
    assertThat(holidays).hasSize(132);
    assertThat(holidays.get(0))
        .isEqualTo(new BankHoliday(LocalDate.of(2012, 1, 2), "New Year's Day"));
    assertThat(holidays)
        .contains(
            new BankHoliday(
                LocalDate.of(2022, 9, 19),
                "Bank Holiday for the State Funeral of Queen Elizabeth II"));
    assertThat(holidays).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
  }
}
