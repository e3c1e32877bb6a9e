-- Every financing with an amount has a currency: an amount without one cannot be read
-- (nor converted to USD).

with

financings as (
    select * from {{ ref('fct_financings') }}
)

select
    financing_id,
    release_id,
    amount,
    evidence
from financings
where
    amount is not null
    and currency is null
