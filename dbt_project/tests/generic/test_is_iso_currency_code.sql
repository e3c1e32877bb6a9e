{#- Three upper-case letters (ISO 4217 shape); nulls pass. -#}
{% test is_iso_currency_code(model, column_name) %}

select {{ column_name }}
from {{ model }}
where {{ column_name }} is not null
    and not regexp_full_match({{ column_name }}, '[A-Z]{3}')

{% endtest %}
