-- The designation lifecycle reads, for every month on record, how many Data & AI specializations were earned by the
-- as-of day (stacked, over the cap, or earned while the designation was not attained) and how many are held under the
-- other Azure designations: web.designation.DesignationService on every first dashboard visit and the designation day.
-- Taken out of the whole scorecard (jsonb, up to a megabyte for a partner with 5,000 customers) with a jsonpath, that
-- read detoasted all 24 scorecards: 3.8 ms for a partner of 200 customers, 98.6 ms for one of 5,000 (explain analyze,
-- docs/performance.md). Stored generated columns keep both beside the scorecard, as V21 does for the metric points:
-- computed by PostgreSQL from the same row, so they can never disagree with it, and no write has to set them. Adding
-- them rewrites the table without firing row triggers, so the frozen rows stay as recorded.
alter table scorecard_ledger
    add column data_ai_specializations_earned integer generated always as (jsonb_array_length(jsonb_path_query_array(
        scorecard, '$.explanation.specializations.specializations[*] ? (@.status == "STACKED" || @.status == "OVER_CAP" || @.status == "DESIGNATION_NOT_ATTAINED")'))) stored,
    add column other_azure_specializations integer generated always as (coalesce(cast(
        scorecard #>> '{explanation,specializations,otherAzureSpecializations}' as integer), 0)) stored;
