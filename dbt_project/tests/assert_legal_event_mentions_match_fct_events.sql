-- dim_legal_events (rebuilt in full) and fct_events (incremental) agree: every legal
-- mention in fct_events is counted once under its canonical event, and nothing else is.

with

events as (
    select * from {{ ref('fct_events') }}
),

legal_events as (
    select * from {{ ref('dim_legal_events') }}
),

mentions_per_event as (
    select
        canonical_event_id,
        count(*) as mention_count
    from events
    where is_legal_event
    group by 1
),

compared as (
    select
        coalesce(legal_events.canonical_event_id, mentions_per_event.canonical_event_id)
            as canonical_event_id,
        legal_events.mention_count as dim_mention_count,
        mentions_per_event.mention_count as fct_mention_count
    from legal_events
    full outer join mentions_per_event
        on legal_events.canonical_event_id = mentions_per_event.canonical_event_id
)

select *
from compared
where dim_mention_count is distinct from fct_mention_count
