"""Generate a large, deterministic corpus of distinct press releases for benchmarks.

Every release is one of the bundled sample releases or the dev fixtures, rewritten:

* the issuer's distinctive first word (``Kestrel`` in ``Kestrel Gold Corp.``) and its
  tickers are replaced by a generated issuer's (an issuer pool of about N/8 names, so
  issuers have several releases each, as in real life);
* every year (1990-2049) is shifted by the same number of years, keeping the release's
  dates consistent with each other (published dates stay within 2006-2024, inside the FX
  seed's range and never in the future);
* comma-grouped figures (ounces, tonnes, share counts, amounts) and ``N.N million`` amounts
  are scaled by one factor per release, keeping their ratios (poured <= recovered, units x
  price = proceeds); table columns keep their alignment;
* the reporting sites the parser finds (``Merlin mine``) get generated place names.

Release ``i`` depends only on ``(seed, i)``: the first 100 releases of a 10,000-release
corpus are the 100 releases of a 100-release corpus. Contents are distinct (ingest dedupes
by content hash): a rare collision is resolved by drawing release ``i`` again.

    .venv/bin/python scripts/make_corpus.py --releases 10000 --out /tmp/inbox
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = (
    REPO / "include" / "pressroom" / "sample_inbox",
    REPO / "tests" / "fixtures" / "releases" / "dev",
)
DEFAULT_SEED = 20240601
FIRST_YEAR, LAST_YEAR = 2006, 2024          # published years of generated releases

_PREFIXES = """Alder Amber Ash Aspen Badger Basalt Bear Beaver Birch Black Blue Bold Boulder Bright Bronze
    Cadmus Canyon Cedar Cobalt Condor Copper Coral Crane Crow Cypress Dawn Eagle Elk Ember Falcon Fern
    Flint Fox Garnet Glacier Gold Granite Grey Hawk Heron Hollow Ibex Iron Jasper Juniper Kestrel Lark
    Larch Lynx Maple Marten Mesa Moose North Oak Onyx Osprey Otter Owl Pine Quartz Raven Red Ridge
    Sable Sage Silver Slate Spruce Stone Storm Summit Swift Talon Thunder Timber Tundra Vale Willow
    Wolf Wren Yarrow Zephyr""".split()
_SUFFIXES = """bank bay bourne brook burn crest croft dale field ford gate glen hill holm hurst lake land
    mere mont moor peak point ridge rock run shire stone vale view water well wick wood""".split()
_PLACES = """Aguila Alamo Antler Arroyo Azul Bellavista Bonanza Buckhorn Cañada Caracol Cardinal Cascabel
    Centinela Chinook Cienega Colibri Cordero Coyote Dorado Eldorado Esperanza Fortuna Gavilan Golondrina
    Guanaco Halcon Hornet Huemul Inca Jaguar Kingfisher Lagarto Lechuza Lobo Magpie Mariposa Milagro
    Mirador Montaña Nevada Nutcracker Ocelote Palomino Paloma Pelican Petrel Pinto Puma Quetzal
    Redstart Rosario Sabino Salamandra Serrano Shrike Sparrow Tamarisk Tecolote Tejon Tigre Tolosa
    Toucan Vicuña Viento Vireo Wolverine Yucca Zorro""".split()
_PLACE_TAILS = ["", "", "", " Creek", " Hill", " Ridge", " Lake", " Norte", " Sur", " North", " South"]
_FACILITY_WORDS = {"mine", "mines", "mill", "plant", "pit", "project", "operation", "operations", "complex"}

_YEAR = re.compile(r"(?<![\d,.$])(?<!\$ )(?<!Act of )(199\d|20[0-4]\d)(?!\d|,\d|%|\.\d)")
_INT = re.compile(r"( *)(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?![\d,]|\.\d)")
_MILLIONS = re.compile(r"(?<![\d.,])(\d{1,4}\.\d{1,3}|\d{1,4})(\s+(?:million|billion)\b)", re.IGNORECASE)
_FEB29 = re.compile(r"(February|Feb\.?)(\s+)29(,?\s+)(\d{4})|29(\s+)(February|Feb\.?)(,?\s+)(\d{4})")


@dataclass(frozen=True)
class Template:
    name: str           # file name without the leading date and .txt
    text: str           # decoded text
    issuer_word: str    # the issuer's distinctive first word, as written ('Kestrel')
    tickers: tuple[str, ...]
    primary_ticker: str | None
    published: date
    site_stems: tuple[str, ...]    # 'Merlin' of 'Merlin mine', longest first


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def load_templates(exclude: tuple[str, ...] = ()) -> tuple[tuple[Template, ...], tuple[str, ...]]:
    """Templates that parse, and the names of the files skipped (they do not parse, or their
    name contains one of the ``exclude`` substrings)."""
    from pressroom.models import NotARelease
    from pressroom.normalize import decode
    from pressroom.parser import parse_release

    templates, skipped = [], []
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.glob("*.txt")):
            if any(x and x in path.name for x in exclude):
                skipped.append(f"{path.name} (excluded)")
                continue
            text = decode(path.read_bytes()).text
            try:
                parsed = parse_release(text)
            except NotARelease as exc:
                skipped.append(f"{path.name} ({exc})")
                continue
            h = parsed.header
            issuer_word = (h.issuer_name or "").split()[0] if h.issuer_name else None
            if not issuer_word or not re.search(rf"\b{re.escape(issuer_word)}\b", text):
                skipped.append(f"{path.name} (no issuer name to vary)")
                continue
            tickers = tuple(dict.fromkeys(
                t.split(":", 1)[1] for t in h.listings if re.fullmatch(r"[A-Z]{2,5}", t.split(":", 1)[1])))
            stems = set()
            for p in parsed.production:
                words = p.site.split()
                if len(words) > 1 and words[-1].lower() in _FACILITY_WORDS:
                    words = words[:-1]
                stem = " ".join(words)
                if (len(stem) >= 4 and issuer_word not in stem and stem != h.issuer_name
                        and re.search(rf"\b{re.escape(stem)}\b", text)):
                    stems.add(stem)
            name = re.sub(r"^\d{4}-\d\d-\d\d-", "", path.stem)
            templates.append(Template(name=name, text=text, issuer_word=issuer_word, tickers=tickers,
                                      primary_ticker=tickers[0] if tickers else None,
                                      published=h.published_date,
                                      site_stems=tuple(sorted(stems, key=len, reverse=True))))
    if not templates:
        raise SystemExit("no usable template releases found")
    return tuple(templates), tuple(skipped)


@lru_cache(maxsize=4)
def _issuer_words(seed: int) -> list[str]:
    names = [p + s for p in _PREFIXES for s in _SUFFIXES]
    random.Random(f"{seed}:issuers").shuffle(names)
    return names


def issuer(seed: int, k: int) -> tuple[str, str]:
    """Issuer ``k`` of the pool: its distinctive word ('Ravencrest') and ticker base ('RVC')."""
    names = _issuer_words(seed)
    word = names[k % len(names)]
    if k >= len(names):
        word += f" {['Nord', 'Sud', 'Este', 'Oeste', 'Alto', 'Bajo'][(k // len(names) - 1) % 6]}"
    letters = re.sub(r"[^A-Z]", "", _strip_accents(word).upper())
    rng = random.Random(f"{seed}:ticker:{k}")
    ticker = letters[0] + "".join(rng.choice(letters[1:] or letters) for _ in range(2))
    return word, ticker


def _sub_word(text: str, old: str, new: str) -> str:
    text = re.sub(rf"\b{re.escape(old)}\b", lambda _: new, text)
    if old.upper() != old:
        text = re.sub(rf"\b{re.escape(old.upper())}\b", lambda _: new.upper(), text)
    return text


def _shift_years(text: str, k: int) -> str:
    if k == 0:
        return text
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + k), text)

    def fix_feb29(m: re.Match) -> str:
        year = int(m.group(4) or m.group(8))
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return m.group(0) if leap else m.group(0).replace("29", "28", 1)

    return _FEB29.sub(fix_feb29, text)


def _scale_figures(text: str, factor: float) -> str:
    def scale_int(m: re.Match) -> str:
        spaces, old = m.group(1), m.group(2)
        value = int(old.replace(",", ""))
        zeros = len(old.replace(",", "")) - len(old.replace(",", "").rstrip("0"))
        zeros = min(zeros, max(0, len(str(value)) - 2))
        new_value = max(1000, round(value * factor / 10 ** zeros) * 10 ** zeros)
        new = f"{new_value:,}"
        if len(spaces) >= 2:                      # a table column: keep the right edge where it was
            spaces = " " * max(1, len(spaces) + len(old) - len(new))
        return spaces + new

    def scale_millions(m: re.Match) -> str:
        old = m.group(1)
        decimals = len(old.split(".")[1]) if "." in old else 0
        new = round(float(old) * factor, max(decimals, 1 if float(old) < 100 else 0))
        text_new = f"{new:.{max(decimals, 1 if float(old) < 100 else 0)}f}"
        return text_new + m.group(2)

    text = _INT.sub(scale_int, text)
    return _MILLIONS.sub(scale_millions, text)


def _draw(seed: int, i: int, attempt: int, n_issuers: int, exclude: tuple[str, ...] = ()) -> tuple[str, str]:
    templates, _ = load_templates(exclude)
    rng = random.Random(f"{seed}:{i}:{attempt}")
    t = templates[(i + attempt) % len(templates)]
    text = t.text
    # sites first: a stem never contains the issuer word (see load_templates)
    places = rng.sample(_PLACES, len(t.site_stems))
    for stem, place in zip(t.site_stems, places, strict=True):
        text = _sub_word(text, stem, place + rng.choice(_PLACE_TAILS) if " " in stem else place)
    word, ticker = issuer(seed, rng.randrange(n_issuers))
    if t.primary_ticker:
        for old in sorted(t.tickers, key=len, reverse=True):
            tail = old[len(t.primary_ticker):] if old.startswith(t.primary_ticker) else old[-1]
            new = ticker + tail
            text = re.sub(rf"\b{old}\b", new, text)
    text = _sub_word(text, t.issuer_word, word)
    k = rng.randint(FIRST_YEAR - t.published.year, LAST_YEAR - t.published.year)
    text = _shift_years(text, k)
    text = _scale_figures(text, rng.uniform(0.55, 1.8))
    slug = re.sub(r"[^a-z0-9]+", "-", _strip_accents(word).lower()).strip("-")
    name = f"{t.published.year + k}{t.published.isoformat()[4:]}-{slug}-{t.name}-{i:06d}.txt"
    return name, text


def release(seed: int, i: int, n_issuers: int, seen: set[str] | None = None,
            exclude: tuple[str, ...] = ()) -> tuple[str, str, str]:
    """Release ``i``: (file name, text, sha256 of the text). Adds the hash to ``seen``."""
    for attempt in range(100):
        name, text = _draw(seed, i, attempt, n_issuers, exclude)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if seen is None or sha not in seen:
            if seen is not None:
                seen.add(sha)
            return name, text, sha
    raise RuntimeError(f"could not draw a distinct release {i}")


def issuer_pool_size(n: int) -> int:
    return max(20, n // 8)


def write_corpus(out_dir: Path, n: int, seed: int = DEFAULT_SEED, n_issuers: int | None = None,
                 crlf_every: int = 20, exclude: tuple[str, ...] = ()) -> tuple[list[Path], set[str]]:
    """Write releases 0..n-1 to ``out_dir``; every ``crlf_every``-th file with CRLF line endings
    (as Windows tools deliver them: same content hash, the decoder normalizes them)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n_issuers = n_issuers or issuer_pool_size(n)
    seen: set[str] = set()
    paths = []
    for i in range(n):
        name, text, _ = release(seed, i, n_issuers, seen, exclude)
        if crlf_every and i % crlf_every == crlf_every - 1:
            text = text.replace("\n", "\r\n")
        path = out_dir / name
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths, seen


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--releases", type=int, default=10000)
    p.add_argument("--out", type=Path, required=True, help="folder to write the releases to")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--exclude-templates", default="",
                   help="comma-separated substrings of template file names not to use")
    args = p.parse_args(argv)
    exclude = tuple(x.strip() for x in args.exclude_templates.split(",") if x.strip())
    t0 = time.perf_counter()
    paths, hashes = write_corpus(args.out, args.releases, args.seed, exclude=exclude)
    templates, skipped = load_templates(exclude)
    print(f"{len(paths)} releases ({len(hashes)} distinct contents) from {len(templates)} templates "
          f"in {time.perf_counter() - t0:.1f}s -> {args.out}")
    for s in skipped:
        print(f"  template skipped: {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
