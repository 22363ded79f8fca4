package com.partnerportal.web.jobs;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A {@link PeriodJob} whose timing is configuration: its cron (UTC) under the key {@code cronKey}, whether every node
 * runs it at start-up under {@code atStartKey} (true when unset). Each job names its keys, its identity and its place
 * among the start-up runs once, in its constructor, and says only what it does; the values are read when
 * {@link PeriodJobs} runs and schedules it (at start-up), so a missing cron stops the start.
 */
public abstract class ConfiguredPeriodJob implements PeriodJob {

    private final String identity;
    private final String cronKey;
    private final String atStartKey;
    private final int startOrder;

    protected ConfiguredPeriodJob(String identity, String cronKey, String atStartKey, int startOrder) {
        this.identity = identity;
        this.cronKey = cronKey;
        this.atStartKey = atStartKey;
        this.startOrder = startOrder;
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public String cron() {
        return ConfigProvider.getConfig().getValue(cronKey, String.class);
    }

    @Override
    public boolean runAtStart() {
        return ConfigProvider.getConfig().getOptionalValue(atStartKey, Boolean.class).orElse(true);
    }

    @Override
    public int startOrder() {
        return startOrder;
    }
}
