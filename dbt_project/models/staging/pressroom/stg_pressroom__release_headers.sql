with

source as (
    select * from {{ source('pressroom', 'release_headers') }}
),

renamed as (
    select
        ---------- ids
        release_id,
        run_id as parse_run_id,
        ---------- strings
        issuer_name,
        ticker,
        exchange,
        listings,
        title,
        address,
        upper(default_currency) as default_currency,
        clean_text,
        parser_version,
        ---------- numerics
        cast(paragraph_count as integer) as paragraph_count,
        cast(boilerplate_paragraph_count as integer) as boilerplate_paragraph_count,
        ---------- dates
        cast(published_date as date) as published_date,
        ---------- timestamps
        cast(parsed_at as timestamp) as parsed_at
    from source
)

select * from renamed
