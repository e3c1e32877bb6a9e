{#-
    `ref()` renders `schema.table` without the database. dbt-duckdb names the database
    after the file (the candidate's stem), but the candidate is published under another
    name (`warehouse.duckdb`), so a database-qualified name would break in any view and
    in every compiled analysis an analyst runs against the published file. The build
    connection's default database is the candidate, so `marts.x` resolves to the same
    table during the build. `source()` keeps its database (`pressroom_raw`).
-#}
{% macro ref() -%}
    {%- set relation = builtins.ref(*varargs, **kwargs) -%}
    {%- if relation is not string and relation.include is defined -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}
