{{
    config(
        unique_key='financing_id',
        pre_hook="{{ delete_rows_of_stale_releases(['fx_rates_to_usd']) }}",
    )
}}

with

financings as (
    select * from {{ ref('int_financings_converted_to_usd') }}
),

financings_of_new_releases as (
    select *
    from financings
    {{ not_yet_loaded('release_id', 'financings') }}
),

final as (
    select
        ---------- contract
        financing_id,
        release_id,
        instrument_type,
        status,
        amount,
        currency,
        amount_usd,
        interest_rate_pct,
        maturity_date,
        share_count,
        price_per_share,
        price_currency,
        counterparties,
        evidence,
        ---------- conversion
        amount_usd_note,
        fx_rate_usd_per_unit,
        fx_rate_month,
        fx_rate_source,
        ---------- provenance
        issuer_id,
        evidence_start,
        evidence_end,
        extractor,
        parser_version,
        {{ reference_version(['fx_rates_to_usd']) }} as reference_version
    from financings_of_new_releases
)

select * from final
