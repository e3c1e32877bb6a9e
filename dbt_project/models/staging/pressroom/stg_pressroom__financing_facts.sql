with

source as (
    select * from {{ source('pressroom', 'financing_facts') }}
),

renamed as (
    select
        ---------- ids
        fact_id as financing_id,
        release_id,
        ---------- strings
        instrument_type,
        status,
        upper(currency) as currency,
        upper(price_currency) as price_currency,
        counterparties,
        evidence,
        extractor,
        parser_version,
        ---------- numerics
        cast(amount as double) as amount,
        cast(interest_rate_pct as double) as interest_rate_pct,
        cast(share_count as bigint) as share_count,
        cast(price_per_share as double) as price_per_share,
        cast(evidence_start as integer) as evidence_start,
        cast(evidence_end as integer) as evidence_end,
        ---------- dates
        cast(maturity_date as date) as maturity_date
    from source
)

select * from renamed
