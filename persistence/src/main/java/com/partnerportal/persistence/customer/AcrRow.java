package com.partnerportal.persistence.customer;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One checked row of an ACR import: the file's line, partner, customer, month and amount. */
public record AcrRow(int line, String partnerId, String customerId, YearMonth month, BigDecimal amount) {
}
