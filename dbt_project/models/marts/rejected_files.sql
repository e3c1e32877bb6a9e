{{
    config(
        unique_key='content_sha256',
        pre_hook="{{ delete_stale_rejections() }}",
    )
}}

with

rejected_files as (
    select * from {{ ref('stg_pressroom__rejected_files') }}
),

new_rejections as (
    select *
    from rejected_files
    {{ not_yet_loaded('content_sha256', 'rejected_files') }}
),

final as (
    select
        ---------- contract
        source_uri,
        content_sha256,
        reason,
        rejected_at,
        ---------- context
        stage,
        file_name,
        reject_run_id
    from new_rejections
)

select * from final
