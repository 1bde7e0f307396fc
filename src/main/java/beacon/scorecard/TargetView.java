package beacon.scorecard;

import beacon.web.PeriodView;
import java.math.BigDecimal;

/** The target a value is rated against, as printed: "100% (5% tolerance)". */
public record TargetView(
    BigDecimal target, BigDecimal tolerance, BigDecimal floor, String display, PeriodView period) {}
