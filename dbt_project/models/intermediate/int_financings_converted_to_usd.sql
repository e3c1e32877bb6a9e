{#- Financings of accepted releases with amount converted to USD at the monthly
    reference rate of the release's published month. No rate -> null, with a note. -#}
with

financings as (
    select * from {{ ref('stg_pressroom__financing_facts') }}
),

releases as (
    select * from {{ ref('int_releases_accepted') }}
),

fx_rates as (
    select * from {{ ref('fx_rates_to_usd') }}
),

financings_joined_to_releases as (
    select
        financings.*,
        releases.issuer_id,
        releases.published_date,
        releases.published_month
    from financings
    inner join releases
        on financings.release_id = releases.release_id
),

financings_joined_to_fx_rates as (
    select
        financings_joined_to_releases.*,
        fx_rates.usd_per_unit as fx_rate_usd_per_unit,
        fx_rates.source as fx_rate_source
    from financings_joined_to_releases
    left join fx_rates
        on
            financings_joined_to_releases.currency = fx_rates.currency
            and financings_joined_to_releases.published_month = fx_rates.month
            and financings_joined_to_releases.currency != 'USD'
),

converted as (
    select
        *,
        case
            when amount is null or currency is null then null
            when currency = 'USD' then amount
            when fx_rate_usd_per_unit is not null then round(amount * fx_rate_usd_per_unit, 2)
        end as amount_usd,
        case
            when amount is null then 'no amount stated'
            when currency is null then 'not converted: amount has no currency'
            when currency = 'USD' then 'amount is in USD'
            when fx_rate_usd_per_unit is null
                then
                    'not converted: no ' || currency || ' rate for '
                    || strftime(published_month, '%Y-%m') || ' in seed fx_rates_to_usd'
            else
                'converted at the ' || strftime(published_month, '%Y-%m') || ' '
                || case fx_rate_source
                    when 'ecb_monthly_average' then 'ECB monthly average'
                    when 'approximate_annual' then 'approximate annual average'
                    else fx_rate_source
                end
                || ' rate: 1 ' || currency || ' = ' || cast(fx_rate_usd_per_unit as varchar) || ' USD'
        end as amount_usd_note,
        case
            when amount is not null and currency != 'USD' and fx_rate_usd_per_unit is not null
                then published_month
        end as fx_rate_month
    from financings_joined_to_fx_rates
)

select * from converted
