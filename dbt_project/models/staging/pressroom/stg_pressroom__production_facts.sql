with

source as (
    select * from {{ source('pressroom', 'production_facts') }}
),

renamed as (
    select
        ---------- ids
        fact_id as production_id,
        release_id,
        ---------- strings
        site,
        ore_source,
        period_grain,
        metric,
        unit,
        evidence,
        extractor,
        parser_version,
        ---------- numerics
        cast(value as double) as value,
        cast(evidence_start as integer) as evidence_start,
        cast(evidence_end as integer) as evidence_end,
        ---------- booleans
        cast(is_guidance as boolean) as is_guidance,
        ---------- dates
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end
    from source
)

select * from renamed
