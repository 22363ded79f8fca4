package com.partnerportal.web.view;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting helpers for templates, in one place: {@code {amount.usd}}, {@code {share.pct}}, {@code {month.label}}. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private Formats() {
    }

    /** USD with thousands separators and cents only when there are any: {@code USD 1,250.50}, {@code USD 980}. */
    public static String usd(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return "USD " + format.format(amount);
    }

    /** A percentage with up to two decimals: {@code 15 %}, {@code 19.99 %}. */
    public static String pct(BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        return percent.setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " %";
    }

    public static String label(YearMonth month) {
        return month == null ? "–" : MONTH.format(month);
    }

    public static String stamp(OffsetDateTime time) {
        return time == null ? "–" : STAMP.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** +3, 0, −2: a signed delta. */
    public static String signed(Integer value) {
        return value == null ? "" : value > 0 ? "+" + value : value < 0 ? "−" + (-value) : "0";
    }
}
