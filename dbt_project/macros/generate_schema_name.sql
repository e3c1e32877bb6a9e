{#-
    Marts land in `marts` and seeds in `reference`, not `main_marts` / `main_reference`:
    analysts open the published file and query `marts.*`. Nodes without a custom schema
    stay in the target schema (`main`).
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
