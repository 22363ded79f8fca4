package com.partnerportal.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting for the explanation texts: exact, locale-independent, no binary floating point. */
final class Texts {

    private Texts() {
    }

    /** "USD 1,250.50", or "USD 500" for whole amounts (no java.util.Formatter: this runs on every score). */
    static String usd(BigDecimal amount) {
        boolean whole = amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0;
        String plain = (whole ? amount.setScale(0, RoundingMode.UNNECESSARY) : amount.setScale(2, RoundingMode.HALF_UP))
                .toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder text = new StringBuilder(plain.length() + 8).append("USD ").append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, end, plain.length()).toString();
    }

    /** "15.00 %". */
    static String percent(BigDecimal percent) {
        return percent.toPlainString() + " %";
    }

    /** "1 customer", "3 customers". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "1", "−1", "0": a minus sign, not a hyphen. */
    static String number(int n) {
        return n < 0 ? "−" + (-n) : Integer.toString(n);
    }

    /** "+1", "−1", "0". */
    static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "0";
    }
}
