{#- The accepted releases: parsed (have a header) and not rejected. The incremental
    pre-hooks apply the same rule straight to the sources (macros/incremental.sql). -#}
with

releases as (
    select * from {{ ref('stg_pressroom__releases') }}
),

headers as (
    select * from {{ ref('stg_pressroom__release_headers') }}
),

rejected_files as (
    select * from {{ ref('stg_pressroom__rejected_files') }}
),

releases_joined_to_headers as (
    select
        releases.release_id,
        coalesce(
            {{ issuer_key('headers.issuer_name') }},
            {{ name_key("headers.exchange || '-' || headers.ticker") }},
            'unknown-issuer'
        ) as issuer_id,
        releases.content_sha256,
        releases.ingest_run_id,
        headers.parse_run_id,
        headers.issuer_name,
        headers.ticker,
        headers.exchange,
        headers.listings,
        headers.title,
        headers.address,
        headers.default_currency,
        releases.source_uri,
        releases.file_name,
        releases.encoding,
        headers.parser_version,
        releases.raw_text,
        releases.byte_size,
        headers.paragraph_count,
        headers.boilerplate_paragraph_count,
        headers.published_date,
        cast(date_trunc('month', headers.published_date) as date) as published_month,
        releases.ingested_at,
        headers.parsed_at
    from headers
    inner join releases
        on headers.release_id = releases.release_id
),

accepted as (
    select releases_joined_to_headers.*
    from releases_joined_to_headers
    left join rejected_files
        on releases_joined_to_headers.content_sha256 = rejected_files.content_sha256
    where rejected_files.content_sha256 is null
)

select * from accepted
