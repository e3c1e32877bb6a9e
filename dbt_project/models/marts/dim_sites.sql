{{ config(materialized='table') }}

with

production as (
    select * from {{ ref('fct_production') }}
),

issuers as (
    select * from {{ ref('dim_issuers') }}
),

site_mentions as (
    select
        site_id,
        issuer_id,
        site_name,
        site_type,
        site as name_as_written,
        true as is_reporting_site,
        false as is_ore_source,
        period_start,
        period_end
    from production
    union all
    select
        ore_source_site_id as site_id,
        issuer_id,
        ore_source_name as site_name,
        'mine' as site_type,
        ore_source as name_as_written,
        false as is_reporting_site,
        true as is_ore_source,
        period_start,
        period_end
    from production
    where ore_source_site_id is not null
),

sites as (
    select
        site_id,
        issuer_id,
        min(site_name) as site_name,
        min(site_type) as site_type,
        string_agg(distinct name_as_written, '; ' order by name_as_written) as names_seen,
        bool_or(is_reporting_site) as is_reporting_site,
        bool_or(is_ore_source) as is_ore_source,
        count(*) as figure_count,
        min(period_start) as first_period_start,
        max(period_end) as last_period_end
    from site_mentions
    group by 1, 2
),

sites_joined_to_issuers as (
    select
        sites.site_id,
        sites.issuer_id,
        issuers.issuer_name,
        sites.site_name,
        sites.site_type,
        sites.names_seen,
        sites.figure_count,
        sites.is_reporting_site,
        sites.is_ore_source,
        sites.first_period_start,
        sites.last_period_end
    from sites
    left join issuers
        on sites.issuer_id = issuers.issuer_id
)

select * from sites_joined_to_issuers
