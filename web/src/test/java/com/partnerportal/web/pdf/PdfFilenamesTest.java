package com.partnerportal.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.web.error.ProblemException;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdfFilenamesTest {

    @Test
    void aPlainPartnerIdAndMonthMakeTheFileName() {
        assertThat(PdfFilenames.scorecard("P-1001", YearMonth.of(2024, 3))).isEqualTo("scorecard-P-1001-2024-03.pdf");
        assertThat(PdfFilenames.attachment("scorecard-P-1001-2024-03.pdf"))
                .isEqualTo("attachment; filename=\"scorecard-P-1001-2024-03.pdf\"");
    }

    @Test
    void everyCharacterOutsideTheSafeSetBecomesAnUnderscore() {
        assertThat(PdfFilenames.scorecard("P 9\"ü:x\r\nSet-Cookie: a=b/../𝔘", YearMonth.of(2024, 3)))
                .isEqualTo("scorecard-P_9___x__Set-Cookie__a_b_..__-2024-03.pdf")
                .matches("[A-Za-z0-9._-]+");
        assertThat(PdfFilenames.safe("")).isEqualTo("_");
    }

    @Test
    void namesTakenAlreadyGetANumber() {
        Set<String> taken = new HashSet<>();
        assertThat(PdfFilenames.unique("scorecard-P_1-2024-03.pdf", taken)).isEqualTo("scorecard-P_1-2024-03.pdf");
        assertThat(PdfFilenames.unique("scorecard-P_1-2024-03.pdf", taken)).isEqualTo("scorecard-P_1-2024-03-2.pdf");
        assertThat(PdfFilenames.unique("scorecard-P_1-2024-03.pdf", taken)).isEqualTo("scorecard-P_1-2024-03-3.pdf");
        assertThat(taken).hasSize(3);
    }

    @Test
    void paperIsA4UnlessLetterIsAskedFor() {
        assertThat(Paper.parse(null)).isEqualTo(Paper.A4);
        assertThat(Paper.parse("")).isEqualTo(Paper.A4);
        assertThat(Paper.parse("Letter")).isEqualTo(Paper.LETTER);
        assertThat(Paper.parse("a4")).isEqualTo(Paper.A4);
        assertThatThrownBy(() -> Paper.parse("a5")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(400));
    }
}
