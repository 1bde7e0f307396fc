package beacon.imports.file;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A number in a sheet written as the text a council would type: plainly, to the 15 significant
 * digits Excel shows (0.1, never 0.1000000000000000055), a percentage as "85%", a date as ISO text
 * ("2018-03-31", with the time only when it has one).
 */
final class ExcelCellText {

  private static final MathContext EXCEL_PRECISION = new MathContext(15);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ExcelCellText() {}

  /**
   * @param raw the number as the sheet stores it
   * @param formatIndex the cell's number format, as Excel numbers its built-in ones
   * @param format the cell's number format, such as "0.0%" or "dd/mm/yyyy"
   */
  static String number(String raw, int formatIndex, String format, boolean date1904) {
    BigDecimal value;
    try {
      value = new BigDecimal(raw.strip()).round(EXCEL_PRECISION);
    } catch (NumberFormatException e) {
      return raw;
    }
    if (Math.abs(value.scale()) > 400) {
      return raw;
    }
    if (format != null && DateUtil.isADateFormat(formatIndex, format)) {
      double serial = value.doubleValue();
      if (DateUtil.isValidExcelDate(serial)) {
        LocalDateTime when = DateUtil.getLocalDateTime(serial, date1904);
        return when.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? when.toLocalDate().toString()
            : when.toString();
      }
    }
    if (format != null && percentage(format)) {
      return plain(value.multiply(HUNDRED)) + "%";
    }
    return plain(value);
  }

  /** A format that shows a percentage: a % outside quoted text. */
  private static boolean percentage(String format) {
    return format.replaceAll("\"[^\"]*\"", "").replace("\\%", "").contains("%");
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
