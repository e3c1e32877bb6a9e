{#- Production figures of accepted releases with site and ore source resolved to one
    site each through the seed site_aliases; unknown names resolve to themselves. -#}
with

production as (
    select * from {{ ref('stg_pressroom__production_facts') }}
),

releases as (
    select * from {{ ref('int_releases_accepted') }}
),

site_aliases as (
    select * from {{ ref('site_aliases') }}
),

aliases_keyed as (
    -- distinct: two spellings of one alias ("Choco 10 plant", "the Choco 10 plant") share a
    -- key; tests/assert_site_aliases_are_unambiguous.sql fails if they disagree on the site
    select distinct
        {{ issuer_key('issuer_name') }} as issuer_id,
        {{ name_key('alias') }} as alias_key,
        site_name,
        site_type
    from site_aliases
),

production_joined_to_releases as (
    select
        production.*,
        releases.issuer_id,
        releases.issuer_name,
        releases.published_date,
        releases.published_month,
        {{ name_key('production.site') }} as site_key,
        {{ name_key('production.ore_source') }} as ore_source_key
    from production
    inner join releases
        on production.release_id = releases.release_id
),

sites_resolved as (
    select
        production_joined_to_releases.*,
        coalesce(site_alias.site_name, production_joined_to_releases.site) as site_name,
        coalesce(
            site_alias.site_type,
            case
                when
                    {{ issuer_key('production_joined_to_releases.site') }}
                    = production_joined_to_releases.issuer_id then 'company'
                when regexp_matches(production_joined_to_releases.site_key, '(mill|plant)$')
                    then 'mill'
                when regexp_matches(production_joined_to_releases.site_key, '(mine|pit)$')
                    then 'mine'
            end
        ) as site_type,
        case
            when production_joined_to_releases.ore_source is not null
                then coalesce(
                    ore_source_alias.site_name, production_joined_to_releases.ore_source
                )
        end as ore_source_name,
        case
            when production_joined_to_releases.ore_source is not null
                then coalesce(ore_source_alias.site_type, 'mine')
        end as ore_source_type
    from production_joined_to_releases
    left join aliases_keyed as site_alias
        on
            production_joined_to_releases.issuer_id = site_alias.issuer_id
            and production_joined_to_releases.site_key = site_alias.alias_key
    left join aliases_keyed as ore_source_alias
        on
            production_joined_to_releases.issuer_id = ore_source_alias.issuer_id
            and production_joined_to_releases.ore_source_key = ore_source_alias.alias_key
),

site_ids_assigned as (
    select
        *,
        issuer_id || '/' || {{ name_key('site_name') }} as site_id,
        issuer_id || '/' || {{ name_key('ore_source_name') }} as ore_source_site_id
    from sites_resolved
)

select * from site_ids_assigned
