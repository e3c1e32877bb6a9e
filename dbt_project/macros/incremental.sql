{#-
    Incremental contract marts, and why they stay equal to a --full-refresh:

    * The model selects only rows of releases (or rejected files) absent from {{ this }}:
      an anti-join, so adding one release costs the same whatever the warehouse holds.
    * A pre-hook first deletes rows that a rebuild would no longer produce: releases that
      are no longer accepted (rejected since, or gone from raw), releases re-parsed with
      another parser_version, and, for models that resolve names or currencies through
      seeds, every row built with other seed contents (`reference_version`). Those
      releases are then absent from {{ this }}, so the model selects them again.
-#}

{#- (release_id, parser_version) of every accepted release in the raw database. The
    same rule as int_releases_accepted: parsed (has a header) and not rejected. -#}
{% macro accepted_release_versions() -%}
    select
        headers.release_id,
        headers.parser_version
    from {{ source('pressroom', 'release_headers') }} as headers
    inner join {{ source('pressroom', 'releases') }} as releases
        on headers.release_id = releases.release_id
    where not exists (
        select 1
        from {{ source('pressroom', 'rejected_files') }} as rejected
        where rejected.content_sha256 = releases.content_sha256
    )
{%- endmacro %}

{#- md5 over the full contents of the named seeds: stored per row as reference_version. -#}
{% macro reference_version(seed_names) -%}
    (
        select md5(string_agg(seed_row, chr(10) order by seed_row))
        from (
            {%- for seed_name in seed_names %}
            select '{{ seed_name }}:' || cast(seed_rows as varchar) as seed_row
            from {{ ref(seed_name) }} as seed_rows
            {%- if not loop.last %}
            union all
            {%- endif %}
            {%- endfor %}
        ) as all_seed_rows
    )
{%- endmacro %}

{#- pre-hook for dim_releases and the fact marts -#}
{% macro delete_rows_of_stale_releases(seed_names=[]) -%}
    {%- if is_incremental() -%}
    delete from {{ this }} as existing
    where not exists (
        select 1
        from ({{ accepted_release_versions() }}) as accepted
        where accepted.release_id = existing.release_id
            and accepted.parser_version = existing.parser_version
    )
    {%- if seed_names %}
        or existing.reference_version is distinct from {{ reference_version(seed_names) }}
    {%- endif %}
    {%- endif -%}
{%- endmacro %}

{#- pre-hook for rejected_files: drop rows whose rejection is gone or was re-recorded -#}
{% macro delete_stale_rejections() -%}
    {%- if is_incremental() -%}
    delete from {{ this }} as existing
    where not exists (
        select 1
        from {{ source('pressroom', 'rejected_files') }} as rejected
        where rejected.content_sha256 = existing.content_sha256
            and rejected.rejected_at = existing.rejected_at
            and rejected.reason = existing.reason
    )
    {%- endif -%}
{%- endmacro %}

{#- the anti-join: keep rows whose `key` is not yet in {{ this }} -#}
{% macro not_yet_loaded(key, alias) -%}
    {%- if is_incremental() -%}
    where not exists (
        select 1
        from {{ this }} as existing
        where existing.{{ key }} = {{ alias }}.{{ key }}
    )
    {%- endif -%}
{%- endmacro %}
