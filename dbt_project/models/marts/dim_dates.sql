{{ config(materialized='table') }}

with

releases as (
    select * from {{ ref('dim_releases') }}
),

production as (
    select * from {{ ref('fct_production') }}
),

financings as (
    select * from {{ ref('fct_financings') }}
),

events as (
    select * from {{ ref('fct_events') }}
),

dates_in_data as (
    select published_date as date_day from releases
    union all
    select period_start from production
    union all
    select period_end from production
    union all
    select maturity_date from financings
    union all
    select event_date from events
),

bounds as (
    -- whole calendar years; clamped so one misread year cannot blow the spine up
    select
        greatest(date_trunc('year', min(date_day)), date '1990-01-01') as first_day,
        least(
            date_trunc('year', max(date_day)) + interval 1 year - interval 1 day,
            date '2100-12-31'
        ) as last_day
    from dates_in_data
),

spine as (
    select cast(unnest(generate_series(first_day, last_day, interval 1 day)) as date) as date_day
    from bounds
    where first_day is not null
),

calendar as (
    select
        date_day,
        strftime(date_day, '%A') as day_name,
        strftime(date_day, '%B') as month_name,
        year(date_day) as year_number,
        quarter(date_day) as quarter_number,
        case when month(date_day) <= 6 then 1 else 2 end as half_number,
        month(date_day) as month_number,
        day(date_day) as day_of_month,
        isodow(date_day) as day_of_week_number,
        date_day = last_day(date_day) as is_month_end,
        date_day = cast(date_trunc('quarter', date_day) + interval 3 month - interval 1 day as date)
            as is_quarter_end,
        month(date_day) = 12 and day(date_day) = 31 as is_year_end,
        cast(date_trunc('month', date_day) as date) as month_start_date,
        last_day(date_day) as month_end_date,
        cast(date_trunc('quarter', date_day) as date) as quarter_start_date,
        make_date(year(date_day), case when month(date_day) <= 6 then 1 else 7 end, 1)
            as half_start_date,
        cast(date_trunc('year', date_day) as date) as year_start_date
    from spine
)

select * from calendar
