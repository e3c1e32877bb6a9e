-- Ounces poured never exceed ounces recovered for the same release, site, ore source
-- and period: a pair the other way round is almost always a misread (the two figures
-- swapped, or attached to the wrong ore source).

with

production as (
    select * from {{ ref('fct_production') }}
),

poured as (
    select * from production
    where metric = 'gold_poured_oz'
),

recovered as (
    select * from production
    where metric = 'gold_recovered_oz'
),

poured_joined_to_recovered as (
    select
        poured.release_id,
        poured.site,
        poured.ore_source,
        poured.period_start,
        poured.period_end,
        poured.is_guidance,
        poured.value as poured_oz,
        recovered.value as recovered_oz,
        poured.production_id as poured_production_id,
        recovered.production_id as recovered_production_id
    from poured
    inner join recovered
        on
            poured.release_id = recovered.release_id
            and poured.site = recovered.site
            and poured.ore_source is not distinct from recovered.ore_source
            and poured.period_start = recovered.period_start
            and poured.period_end = recovered.period_end
            and poured.is_guidance = recovered.is_guidance
)

select *
from poured_joined_to_recovered
where poured_oz > recovered_oz
