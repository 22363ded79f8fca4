package com.partnerportal.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.core.evidence.json.EvidenceJson;
import com.partnerportal.core.whatif.Change;
import com.partnerportal.core.whatif.WhatIf;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A customer built with figures already summed ({@link Customer#summed}, the set-based recompute's read) has no
 * months: whatever needs them refuses it clearly instead of treating the missing months as USD 0.
 */
class SummedCustomerTest {

    private static final YearMonth AS_OF = YearMonth.of(2024, 6);
    private static final AcrWindow FIGURES = new AcrWindow(AS_OF, new BigDecimal("10.00"), BigDecimal.ZERO,
            new BigDecimal("600.00"), new BigDecimal("700.50"), new BigDecimal("1300.50"));

    private static Customer summed() {
        return Customer.summed("C-1", Segment.SMB, Set.of(Attribution.PAL), FIGURES);
    }

    @Test
    void aSummedCustomerGivesItsFiguresForItsMonthOnly() {
        Customer customer = summed();
        assertThat(customer.isSummed()).isTrue();
        assertThat(customer.acrAsOf(AS_OF)).isSameAs(FIGURES);
        assertThatThrownBy(() -> customer.acrAsOf(AS_OF.minusMonths(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("customer C-1 carries its ACR summed as of 2024-06, not as of 2024-05");
    }

    @Test
    void aSummedCustomerHasNoMonthsToRead() {
        Customer customer = summed();
        assertThatThrownBy(customer::acr).isInstanceOf(IllegalStateException.class)
                .hasMessage("customer C-1 carries its ACR summed as of 2024-06, not its months");
        assertThatThrownBy(() -> customer.acrIn(AS_OF)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCustomerWithMonthsSumsThemAsOfAnyMonth() {
        Customer customer = new Customer("C-1", Segment.SMB, Set.of(Attribution.PAL), Map.of(
                AS_OF.minusMonths(14), new BigDecimal("99"), // before the window
                AS_OF.minusMonths(13), new BigDecimal("10.00"),
                AS_OF.minusMonths(1), new BigDecimal("600.00"),
                AS_OF, new BigDecimal("700.5")));
        assertThat(customer.isSummed()).isFalse();
        assertThat(customer.summedAcr()).isNull();
        AcrWindow figures = customer.acrAsOf(AS_OF);
        assertThat(figures).isEqualTo(new AcrWindow(AS_OF, new BigDecimal("10.00"), BigDecimal.ZERO,
                new BigDecimal("600.00"), new BigDecimal("700.5"), new BigDecimal("1300.50")));
        assertThat(figures.sameMonthLastYear().scale()).as("no figure: USD 0 of scale 0").isZero();
        assertThat(customer.acrAsOf(AS_OF.plusMonths(1)).previousMonth()).isEqualTo(new BigDecimal("700.5"));
    }

    @Test
    void monthsAndSummedFiguresAtOnceAreRefused() {
        assertThatThrownBy(() -> new Customer("C-1", Segment.SMB, Set.of(), new TreeMap<>(Map.of(AS_OF,
                BigDecimal.ONE)), FIGURES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("months and summed ACR figures at once");
    }

    @Test
    void anEvidenceFileIsNotWrittenFromSummedFigures() {
        Evidence evidence = new Evidence(AS_OF, new Partner("P-1", "P"), List.of(summed()), List.of(), List.of(),
                List.of(), 0);
        assertThatThrownBy(() -> EvidenceJson.write(evidence)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer C-1 carries only its figures summed as of 2024-06");
    }

    @Test
    void aWhatIfChangeOfAcrNeedsTheMonths() {
        Evidence evidence = new Evidence(AS_OF, new Partner("P-1", "P"), List.of(summed()), List.of(), List.of(),
                List.of(), 0);
        assertThatThrownBy(() -> WhatIf.change(evidence, List.of(new Change.SetAcr("C-1", AS_OF, BigDecimal.TEN))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changing the ACR of customer C-1 needs its months");
    }
}
