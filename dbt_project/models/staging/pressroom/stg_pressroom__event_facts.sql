with

source as (
    select * from {{ source('pressroom', 'event_facts') }}
),

renamed as (
    select
        ---------- ids
        fact_id as event_id,
        release_id,
        ---------- strings
        event_type,
        counterparty,
        venue,
        upper(currency) as currency,
        person_name,
        role,
        evidence,
        extractor,
        parser_version,
        ---------- numerics
        cast(amount as double) as amount,
        cast(evidence_start as integer) as evidence_start,
        cast(evidence_end as integer) as evidence_end,
        ---------- dates
        cast(event_date as date) as event_date
    from source
)

select * from renamed
