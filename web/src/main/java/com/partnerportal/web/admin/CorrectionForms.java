package com.partnerportal.web.admin;

import com.partnerportal.core.review.ReviewModel;
import com.partnerportal.web.support.IsoDate;
import com.partnerportal.web.support.Limits;
import com.partnerportal.web.support.MonthValue;
import com.partnerportal.web.support.Text;
import com.partnerportal.web.support.UsdAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The forms of a program admin's corrections of imported records (issue 12, point 8). Each names its record by the
 * natural key an evidence file or ACR CSV names it by, and carries the reason the audit trail keeps.
 */
public final class CorrectionForms {

    private CorrectionForms() {
    }

    /** A customer's ACR of one month: the corrected amount, or none to remove the month. */
    public static class Acr {
        @RestForm
        @Text(max = Limits.ID, required = true, what = "the customer id")
        public String customer;

        @RestForm
        @NotBlank(message = "choose a month (YYYY-MM)")
        @MonthValue
        public String month;

        /** Blank removes the month's ACR. */
        @RestForm
        @UsdAmount
        public String amount;

        @RestForm
        @Text(max = ReviewModel.MAX_REASON, required = true, what = "the reason (kept in the audit trail)")
        public String reason;

        YearMonth yearMonth() {
            return YearMonth.parse(month.strip());
        }

        /** The amount, or null to remove. */
        BigDecimal value() {
            return amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip().replace(",", ""));
        }
    }

    /** A certification of a person, by the day it was earned: new dates, or removed. */
    public static class Certification {
        @RestForm
        @Text(max = Limits.ID, required = true, what = "the person's id (MCID)")
        public String person;

        @RestForm
        @Text(max = Limits.CERTIFICATION, required = true, what = "the certification id")
        public String certification;

        @RestForm
        @NotBlank(message = "enter the day it was earned as recorded (YYYY-MM-DD)")
        @IsoDate
        public String earned;

        @RestForm
        @IsoDate
        public String newEarned;

        @RestForm
        @IsoDate
        public String newExpires;

        @RestForm
        @NotBlank(message = "choose correct or remove")
        @Pattern(regexp = "correct|remove", message = "choose correct or remove")
        public String action;

        @RestForm
        @Text(max = ReviewModel.MAX_REASON, required = true, what = "the reason (kept in the audit trail)")
        public String reason;

        boolean removing() {
            return "remove".equals(action);
        }

        static LocalDate date(String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }
    }

    /** One deployment of a customer, as imported. */
    public static class Deployment {
        @RestForm
        @Text(max = Limits.ID, required = true, what = "the customer id")
        public String customer;

        @RestForm
        @Text(max = Limits.NAME, required = true, what = "the service")
        public String service;

        @RestForm
        @NotBlank(message = "enter the service level")
        @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "enter the service level (a number)")
        public String level;

        @RestForm
        @NotBlank(message = "enter the day it was deployed (YYYY-MM-DD)")
        @IsoDate
        public String deployed;

        @RestForm
        @Text(max = ReviewModel.MAX_REASON, required = true, what = "the reason (kept in the audit trail)")
        public String reason;
    }

    /** A customer, with everything recorded for it. */
    public static class Customer {
        @RestForm
        @Text(max = Limits.ID, required = true, what = "the customer id")
        public String customer;

        @RestForm
        @Text(max = ReviewModel.MAX_REASON, required = true, what = "the reason (kept in the audit trail)")
        public String reason;
    }
}
