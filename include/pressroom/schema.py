"""The raw schema: the tables Python writes and dbt reads as the source ``pressroom``.

The working database (``DATA_DIR/working.duckdb``) is written only by the ingest and parse
steps. Every write is keyed (``content_sha256`` or ``release_id``) and done as
delete-then-insert inside one transaction, so any step can be retried or killed.
"""

RAW_SCHEMA = "raw"

DDL = """
create schema if not exists raw;

-- every decodable file ever ingested, by content; the text is kept verbatim
-- (decoded, line endings normalized) so evidence offsets always resolve.
create table if not exists raw.releases (
    release_id      varchar primary key,   -- first 16 hex digits of content_sha256
    content_sha256  varchar not null unique,
    source_uri      varchar not null,
    file_name       varchar not null,
    encoding        varchar not null,      -- codec the bytes were decoded with
    byte_size       bigint not null,
    raw_text        varchar not null,
    ingested_at     timestamp not null,
    run_id          varchar not null
);

-- files that are not usable releases, with the reason (ingest or parse stage)
create table if not exists raw.rejected_files (
    content_sha256  varchar primary key,
    source_uri      varchar not null,
    file_name       varchar not null,
    stage           varchar not null,      -- 'ingest' | 'parse'
    reason          varchar not null,
    rejected_at     timestamp not null,
    run_id          varchar not null
);

-- one row per parsed release: its header fields
create table if not exists raw.release_headers (
    release_id        varchar primary key,
    issuer_name       varchar,
    ticker            varchar,
    exchange          varchar,
    listings          varchar,             -- every listing, 'EXCHANGE:TICKER; ...'
    published_date    date not null,
    title             varchar not null,
    address           varchar,
    default_currency  varchar,             -- from 'All amounts ... are in X unless otherwise stated'
    clean_text        varchar not null,    -- normalized text the extractors read
    paragraph_count   integer not null,
    boilerplate_paragraph_count integer not null,
    parser_version    varchar not null,
    parsed_at         timestamp not null,
    run_id            varchar not null
);

create table if not exists raw.production_facts (
    fact_id         varchar primary key,
    release_id      varchar not null,
    site            varchar not null,
    ore_source      varchar,
    period_start    date not null,
    period_end      date not null,
    period_grain    varchar not null,
    metric          varchar not null,
    value           double not null,
    unit            varchar not null,
    is_guidance     boolean not null,
    evidence        varchar not null,
    evidence_start  integer not null,      -- offsets into raw.releases.raw_text
    evidence_end    integer not null,
    extractor       varchar not null,
    parser_version  varchar not null
);

create table if not exists raw.financing_facts (
    fact_id            varchar primary key,
    release_id         varchar not null,
    instrument_type    varchar not null,
    status             varchar not null,
    amount             double,
    currency           varchar,
    interest_rate_pct  double,
    maturity_date      date,
    share_count        bigint,
    price_per_share    double,
    price_currency     varchar,
    counterparties     varchar,            -- '; '-separated
    evidence           varchar not null,
    evidence_start     integer not null,
    evidence_end       integer not null,
    extractor          varchar not null,
    parser_version     varchar not null
);

create table if not exists raw.event_facts (
    fact_id         varchar primary key,
    release_id      varchar not null,
    event_type      varchar not null,
    event_date      date,
    counterparty    varchar,
    venue           varchar,
    amount          double,
    currency        varchar,
    person_name     varchar,
    role            varchar,
    evidence        varchar not null,
    evidence_start  integer not null,
    evidence_end    integer not null,
    extractor       varchar not null,
    parser_version  varchar not null
);

-- what ingest learnt about each inbox path: a file whose size and mtime are unchanged is not
-- read again (its content hash is known); identity stays the content hash
create table if not exists raw.inbox_files (
    path            varchar primary key,
    byte_size       bigint not null,
    mtime_ns        bigint not null,
    content_sha256  varchar not null,
    seen_at         timestamp not null
);

-- one row per pipeline step run, for progress reporting and audit
create table if not exists raw.step_runs (
    run_id       varchar not null,
    step         varchar not null,
    started_at   timestamp not null,
    finished_at  timestamp not null,
    detail       varchar not null          -- JSON summary of what the step did
);
"""

FACT_TABLES = ("production_facts", "financing_facts", "event_facts")
