-- Every fact of one release with its evidence: production figures, financings and events,
-- each with the sentence it was read from and the same span cut from the release's raw
-- text. Pick the release with --vars '{release_id: <release_id>}'; by default, the
-- latest published release.

{% set release_id = var('release_id', none) %}

with

releases as (
    select * from {{ ref('dim_releases') }}
),

production as (
    select * from {{ ref('fct_production') }}
),

financings as (
    select * from {{ ref('fct_financings') }}
),

events as (
    select * from {{ ref('fct_events') }}
),

chosen_release as (
    select *
    from releases
    {%- if release_id %}
        where release_id = '{{ release_id }}'
    {%- endif %}
    order by published_date desc, release_id asc
    limit 1
),

facts as (
    select
        'production' as fact_kind,
        production_id as fact_id,
        release_id,
        metric || ' = ' || cast(value as varchar) || ' ' || unit || ' at ' || site
        || coalesce(' (ore from ' || ore_source || ')', '')
        || ', ' || cast(period_start as varchar) || '..' || cast(period_end as varchar)
        || case when is_guidance then ' (guidance)' else '' end as fact,
        evidence,
        evidence_start,
        evidence_end
    from production
    union all
    select
        'financing' as fact_kind,
        financing_id as fact_id,
        release_id,
        instrument_type || ' (' || status || ')'
        || coalesce(': ' || currency || ' ' || cast(amount as varchar), '')
        || coalesce(', ' || cast(share_count as varchar) || ' shares', '')
        || coalesce(' at ' || coalesce(price_currency || ' ', '') || cast(price_per_share as varchar), '')
        || coalesce(', due ' || cast(maturity_date as varchar), '') as fact,
        evidence,
        evidence_start,
        evidence_end
    from financings
    union all
    select
        'event' as fact_kind,
        event_id as fact_id,
        release_id,
        event_type
        || coalesce(' on ' || cast(event_date as varchar), '')
        || coalesce(', ' || venue, '')
        || coalesce(', vs ' || counterparty, '')
        || coalesce(', ' || person_name || coalesce(' as ' || role, ''), '') as fact,
        evidence,
        evidence_start,
        evidence_end
    from events
),

facts_of_release as (
    select
        chosen_release.published_date,
        chosen_release.title,
        facts.fact_kind,
        facts.fact,
        facts.evidence,
        substr(chosen_release.raw_text, facts.evidence_start + 1, facts.evidence_end - facts.evidence_start)
            as evidence_in_raw_text,
        facts.evidence_start,
        facts.evidence_end,
        facts.fact_id,
        facts.release_id
    from facts
    inner join chosen_release
        on facts.release_id = chosen_release.release_id
)

select * from facts_of_release
order by evidence_start, fact_kind, fact_id
