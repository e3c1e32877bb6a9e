-- Cash cost trend: cash cost per ounce (USD/oz) by site and period, actuals and guidance,
-- with the change from the site's previous reported period of the same grain.

with

production as (
    select * from {{ ref('fct_production') }}
),

releases as (
    select * from {{ ref('dim_releases') }}
),

cash_costs as (
    select
        production.site_id,
        production.site_name,
        production.period_grain,
        production.period_start,
        production.period_end,
        production.is_guidance,
        arg_max(
            production.value,
            strftime(releases.published_date, '%Y-%m-%d') || production.release_id
        ) as cash_cost_usd_per_oz,
        arg_max(
            production.evidence,
            strftime(releases.published_date, '%Y-%m-%d') || production.release_id
        ) as evidence
    from production
    inner join releases
        on production.release_id = releases.release_id
    where
        production.metric = 'cash_cost_per_oz'
        and production.ore_source is null
    group by 1, 2, 3, 4, 5, 6
),

trend as (
    select
        *,
        cash_cost_usd_per_oz - lag(cash_cost_usd_per_oz) over (
            partition by site_id, period_grain, is_guidance
            order by period_start
        ) as change_from_previous_period
    from cash_costs
)

select * from trend
order by site_name, period_grain, is_guidance, period_start
