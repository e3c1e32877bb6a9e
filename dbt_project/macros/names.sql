{#- Keys built from names: deterministic, readable, independent of any other row. -#}

{#- 'The Choco 10 plant' -> 'choco-10-plant': accents, case, punctuation and a leading
    article removed; words joined by '-'. -#}
{% macro name_key(expression) -%}
    nullif(trim(regexp_replace(
        regexp_replace(strip_accents(lower(trim({{ expression }}))), '^the\s+', ''),
        '[^a-z0-9]+', '-', 'g'
    ), '-'), '')
{%- endmacro %}

{#- 'Rusoro Mining Ltd.' -> 'rusoro-mining': name_key without a trailing legal form. -#}
{% macro issuer_key(expression) -%}
    nullif(regexp_replace(
        {{ name_key(expression) }},
        '-(ltd|limited|inc|incorporated|corp|corporation|plc|llc|ag|sa|s-a|nv|co|company)$', ''
    ), '')
{%- endmacro %}
