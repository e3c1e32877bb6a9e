{{ config(materialized='table') }}

with

releases as (
    select * from {{ ref('dim_releases') }}
),

issuers as (
    select
        issuer_id,
        -- the latest release's spelling; ties broken by release_id for determinism
        arg_max(issuer_name, strftime(published_date, '%Y-%m-%d') || release_id)
            filter (where issuer_name is not null) as issuer_name,
        arg_max(ticker, strftime(published_date, '%Y-%m-%d') || release_id)
            filter (where ticker is not null) as ticker,
        arg_max(exchange, strftime(published_date, '%Y-%m-%d') || release_id)
            filter (where exchange is not null) as exchange,
        arg_max(listings, strftime(published_date, '%Y-%m-%d') || release_id)
            filter (where listings is not null) as listings,
        string_agg(distinct issuer_name, '; ' order by issuer_name) as names_seen,
        count(*) as release_count,
        min(published_date) as first_release_date,
        max(published_date) as last_release_date
    from releases
    group by 1
)

select * from issuers
