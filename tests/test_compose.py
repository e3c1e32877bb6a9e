"""docker-compose.yml, Dockerfile and .dockerignore, checked statically.

There is no Docker engine where these tests run, so nothing is built or started. The checks are about
what would break on a real Docker host: a missing service, a mount of a folder that does not exist, a
`depends_on` that can never be satisfied, two services on one host port, a Dockerfile that COPYs a file
the build context lacks, code mounts that miss the paths the image installed the package to. If the
`docker` CLI with the compose plugin is installed, `docker compose config -q` validates the file too
(that needs no engine).
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import tomllib
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
UV_LOCK = ROOT / "uv.lock"

COMMON_ANCHOR_KEY = "x-airflow-common"
AIRFLOW_INIT = "airflow-init"
AIRFLOW_SERVICES = (
    AIRFLOW_INIT,
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
)
LONG_RUNNING_AIRFLOW_SERVICES = tuple(s for s in AIRFLOW_SERVICES if s != AIRFLOW_INIT)
REQUIRED_SERVICES = ("postgres", *AIRFLOW_SERVICES, "docs")

# Project folders the Airflow containers need, mounted read-only at the path the image uses.
CODE_MOUNTS = ("dags", "include", "dbt_project", "expectations")
# Bind sources that a fresh checkout may lack: a short-syntax bind mount makes Compose create the
# missing host directory (`create_host_path` defaults to true), so `./inbox` need not be committed.
MAY_BE_CREATED_BY_COMPOSE = ("inbox",)
DATA_VOLUME = "pressroom-data"

DEPENDS_ON_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
TOP_LEVEL_KEYS = {"name", "services", "volumes", "networks", "configs", "secrets", "include", "version"}
WILDCARD_IPS = {"", "0.0.0.0", "::"}


# --------------------------------------------------------------------------- helpers

_VARIABLE = re.compile(
    r"\$\$"
    r"|\$\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}"
    r"|\$(?P<bare>[A-Za-z_][A-Za-z0-9_]*)"
)


def interpolate(value: str, env: dict[str, str] | None = None) -> str:
    """Compose's variable substitution, against `env` (by default none: the file's own defaults).

    >>> interpolate("postgresql://airflow:${PW:-airflow}@postgres/airflow")
    'postgresql://airflow:airflow@postgres/airflow'
    >>> interpolate("${PW:-airflow}", {"PW": "s3cret"})
    's3cret'
    >>> interpolate('--hostname "$${HOSTNAME}"')
    '--hostname "${HOSTNAME}"'
    """
    env = env or {}

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group("braced") or match.group("bare")
        op, arg = match.group("op"), match.group("arg") or ""
        current = env.get(name)
        is_set = current is not None
        is_empty = not current
        if op in (":-", "-"):
            return arg if (not is_set or (op == ":-" and is_empty)) else current
        if op in (":?", "?"):
            if not is_set or (op == ":?" and is_empty):
                raise ValueError(f"required variable {name} is unset: {arg}")
            return current
        if op in (":+", "+"):
            return arg if is_set and (op == "+" or not is_empty) else ""
        return current or ""

    return _VARIABLE.sub(substitute, value)


def as_env(environment: dict | list | None) -> dict[str, str]:
    """A service's `environment:` in either Compose form, as a dict of strings."""
    if environment is None:
        return {}
    if isinstance(environment, list):
        pairs = (item.split("=", 1) if "=" in item else (item, "") for item in environment)
        return {key: value for key, value in pairs}
    return {key: "" if value is None else str(value) for key, value in environment.items()}


def as_text(command: str | list | None) -> str:
    """A `command:` or healthcheck `test:` as one string, whichever form it was written in."""
    if command is None:
        return ""
    return command if isinstance(command, str) else " ".join(str(part) for part in command)


def mounts(service: dict) -> list[dict]:
    """The service's volumes as long-syntax dicts: type, source, target, read_only, short."""
    result = []
    for entry in service.get("volumes", []):
        if isinstance(entry, dict):
            result.append(
                {
                    "type": entry.get("type", "volume"),
                    "source": interpolate(str(entry.get("source", ""))),
                    "target": entry["target"],
                    "read_only": bool(entry.get("read_only", False)),
                    "create_host_path": entry.get("bind", {}).get("create_host_path", True),
                    "short": False,
                }
            )
            continue
        parts = interpolate(entry).split(":")
        source, target = (parts[0], parts[1]) if len(parts) > 1 else ("", parts[0])
        options = parts[2].split(",") if len(parts) > 2 else []
        is_bind = source.startswith((".", "/", "~"))
        result.append(
            {
                "type": "bind" if is_bind else "volume",
                "source": source,
                "target": target,
                "read_only": "ro" in options,
                "create_host_path": True,
                "short": True,
            }
        )
    return result


