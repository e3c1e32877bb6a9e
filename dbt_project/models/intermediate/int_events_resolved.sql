{#- Event mentions of accepted releases, each resolved to a canonical event. Every
    mention is kept. The canonical key uses only the mention, its own release's other
    mentions and the seed legal_name_families, so a mention's canonical_event_id never
    changes when other releases arrive; conflicts between mentions of one key are
    flagged, never resolved. -#}
with

events as (
    select * from {{ ref('stg_pressroom__event_facts') }}
),

releases as (
    select * from {{ ref('int_releases_accepted') }}
),

legal_name_families as (
    select * from {{ ref('legal_name_families') }}
),

events_joined_to_releases as (
    select
        events.*,
        releases.issuer_id,
        releases.published_date,
        events.event_type in (
            'arbitration_award', 'court_judgment', 'legal_proceeding',
            'enforcement_action', 'legal_challenge', 'expropriation'
        ) as is_legal_event
    from events
    inner join releases
        on events.release_id = releases.release_id
),

{%- for name_kind in ['counterparty', 'venue'] %}
{{ name_kind }}_matches as (
    select
        events_joined_to_releases.event_id,
        legal_name_families.family_name,
        row_number() over (
            partition by events_joined_to_releases.event_id
            order by legal_name_families.priority, legal_name_families.family_name
        ) as match_rank
    from events_joined_to_releases
    inner join legal_name_families
        on
            legal_name_families.name_kind = '{{ name_kind }}'
            and regexp_matches(lower(events_joined_to_releases.{{ name_kind }}), legal_name_families.pattern)
),
{% endfor %}
events_joined_to_families as (
    select
        events_joined_to_releases.*,
        coalesce(
            counterparty_matches.family_name, events_joined_to_releases.counterparty
        ) as stated_counterparty_family,
        coalesce(venue_matches.family_name, events_joined_to_releases.venue) as stated_venue_family
    from events_joined_to_releases
    left join counterparty_matches
        on
            events_joined_to_releases.event_id = counterparty_matches.event_id
            and counterparty_matches.match_rank = 1
    left join venue_matches
        on
            events_joined_to_releases.event_id = venue_matches.event_id
            and venue_matches.match_rank = 1
),

-- A legal mention that names no counterparty (or venue) takes it from its own release
-- when that release's other legal mentions (of the same type, for venues) agree on a
-- single one. Only the release's own facts are read, so the result never changes when
-- other releases arrive.
release_counterparties as (
    select
        release_id,
        min(stated_counterparty_family) as release_counterparty_family
    from events_joined_to_families
    where is_legal_event and stated_counterparty_family is not null
    group by 1
    having count(distinct stated_counterparty_family) = 1
),

release_venues as (
    select
        release_id,
        event_type,
        min(stated_venue_family) as release_venue_family
    from events_joined_to_families
    where is_legal_event and stated_venue_family is not null
    group by 1, 2
    having count(distinct stated_venue_family) = 1
),

families_completed as (
    select
        events_joined_to_families.*,
        coalesce(
            events_joined_to_families.stated_counterparty_family,
            case
                when events_joined_to_families.is_legal_event
                    then release_counterparties.release_counterparty_family
            end
        ) as counterparty_family,
        coalesce(
            events_joined_to_families.stated_venue_family,
            release_venues.release_venue_family,
            -- an award is by definition a tribunal's, even where the text names none
            case when events_joined_to_families.event_type = 'arbitration_award' then 'Arbitral tribunal' end
        ) as venue_family,
        coalesce(
            events_joined_to_families.is_legal_event
            and events_joined_to_families.stated_counterparty_family is null
            and release_counterparties.release_counterparty_family is not null,
            false
        ) as is_counterparty_inferred,
        coalesce(
            events_joined_to_families.stated_venue_family is null
            and release_venues.release_venue_family is not null,
            false
        ) as is_venue_inferred
    from events_joined_to_families
    left join release_counterparties
        on events_joined_to_families.release_id = release_counterparties.release_id
    left join release_venues
        on
            events_joined_to_families.release_id = release_venues.release_id
            and events_joined_to_families.event_type = release_venues.event_type
),

canonical_keys as (
    select
        *,
        issuer_id || '|' || event_type || '|' || case
            when is_legal_event
                then
                    coalesce({{ name_key('counterparty_family') }}, '-')
                    || '|' || coalesce({{ name_key('venue_family') }}, '-')
            when event_type in ('executive_appointment', 'executive_departure')
                then
                    coalesce({{ name_key('person_name') }}, event_id)
                    || '|' || coalesce({{ name_key('role') }}, '-')
            else
                coalesce({{ name_key('counterparty_family') }}, '-')
                || '|' || coalesce(cast(event_date as varchar), event_id)
        end as canonical_event_key
    from families_completed
),

resolved as (
    select
        *,
        left(md5(canonical_event_key), 16) as canonical_event_id,
        count(distinct event_date) over (partition by canonical_event_key) > 1
            as has_conflicting_dates,
        count(distinct case when amount is not null then coalesce(currency, '?') || ' ' || cast(amount as varchar) end)
            over (partition by canonical_event_key) > 1
            as has_conflicting_amounts
    from canonical_keys
)

select * from resolved
