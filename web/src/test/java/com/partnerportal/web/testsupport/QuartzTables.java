package com.partnerportal.web.testsupport;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Quartz's own bookkeeping: the eleven tables of its JDBC job store (V62__quartz_job_store.sql). A running clustered
 * scheduler writes to them by itself — every node checks in to {@code qrtz_scheduler_state} every few seconds, and
 * each firing updates {@code qrtz_triggers} and inserts and deletes a {@code qrtz_fired_triggers} row — whatever
 * the requests do. The tests that prove a request writes nothing compare every other table; they leave out exactly
 * these names, and {@link #check} fails if the schema's Quartz tables are not exactly these (so no portal table can
 * hide behind the list, and a Quartz upgrade that adds a table is noticed).
 */
public final class QuartzTables {

    public static final Set<String> NAMES = Set.of("qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers",
            "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars",
            "qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");

    private QuartzTables() {
    }

    /** Whether the table is one of Quartz's, left out of a "nothing was written" comparison. */
    public static boolean isQuartz(String table) {
        return NAMES.contains(table);
    }

    /**
     * Fails unless the Quartz tables among the schema's tables are exactly {@link #NAMES}: every name listed exists,
     * and no other table starts with Quartz's prefix.
     */
    public static void check(Iterable<String> schemaTables) {
        SortedSet<String> quartz = new TreeSet<>();
        for (String table : schemaTables) {
            if (table.startsWith("qrtz_")) {
                quartz.add(table);
            }
        }
        if (!quartz.equals(new TreeSet<>(NAMES))) {
            throw new AssertionError("the schema's Quartz tables " + quartz + " are not the ones left out of the"
                    + " write checks " + new TreeSet<>(NAMES) + ": update QuartzTables");
        }
    }
}
