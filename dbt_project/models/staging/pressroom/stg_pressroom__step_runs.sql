with

source as (
    select * from {{ source('pressroom', 'step_runs') }}
),

renamed as (
    select
        ---------- ids
        run_id,
        ---------- strings
        step,
        detail,
        ---------- timestamps
        cast(started_at as timestamp) as started_at,
        cast(finished_at as timestamp) as finished_at
    from source
)

select * from renamed
