with

source as (
    select * from {{ source('pressroom', 'rejected_files') }}
),

renamed as (
    select
        ---------- ids
        content_sha256,
        run_id as reject_run_id,
        ---------- strings
        source_uri,
        file_name,
        stage,
        reason,
        ---------- timestamps
        cast(rejected_at as timestamp) as rejected_at
    from source
)

select * from renamed
