-- The legal timeline of an award, from tribunal to enforcement: every canonical legal
-- event of the award's issuer against the same counterparty, in date order, with how
-- often it was mentioned and whether the mentions disagree on its date.
-- Pick the award with --vars '{award_event_id: <canonical_event_id>}'; by default, the
-- most-mentioned award.

{% set award_event_id = var('award_event_id', none) %}

with

legal_events as (
    select * from {{ ref('dim_legal_events') }}
),

events as (
    select * from {{ ref('fct_events') }}
),

releases as (
    select * from {{ ref('dim_releases') }}
),

award as (
    select *
    from legal_events
    where
        event_type = 'arbitration_award'
        {%- if award_event_id %}
            and canonical_event_id = '{{ award_event_id }}'
        {%- endif %}
    order by mention_count desc, last_mentioned_date desc, canonical_event_id asc
    limit 1
),

latest_mentions as (
    select
        events.canonical_event_id,
        arg_max(events.evidence, strftime(releases.published_date, '%Y-%m-%d') || events.event_id)
            as latest_evidence
    from events
    inner join releases
        on events.release_id = releases.release_id
    group by 1
),

timeline as (
    select
        coalesce(legal_events.event_date, legal_events.earliest_event_date, legal_events.first_mentioned_date)
            as timeline_date,
        legal_events.event_date is null as is_date_uncertain,
        legal_events.event_type,
        legal_events.venue_family,
        legal_events.counterparty_family,
        legal_events.event_date,
        legal_events.dates_seen,
        legal_events.has_conflicting_dates,
        legal_events.amounts_seen,
        legal_events.mention_count,
        legal_events.first_mentioned_date,
        legal_events.last_mentioned_date,
        latest_mentions.latest_evidence,
        legal_events.canonical_event_id,
        legal_events.canonical_event_id = award.canonical_event_id as is_the_award
    from legal_events
    inner join award
        on
            legal_events.issuer_id = award.issuer_id
            and legal_events.counterparty_family is not distinct from award.counterparty_family
    left join latest_mentions
        on legal_events.canonical_event_id = latest_mentions.canonical_event_id
)

select * from timeline
order by
    timeline_date,
    case event_type
        when 'expropriation' then 1
        when 'arbitration_award' then 2
        when 'legal_challenge' then 3
        when 'legal_proceeding' then 4
        when 'court_judgment' then 5
        when 'enforcement_action' then 6
    end,
    canonical_event_id
