"""Shared fixtures: Italian texts written for these tests, and the paths of
the evaluation data beside the repository when it is there."""

import datetime
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
UD = SHARED / "data" / "ud-italian"
TOOLS = SHARED / "tools"
CORPUS = SHARED / "data" / "corpus"

REFERENCE = datetime.date(2024, 6, 18)

# News, sport, a recipe, a legal notice, social media and literary prose,
# with the mess real text has: typewriter quotes, accents typed as
# apostrophes, upper case, a list, a link, emoji.
TEXTS = {
    "news": (
        "ROMA – Il Consiglio dei ministri ha approvato ieri sera la manovra da "
        "1,5 miliardi di euro. \"E' un passo avanti\", ha detto il ministro, "
        "che martedì 25 giugno presenterà il testo alle Camere. Il deficit "
        "scende al 3,4% del PIL; la misura vale dal 1° luglio al 31 dicembre 2024."
    ),
    "sport": (
        "Al 90' il Napoli ha pareggiato: 2-2 contro l'Inter davanti a 54.000 "
        "spettatori. Domenica prossima alle 20:45 si gioca a Torino, e "
        "l'allenatore resterà fuori per tre giornate."
    ),
    "recipe": (
        "Ingredienti: 500 g di farina, 3 uova, mezzo litro di latte, un "
        "pizzico di sale.\n- Impastare per dieci minuti.\n- Lasciar "
        "riposare un'ora e mezza.\n- Cuocere a 180 gradi per 25 minuti."
    ),
    "legal": (
        "Ai sensi dell'art. 21 del D.Lgs. n. 33/2013, le domande vanno "
        "presentate entro il 15 settembre 2024, ore 12:00. Il Sig. Rossi e "
        "la Dott.ssa Bianchi sono nominati per un periodo di due anni."
    ),
    "social": (
        "raga stasera alle 9 tutti da me!!! 🍕🍕 #pizza @marco porta le "
        "birre :) info su https://esempio.it/festa perche' domani e' festa 😂"
    ),
    "prose": (
        "Era una sera d’ottobre, e la nebbia saliva dal fiume. «Non tornerà "
        "più», disse la vecchia, «l’ho visto partire tre giorni fa, all’alba.» "
        "Nessuno le rispose."
    ),
}


@pytest.fixture(params=sorted(TEXTS))
def text(request):
    """Each of the texts above."""
    return TEXTS[request.param]


def ud_dev_files():
    """The UD Italian dev splits beside the repository (none without them)."""
    if not UD.is_dir():
        return []
    return sorted(UD.glob("*/*dev*.conllu"))


def raw_text(gold: Path) -> str:
    """The raw text of a treebank, as the scorer makes it."""
    out = subprocess.run(
        ["python3", str(TOOLS / "tok_eval.py"), "text", str(gold)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout


def example(name: str):
    """The path of a crate example built in release mode, building it when
    cargo is here; None when neither."""
    path = REPO / "target" / "release" / "examples" / name
    if not path.exists() and shutil.which("cargo"):
        subprocess.run(
            ["cargo", "build", "--release", "--example", name],
            cwd=REPO,
            check=True,
            capture_output=True,
            env={**os.environ, "CARGO_TERM_COLOR": "never"},
        )
    return path if path.exists() else None