def published_ports(service: dict) -> list[tuple[str, int, str]]:
    """(host_ip, host_port, protocol) for every port the service publishes on the host."""
    result = []
    for entry in service.get("ports", []):
        if isinstance(entry, dict):
            if entry.get("published") is not None:
                ip = entry.get("host_ip", "")
                for port in _port_range(str(entry["published"])):
                    result.append((ip, port, entry.get("protocol", "tcp")))
            continue
        spec, _, protocol = interpolate(str(entry)).partition("/")
        # The host IP may be IPv6 in brackets; split from the right: [ip:]host_port:container_port.
        pieces = spec.rsplit(":", 2)
        if len(pieces) == 1:
            continue  # container port only: Docker picks an ephemeral host port
        ip, host = (pieces[0].strip("[]"), pieces[1]) if len(pieces) == 3 else ("", pieces[0])
        for port in _port_range(host):
            result.append((ip, port, protocol or "tcp"))
    return result


def _port_range(text: str) -> list[int]:
    low, _, high = text.partition("-")
    return list(range(int(low), int(high or low) + 1))


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction, with continuations joined and comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue  # blank lines, comments, parser directives, and comments inside continuations
        if stripped.endswith("\\"):
            pending += stripped[:-1].rstrip() + " "
            continue
        keyword, _, arguments = (pending + stripped).partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    if pending:
        keyword, _, arguments = pending.strip().partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
    return instructions


def copy_sources(arguments: str) -> tuple[list[str], str, dict[str, str]]:
    """Sources, destination and --flags of a COPY/ADD, in shell or JSON form."""
    words = shlex.split(arguments)
    flags = {}
    while words and words[0].startswith("--"):
        name, _, value = words.pop(0)[2:].partition("=")
        flags[name] = value
    rest = " ".join(words)
    if rest.startswith("["):
        words = json.loads(rest)
    return words[:-1], words[-1], flags


def dockerfile_env(instructions: list[tuple[str, str]]) -> dict[str, str]:
    """Every ENV the Dockerfile sets (later ones win), `$PATH`-style references left as written."""
    env: dict[str, str] = {}
    for keyword, arguments in instructions:
        if keyword != "ENV":
            continue
        words = shlex.split(arguments)
        if words and "=" not in words[0]:  # legacy form: ENV KEY value with spaces
            env[words[0]] = " ".join(words[1:])
            continue
        for word in words:
            key, _, value = word.partition("=")
            env[key] = value
    return env


