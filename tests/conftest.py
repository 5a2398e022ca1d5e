from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosscheck.models import Article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def article(text: str, source: str = "t", published: str | None = None) -> Article:
    return Article(source=source, path=f"{source}.md", text=text, published=published)


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """A copy of claims.yaml next to a copy of the corpus."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    target = tmp_path / "claims.yaml"
    shutil.copy(ROOT / "claims.yaml", target)
    return target
