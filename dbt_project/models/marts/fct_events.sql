{{
    config(
        unique_key='event_id',
        pre_hook="{{ delete_rows_of_stale_releases(['legal_name_families']) }}",
    )
}}

with

events as (
    select * from {{ ref('int_events_resolved') }}
),

events_of_new_releases as (
    select *
    from events
    {{ not_yet_loaded('release_id', 'events') }}
),

final as (
    select
        ---------- contract
        event_id,
        release_id,
        event_type,
        event_date,
        counterparty,
        venue,
        amount,
        currency,
        person_name,
        role,
        evidence,
        ---------- resolution (stable: depends on this mention and the seeds only)
        canonical_event_id,
        issuer_id,
        counterparty_family,
        venue_family,
        is_counterparty_inferred,
        is_venue_inferred,
        is_legal_event,
        ---------- provenance
        evidence_start,
        evidence_end,
        extractor,
        parser_version,
        {{ reference_version(['legal_name_families']) }} as reference_version
    from events_of_new_releases
)

select * from final
