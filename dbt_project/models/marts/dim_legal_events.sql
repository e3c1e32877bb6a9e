{{ config(materialized='table') }}

with

events as (
    select * from {{ ref('int_events_resolved') }}
),

legal_mentions as (
    select
        *,
        strftime(published_date, '%Y-%m-%d') || release_id as mention_order
    from events
    where is_legal_event
),

canonical_events as (
    select
        canonical_event_id,
        min(canonical_event_key) as canonical_event_key,
        min(issuer_id) as issuer_id,
        min(event_type) as event_type,
        min(counterparty_family) as counterparty_family,
        min(venue_family) as venue_family,
        -- the date only when every dated mention agrees; never one picked from a conflict
        case when count(distinct event_date) = 1 then min(event_date) end as event_date,
        string_agg(distinct cast(event_date as varchar), '; ' order by cast(event_date as varchar))
            as dates_seen,
        string_agg(distinct venue, '; ' order by venue) as venues_seen,
        string_agg(distinct counterparty, '; ' order by counterparty) as counterparties_seen,
        string_agg(
            distinct case when amount is not null then coalesce(currency, '?') || ' ' || cast(amount as varchar) end,
            '; '
            order by case when amount is not null then coalesce(currency, '?') || ' ' || cast(amount as varchar) end
        ) as amounts_seen,
        count(*) as mention_count,
        count(distinct release_id) as release_count,
        arg_min(release_id, mention_order) as first_mention_release_id,
        arg_max(release_id, mention_order) as last_mention_release_id,
        min(published_date) as first_mentioned_date,
        max(published_date) as last_mentioned_date,
        min(event_date) as earliest_event_date,
        max(event_date) as latest_event_date,
        bool_or(has_conflicting_dates) as has_conflicting_dates,
        bool_or(has_conflicting_amounts) as has_conflicting_amounts
    from legal_mentions
    group by 1
),

final as (
    select
        ---------- ids
        canonical_event_id,
        issuer_id,
        first_mention_release_id,
        last_mention_release_id,
        ---------- strings
        canonical_event_key,
        event_type,
        counterparty_family,
        venue_family,
        dates_seen,
        venues_seen,
        counterparties_seen,
        amounts_seen,
        ---------- numerics
        mention_count,
        release_count,
        ---------- booleans
        has_conflicting_dates,
        has_conflicting_amounts,
        has_conflicting_dates or has_conflicting_amounts as has_conflicts,
        ---------- dates
        event_date,
        earliest_event_date,
        latest_event_date,
        first_mentioned_date,
        last_mentioned_date
    from canonical_events
)

select * from final
