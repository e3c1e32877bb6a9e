-- Gold production by site by month: reported (not guidance) monthly ounces per resolved
-- site and ore source. When several releases report the same site, ore source, month and
-- metric, the latest release's figure is shown and report_count says how many did.

with

production as (
    select * from {{ ref('fct_production') }}
),

releases as (
    select * from {{ ref('dim_releases') }}
),

sites as (
    select * from {{ ref('dim_sites') }}
),

monthly_gold as (
    select
        production.*,
        releases.published_date
    from production
    inner join releases
        on production.release_id = releases.release_id
    where
        production.period_grain = 'month'
        and not production.is_guidance
        and production.unit = 'oz'
),

latest_figures as (
    select
        site_id,
        ore_source_site_id,
        period_start as month_start_date,
        metric,
        arg_max(value, strftime(published_date, '%Y-%m-%d') || release_id) as ounces,
        count(*) as report_count
    from monthly_gold
    group by 1, 2, 3, 4
),

final as (
    select
        sites.site_name,
        ore_sources.site_name as ore_source_name,
        latest_figures.month_start_date,
        latest_figures.metric,
        latest_figures.ounces,
        latest_figures.report_count
    from latest_figures
    inner join sites
        on latest_figures.site_id = sites.site_id
    left join sites as ore_sources
        on latest_figures.ore_source_site_id = ore_sources.site_id
)

select * from final
order by site_name, month_start_date, metric, ore_source_name nulls first
