{{
    config(
        unique_key='release_id',
        pre_hook="{{ delete_rows_of_stale_releases() }}",
    )
}}

with

releases as (
    select * from {{ ref('int_releases_accepted') }}
),

new_releases as (
    select *
    from releases
    {{ not_yet_loaded('release_id', 'releases') }}
),

final as (
    select
        ---------- contract
        release_id,
        issuer_name,
        ticker,
        exchange,
        published_date,
        title,
        source_uri,
        parser_version,
        ---------- ids
        issuer_id,
        content_sha256,
        ingest_run_id,
        parse_run_id,
        ---------- strings
        listings,
        address,
        default_currency,
        file_name,
        encoding,
        raw_text,
        ---------- numerics
        byte_size,
        paragraph_count,
        boilerplate_paragraph_count,
        ---------- timestamps
        ingested_at,
        parsed_at
    from new_releases
)

select * from final