def dockerignore_excludes(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore keeps `path` (relative to the context) out of the build context.

    Docker's rules, reduced to what this repository uses: patterns are anchored at the context root,
    a pattern that matches a folder excludes everything in it, `**/` matches any depth (zero
    included), and a later `!pattern` re-includes.

    >>> dockerignore_excludes("include/pressroom/sample_inbox/a.txt", ["inbox", "**/*.duckdb"])
    False
    >>> dockerignore_excludes("dbt_project/target/index.html", ["dbt_project/target"])
    True
    """
    parts = PurePosixPath(path).parts
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for raw in patterns:
        negate = raw.startswith("!")
        pattern = raw[1:] if negate else raw
        pattern = pattern.strip("/")
        options = [pattern, pattern[3:]] if pattern.startswith("**/") else [pattern]
        if any(fnmatchcase(candidate, option) for candidate in candidates for option in options):
            excluded = not negate
    return excluded


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def compose_text() -> str:
    return COMPOSE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose(compose_text: str) -> dict:
    return yaml.safe_load(compose_text)


@pytest.fixture(scope="module")
def services(compose: dict) -> dict[str, dict]:
    return compose["services"]


@pytest.fixture(scope="module")
def common_env(compose: dict) -> dict[str, str]:
    return {
        key: interpolate(value) for key, value in as_env(compose[COMMON_ANCHOR_KEY]["environment"]).items()
    }


@pytest.fixture(scope="module")
def instructions() -> list[tuple[str, str]]:
    return dockerfile_instructions(DOCKERFILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def image_env(instructions: list[tuple[str, str]]) -> dict[str, str]:
    return dockerfile_env(instructions)


@pytest.fixture(scope="module")
def workdir(instructions: list[tuple[str, str]]) -> str:
    workdirs = [arguments for keyword, arguments in instructions if keyword == "WORKDIR"]
    assert workdirs, "the Dockerfile sets no WORKDIR"
    return workdirs[-1]


@pytest.fixture(scope="module")
def ignore_patterns() -> list[str]:
    lines = DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


# --------------------------------------------------------------------------- docker-compose.yml


def test_compose_file_parses_with_known_top_level_keys(compose: dict) -> None:
    assert isinstance(compose, dict)
    assert isinstance(compose.get("services"), dict) and compose["services"]
    unknown = {key for key in compose if key not in TOP_LEVEL_KEYS and not key.startswith("x-")}
    assert not unknown, f"keys Compose does not know: {sorted(unknown)}"
    assert COMMON_ANCHOR_KEY in compose


@pytest.mark.parametrize("name", REQUIRED_SERVICES)
def test_required_service_exists(services: dict, name: str) -> None:
    assert name in services, f"docker-compose.yml has no service {name!r}"


def test_every_service_has_an_image_or_build(services: dict) -> None:
    missing = [
        name for name, service in services.items() if "image" not in service and "build" not in service
    ]
    assert not missing


def test_no_celery_or_redis(services: dict, common_env: dict) -> None:
    assert not [name for name in services if "redis" in name or "flower" in name or "worker" in name]
    assert not [key for key in common_env if key.startswith("AIRFLOW__CELERY__")]


def test_every_airflow_service_merges_the_common_anchor(compose_text: str, services: dict) -> None:
    """Checked on the YAML node graph, where `<<: *airflow-common` is still visible."""
    root = yaml.compose(compose_text)
    top = {key.value: value for key, value in root.value}
    anchor_node = top[COMMON_ANCHOR_KEY]
    service_nodes = {key.value: value for key, value in top["services"].value}
    airflow_services = sorted(
        set(AIRFLOW_SERVICES) | {name for name in services if name.startswith("airflow-")}
    )
    not_merged = []
    for name in airflow_services:
        merged = [
            value
            for key, value in service_nodes[name].value
            if key.value == "<<"
            for value in (value.value if isinstance(value, yaml.SequenceNode) else [value])
        ]
        if not any(node is anchor_node for node in merged):
            not_merged.append(name)
    assert not not_merged, f"services that do not merge <<: *{COMMON_ANCHOR_KEY}: {not_merged}"


@pytest.mark.parametrize("name", AIRFLOW_SERVICES)
def test_airflow_service_keeps_the_common_environment_and_volumes(
    compose: dict, services: dict, name: str
) -> None:
    """A service that overrides `environment:` or `volumes:` must merge the common ones back in."""
    common = compose[COMMON_ANCHOR_KEY]
    env = as_env(services[name].get("environment"))
    missing = {k: v for k, v in as_env(common["environment"]).items() if env.get(k) != v}
    assert not missing, f"{name} loses or changes common settings: {sorted(missing)}"
    assert services[name].get("volumes") == common["volumes"]


def test_local_executor_and_postgres_metadata_db(common_env: dict, services: dict) -> None:
    assert common_env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    url = urlsplit(common_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    assert url.scheme in {"postgresql", "postgresql+psycopg2", "postgresql+psycopg"}
    assert url.hostname in services, f"the metadata DB host {url.hostname!r} is not a service"
    db_env = {k: interpolate(v) for k, v in as_env(services[url.hostname].get("environment")).items()}
    assert url.username == db_env["POSTGRES_USER"]
    assert url.password == db_env["POSTGRES_PASSWORD"]
    assert url.path.lstrip("/") == db_env.get("POSTGRES_DB", db_env["POSTGRES_USER"])
    assert url.port in (None, 5432)


def test_airflow_3_api_settings(common_env: dict, services: dict) -> None:
    """Airflow 3: tasks reach the api-server's Execution API; every container shares the JWT secret."""
    execution_api = urlsplit(common_env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"])
    assert execution_api.hostname == "airflow-apiserver" and execution_api.hostname in services
    assert execution_api.port == 8080 and execution_api.path == "/execution/"
    assert "airflow api-server" in as_text(services["airflow-apiserver"]["command"])
    assert common_env["AIRFLOW__CORE__AUTH_MANAGER"].endswith("SimpleAuthManager")
    assert common_env["AIRFLOW__API_AUTH__JWT_SECRET"], "the JWT secret must not be empty"
    assert not [name for name, service in services.items() if "webserver" in as_text(service.get("command"))]


@pytest.mark.parametrize(
    ("name", "subcommand"),
    [
        ("airflow-scheduler", "airflow scheduler"),
        ("airflow-dag-processor", "airflow dag-processor"),
        ("airflow-triggerer", "airflow triggerer"),
    ],
)
def test_airflow_component_commands(services: dict, name: str, subcommand: str) -> None:
    assert as_text(services[name]["command"]) == subcommand


def test_airflow_init_migrates_and_is_one_shot(services: dict) -> None:
    init = services[AIRFLOW_INIT]
    script = as_text(init["command"])
    assert "airflow db migrate" in script
    assert init.get("restart", "no") in {"no", "on-failure"}, "a restart policy would rerun init forever"


def test_airflow_init_script_is_valid_bash(services: dict) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    command = services[AIRFLOW_INIT]["command"]
    assert command[:2] == ["bash", "-c"]
    result = subprocess.run([bash, "-n", "-c", interpolate(command[2])], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_bind_mounts_exist_in_the_repository(services: dict) -> None:
    problems = []
    for name, service in services.items():
        for mount in mounts(service):
            if mount["type"] != "bind":
                continue
            host = (ROOT / mount["source"]).resolve()
            if not host.is_relative_to(ROOT):
                problems.append(f"{name}: {mount['source']} is outside the repository")
            elif not host.exists():
                relative = host.relative_to(ROOT).as_posix()
                if relative not in MAY_BE_CREATED_BY_COMPOSE or not mount["create_host_path"]:
                    problems.append(f"{name}: {mount['source']} does not exist")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("folder", CODE_MOUNTS)
def test_code_is_mounted_read_only_where_the_image_has_it(services: dict, workdir: str, folder: str) -> None:
    for name in AIRFLOW_SERVICES:
        matching = [
            m for m in mounts(services[name]) if m["type"] == "bind" and Path(m["source"]).parts == (folder,)
        ]
        assert matching, f"{name} does not mount ./{folder}"
        assert all(m["read_only"] for m in matching), f"{name} mounts ./{folder} writable"
        assert {m["target"] for m in matching} == {f"{workdir}/{folder}"}


def test_mount_targets_agree_with_the_image(services: dict, image_env: dict, workdir: str) -> None:
    """The DAGs folder, data dir and inbox the image points at are the ones Compose mounts."""
    scheduler = mounts(services["airflow-scheduler"])
    by_target = {m["target"]: m for m in scheduler}
    dags = by_target.get(image_env["AIRFLOW__CORE__DAGS_FOLDER"])
    assert dags and dags["source"] in {"./dags", "dags"}
    data = by_target.get(image_env["PRESSROOM_DATA_DIR"])
    assert data and data["type"] == "volume" and data["source"] == DATA_VOLUME and not data["read_only"]
    inbox = by_target.get(image_env["PRESSROOM_INBOX"])
    assert inbox and inbox["type"] == "bind"
    venv = PurePosixPath(workdir) / ".venv"
    shadowing = [t for t in by_target if venv == PurePosixPath(t) or venv.is_relative_to(t)]
    assert not shadowing, f"mounts hide the image's virtualenv {venv}: {shadowing}"


def test_named_volumes_are_declared(compose: dict, services: dict) -> None:
    declared = set(compose.get("volumes") or {})
    used = {
        m["source"] for s in services.values() for m in mounts(s) if m["type"] == "volume" and m["source"]
    }
    assert used <= declared, f"undeclared volumes: {sorted(used - declared)}"


def test_docs_service_serves_the_published_docs_read_only(services: dict, image_env: dict) -> None:
    docs = services["docs"]
    data = [m for m in mounts(docs) if m["source"] == DATA_VOLUME]
    assert data and all(m["read_only"] for m in data)
    assert {m["target"] for m in data} == {image_env["PRESSROOM_DATA_DIR"]}
    command = docs["command"]
    assert "http.server" in command
    directory = command[command.index("--directory") + 1]
    assert PurePosixPath(directory).is_relative_to(image_env["PRESSROOM_DATA_DIR"])
    assert [port for _, port, _ in published_ports(docs)] == [8081]


def test_depends_on_targets_and_conditions_are_valid(services: dict) -> None:
    problems = []
    for name, service in services.items():
        depends_on = service.get("depends_on") or {}
        if isinstance(depends_on, list):
            depends_on = {target: {"condition": "service_started"} for target in depends_on}
        for target, spec in depends_on.items():
            condition = (spec or {}).get("condition", "service_started")
            if target not in services:
                problems.append(f"{name} depends on missing service {target!r}")
                continue
            if condition not in DEPENDS_ON_CONDITIONS:
                problems.append(f"{name} -> {target}: unknown condition {condition!r}")
            healthcheck = services[target].get("healthcheck") or {}
            if condition == "service_healthy" and (not healthcheck or healthcheck.get("disable")):
                problems.append(f"{name} waits for {target} to be healthy, but it has no healthcheck")
            if condition == "service_completed_successfully" and services[target].get("restart") in {
                "always",
                "unless-stopped",
            }:
                problems.append(f"{name} waits for {target} to complete, but {target} restarts forever")
    assert not problems, "\n".join(problems)


def test_depends_on_has_no_cycles(services: dict) -> None:
    def targets(name: str) -> list[str]:
        return list(services[name].get("depends_on") or [])

    visiting: set[str] = set()
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        assert name not in visiting, f"depends_on cycle: {' -> '.join([*path, name])}"
        if name in done:
            return
        visiting.add(name)
        for target in targets(name):
            if target in services:
                visit(target, [*path, name])
        visiting.discard(name)
        done.add(name)

    for name in services:
        visit(name, [])


@pytest.mark.parametrize("name", AIRFLOW_SERVICES)
def test_airflow_services_wait_for_postgres_and_init(services: dict, name: str) -> None:
    depends_on = services[name]["depends_on"]
    assert depends_on["postgres"]["condition"] == "service_healthy"
    if name != AIRFLOW_INIT:
        assert depends_on[AIRFLOW_INIT]["condition"] == "service_completed_successfully"


def test_published_ports_do_not_collide(services: dict) -> None:
    seen: dict[tuple[int, str], list[tuple[str, str]]] = {}
    collisions = []
    for name, service in services.items():
        for ip, port, protocol in published_ports(service):
            for other_ip, other in seen.get((port, protocol), []):
                if ip == other_ip or ip in WILDCARD_IPS or other_ip in WILDCARD_IPS:
                    collisions.append(f"{name} and {other} both publish {port}/{protocol}")
            seen.setdefault((port, protocol), []).append((ip, name))
    assert not collisions, "\n".join(collisions)
    assert 8080 in [port for _, port, _ in published_ports(services["airflow-apiserver"])]


def test_postgres_healthcheck_uses_pg_isready(services: dict) -> None:
    test = as_text(services["postgres"]["healthcheck"]["test"])
    assert "pg_isready" in test


def test_apiserver_healthcheck_probes_its_own_port(services: dict) -> None:
    test = as_text(services["airflow-apiserver"]["healthcheck"]["test"])
    assert "localhost:8080/api/v2/" in test


@pytest.mark.parametrize("name", LONG_RUNNING_AIRFLOW_SERVICES)
def test_long_running_airflow_services_have_healthchecks_and_restart(services: dict, name: str) -> None:
    assert services[name].get("healthcheck", {}).get("test"), f"{name} has no healthcheck"
    assert services[name].get("restart") in {"always", "unless-stopped", "on-failure"}


def test_docker_compose_config_validates() -> None:
    """`docker compose config -q` needs the CLI and its compose plugin, but no engine."""
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("the docker CLI is not installed")
    version = subprocess.run([docker, "compose", "version"], capture_output=True, text=True, timeout=60)
    if version.returncode != 0:
        pytest.skip("the docker compose plugin is not installed")
    result = subprocess.run(
        [docker, "compose", "-f", str(COMPOSE_FILE), "config", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------- Dockerfile


def test_base_image_is_python_3_11(instructions: list[tuple[str, str]]) -> None:
    froms = [arguments for keyword, arguments in instructions if keyword == "FROM"]
    assert froms, "the Dockerfile has no FROM"
    image = [word for word in froms[0].split() if not word.startswith("--")][0]
    assert re.fullmatch(
        r"(docker\.io/(library/)?)?python:3\.11(\.\d+)?(-[\w.-]+)?(@sha256:[0-9a-f]{64})?", image
    )


def test_uv_is_pinned(instructions: list[tuple[str, str]]) -> None:
    runs = [arguments for keyword, arguments in instructions if keyword == "RUN"]
    assert any(re.search(r"\buv==\d+\.\d+\.\d+\b", run) for run in runs), "install a pinned uv"


def test_dependencies_come_from_the_lock_before_the_code(instructions: list[tuple[str, str]]) -> None:
    """uv.lock is copied before the first `uv sync`; every sync is --locked and --no-dev; the
    dependency-only sync (--no-install-project) comes before the package source is copied."""
    copies = [
        (i, copy_sources(args)[0]) for i, (kw, args) in enumerate(instructions) if kw in {"COPY", "ADD"}
    ]
    syncs = [(i, args) for i, (kw, args) in enumerate(instructions) if kw == "RUN" and "uv sync" in args]
    assert syncs, "the Dockerfile never runs uv sync"
    lock_copied_at = min((i for i, sources in copies if "uv.lock" in sources), default=None)
    assert lock_copied_at is not None, "the Dockerfile does not COPY uv.lock"
    assert lock_copied_at < syncs[0][0]
    assert any("pyproject.toml" in sources for i, sources in copies if i < syncs[0][0])
    for _, run in syncs:
        assert "--locked" in run and "--no-dev" in run, f"not a locked, production sync: {run}"
    first_sync_index, first_sync = syncs[0]
    assert "--no-install-project" in first_sync
    code_copied_at = min(i for i, sources in copies if any(s.rstrip("/") == "include" for s in sources))
    assert first_sync_index < code_copied_at < syncs[-1][0]


def test_every_copied_file_exists_and_is_in_the_build_context(
    instructions: list[tuple[str, str]], ignore_patterns: list[str]
) -> None:
    problems = []
    for keyword, arguments in instructions:
        if keyword not in {"COPY", "ADD"}:
            continue
        sources, _, flags = copy_sources(arguments)
        if "from" in flags:
            continue  # copied from another stage or image, not from the context
        for source in sources:
            if not (ROOT / source).exists():
                problems.append(f"{keyword} {source}: not in the repository")
            elif dockerignore_excludes(source.rstrip("/"), ignore_patterns):
                problems.append(f"{keyword} {source}: excluded by .dockerignore")
    assert not problems, "\n".join(problems)


def test_image_runs_as_a_non_root_user(instructions: list[tuple[str, str]]) -> None:
    users = [arguments for keyword, arguments in instructions if keyword == "USER"]
    assert users, "the image runs as root (no USER)"
    assert users[-1].split(":")[0] not in {"root", "0"}


def test_image_environment(image_env: dict, workdir: str) -> None:
    assert image_env["PATH"].startswith(f"{workdir}/.venv/bin:")
    assert image_env["AIRFLOW_HOME"] == "/opt/airflow"
    assert image_env["AIRFLOW__CORE__DAGS_FOLDER"] == f"{workdir}/dags"
    assert image_env["PRESSROOM_DATA_DIR"] == "/data"
    assert image_env["PRESSROOM_INBOX"] == "/inbox"


def test_dockerignore_keeps_local_state_out(ignore_patterns: list[str]) -> None:
    for path in (".venv/bin/python", ".git/HEAD", "data/warehouse.duckdb", "dbt_project/target/x.json"):
        assert dockerignore_excludes(path, ignore_patterns), f"{path} would be sent to the build"


# --------------------------------------------------------------------------- the lock


def _locked_packages() -> set[str]:
    return {package["name"] for package in tomllib.loads(UV_LOCK.read_text(encoding="utf-8"))["package"]}


def test_lock_has_the_postgres_drivers_the_compose_url_needs(common_env: dict) -> None:
    scheme = urlsplit(common_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]).scheme
    sync_driver = {"postgresql+psycopg": {"psycopg", "psycopg-binary"}}.get(
        scheme, {"psycopg2", "psycopg2-binary"}
    )
    locked = _locked_packages()
    assert locked & sync_driver, f"no {sorted(sync_driver)} in uv.lock"
    # Airflow 3 derives the api-server's async URL from the sync one: postgresql -> postgresql+asyncpg.
    assert "asyncpg" in locked, "no asyncpg in uv.lock"
