package com.partnerportal.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prune removes change rows older than what it is told to keep, and each partner keeps its largest. */
@QuarkusTest
class PageChangePruneTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PartnerPageStamps stamps;

    @Test
    void oldRowsGoTheLargestOfEachPartnerAndRecentRowsStay() throws SQLException {
        // P-7621: three old rows and one recent; P-7622: only old rows (its largest stays).
        insert("P-7621", 9_000_001, "3 hours");
        insert("P-7621", 9_000_003, "2 hours");
        insert("P-7621", 9_000_005, "10 minutes");
        insert("P-7621", 9_000_002, "3 hours");
        insert("P-7622", 9_000_004, "5 hours");
        insert("P-7622", 9_000_006, "4 hours");

        int removed = stamps.prune(Duration.ofHours(1));

        assertThat(removed).isGreaterThanOrEqualTo(4);
        assertThat(rows("P-7621")).containsExactly(9_000_005L);
        assertThat(rows("P-7622")).containsExactly(9_000_006L);
        assertThat(stamps.prune(Duration.ofHours(1))).as("nothing left to remove of these").isZero();
    }

    private void insert(String partnerId, long stamp, String age) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into partner_page_change (partner_id, stamp, created_at) values (?, ?, now() - cast(? as interval))")) {
            insert.setString(1, partnerId);
            insert.setLong(2, stamp);
            insert.setString(3, age);
            insert.executeUpdate();
        }
    }

    private List<Long> rows(String partnerId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select stamp from partner_page_change where partner_id = ? order by stamp")) {
            select.setString(1, partnerId);
            List<Long> found = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    found.add(result.getLong(1));
                }
            }
            return found;
        }
    }
}
