package com.partnerportal.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertThat(Csv.cell("P-1001")).isEqualTo("P-1001");
        assertThat(Csv.cell("ASSOCIATION_APPROVED")).isEqualTo("ASSOCIATION_APPROVED");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
        assertThat(Csv.cell("{\"state\": \"SUBMITTED\"}")).isEqualTo("\"{\"\"state\"\": \"\"SUBMITTED\"\"}\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaArePrefixedWithAQuote() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void leadingBlanksDoNotHideAFormula() {
        assertThat(Csv.cell(" =1+2")).isEqualTo("' =1+2");
        assertThat(Csv.cell("   @SUM(A1)")).isEqualTo("'   @SUM(A1)");
        assertThat(Csv.cell("\u00A0+1")).isEqualTo("'\u00A0+1");
        assertThat(Csv.cell("\u3000-1")).isEqualTo("'\u3000-1");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.cell("  plain text")).isEqualTo("  plain text");
        assertThat(Csv.cell("   ")).isEqualTo("   ");
    }

    @Test
    void fullWidthFormulaCharactersAreGuardedToo() {
        assertThat(Csv.cell("\uFF1D1+2")).isEqualTo("'\uFF1D1+2");
        assertThat(Csv.cell("\uFF0BSUM(A1)")).isEqualTo("'\uFF0BSUM(A1)");
        assertThat(Csv.cell("\uFF0D2")).isEqualTo("'\uFF0D2");
        assertThat(Csv.cell("\uFF20cmd")).isEqualTo("'\uFF20cmd");
        assertThat(Csv.cell(" \uFF1DHYPERLINK(1)")).isEqualTo("' \uFF1DHYPERLINK(1)");
        assertThat(Csv.cell("a\uFF1Db")).isEqualTo("a\uFF1Db");
    }

    @Test
    void aLineJoinsItsCellsAndEndsWithCrLf() {
        assertThat(Csv.line(Arrays.asList("a", null, "b,c", "=x"))).isEqualTo("a,,\"b,c\",'=x\r\n");
        assertThat(Csv.line(List.of())).isEqualTo("\r\n");
    }
}
