with

source as (
    select * from {{ source('pressroom', 'releases') }}
),

renamed as (
    select
        ---------- ids
        release_id,
        content_sha256,
        run_id as ingest_run_id,
        ---------- strings
        source_uri,
        file_name,
        encoding,
        raw_text,
        ---------- numerics
        cast(byte_size as bigint) as byte_size,
        ---------- timestamps
        cast(ingested_at as timestamp) as ingested_at
    from source
)

select * from renamed
