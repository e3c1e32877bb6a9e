-- Guidance is about the future (or the period under way): no guidance figure covers a
-- period that ended before the month its release was published.

with

production as (
    select * from {{ ref('fct_production') }}
),

releases as (
    select * from {{ ref('dim_releases') }}
),

guidance_joined_to_releases as (
    select
        production.production_id,
        production.release_id,
        production.site,
        production.metric,
        production.period_start,
        production.period_end,
        releases.published_date
    from production
    inner join releases
        on production.release_id = releases.release_id
    where production.is_guidance
)

select *
from guidance_joined_to_releases
where period_end < date_trunc('month', published_date)
