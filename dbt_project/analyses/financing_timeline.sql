-- Financing timeline with terms: every instrument, tranche or payment in order of the
-- release that announced it, with amounts in their own currency and in USD.

with

financings as (
    select * from {{ ref('fct_financings') }}
),

releases as (
    select * from {{ ref('dim_releases') }}
),

timeline as (
    select
        releases.published_date,
        releases.issuer_name,
        releases.title,
        financings.instrument_type,
        financings.status,
        financings.amount,
        financings.currency,
        financings.amount_usd,
        financings.amount_usd_note,
        financings.interest_rate_pct,
        financings.maturity_date,
        financings.share_count,
        financings.price_per_share,
        financings.price_currency,
        financings.counterparties,
        financings.evidence,
        financings.financing_id,
        financings.release_id
    from financings
    inner join releases
        on financings.release_id = releases.release_id
)

select * from timeline
order by published_date, release_id, maturity_date nulls last, financing_id
