{{ config(materialized='table') }}

with

releases as (
    select * from {{ ref('dim_releases') }}
),

releases_ordered as (
    select
        *,
        -- latest release last; ties broken by release_id so every rebuild picks the same row
        strftime(published_date, '%Y-%m-%d') || release_id as release_order
    from releases
),

issuers as (
    select
        issuer_id,
        arg_max(issuer_name, release_order) filter (where issuer_name is not null) as issuer_name,
        arg_max(ticker, release_order) filter (where ticker is not null) as ticker,
        arg_max(exchange, release_order) filter (where exchange is not null) as exchange,
        arg_max(listings, release_order) filter (where listings is not null) as listings,
        string_agg(distinct issuer_name, '; ' order by issuer_name) as names_seen,
        count(*) as release_count,
        min(published_date) as first_release_date,
        max(published_date) as last_release_date
    from releases_ordered
    group by 1
)

select * from issuers
