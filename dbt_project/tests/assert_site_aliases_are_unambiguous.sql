-- Aliases are matched on a normalized key (case, accents, punctuation and a leading
-- "the" ignored), so two rows of the seed can share a key; they must then name the same
-- site, or a production figure would resolve to two sites.

with

site_aliases as (
    select * from {{ ref('site_aliases') }}
),

aliases_keyed as (
    select
        {{ issuer_key('issuer_name') }} as issuer_id,
        {{ name_key('alias') }} as alias_key,
        site_name,
        site_type
    from site_aliases
)

select
    issuer_id,
    alias_key,
    count(distinct site_name || '|' || coalesce(site_type, '')) as site_count
from aliases_keyed
group by 1, 2
having count(distinct site_name || '|' || coalesce(site_type, '')) > 1
