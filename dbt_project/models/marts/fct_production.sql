{{
    config(
        unique_key='production_id',
        pre_hook="{{ delete_rows_of_stale_releases(['site_aliases']) }}",
    )
}}

with

production as (
    select * from {{ ref('int_sites_resolved') }}
),

production_of_new_releases as (
    select *
    from production
    {{ not_yet_loaded('release_id', 'production') }}
),

final as (
    select
        ---------- contract
        production_id,
        release_id,
        site,
        ore_source,
        period_start,
        period_end,
        period_grain,
        metric,
        value,
        unit,
        is_guidance,
        evidence,
        ---------- resolved sites
        issuer_id,
        site_id,
        site_name,
        site_type,
        ore_source_site_id,
        ore_source_name,
        ---------- provenance
        evidence_start,
        evidence_end,
        extractor,
        parser_version,
        {{ reference_version(['site_aliases']) }} as reference_version
    from production_of_new_releases
)

select * from final
