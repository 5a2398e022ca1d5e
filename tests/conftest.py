from __future__ import annotations

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
