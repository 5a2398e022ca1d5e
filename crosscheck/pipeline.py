"""The one place the stages are chained: articles → claims → groups → findings."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.boilerplate import repeated_lines
from crosscheck.extract import extract_claims
from crosscheck.models import Article, Claim


def extract_corpus(articles: Sequence[Article]) -> tuple[Claim, ...]:
    """Every claim of every article, sources in id order, claims in reading order."""
    furniture = repeated_lines(a.body for a in articles)
    claims: list[Claim] = []
    for article in sorted(articles, key=lambda a: a.source):
        claims.extend(extract_claims(article, furniture=furniture))
    return tuple(claims)
