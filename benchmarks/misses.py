"""Where each gold pair of the development set is lost: the two claims never became candidates,
were candidates but not kept as partners, or were compared and judged otherwise.

    python -m benchmarks.misses [FOLDER-SUBSTRING ...]

For every gold conflict and agreement the report does not find, prints the stage of the claim
pair that came closest (`none`: no candidate; `cand`: a candidate not kept among the best
partners; `chosen`: compared), its shared-content score and whole-sentence similarity, what
`compare.judge` says of it, and the two claims. Runs the pipeline's stages in this process, so
it sees what the report does not print (copies are not folded here: claims that copies repeat
are searched like any other); read a miss here before writing a rule for it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from benchmarks.quality import DEFAULT_DEVSET, devset_missing, folders
from crosscheck import pipeline
from crosscheck.compare import judge
from crosscheck.context import Context
from crosscheck.corpus import load_corpus
from crosscheck.match import similarity
from crosscheck.names import vocabularies
from crosscheck.pairing import best_partners, build_key_index, lonely, scored_pairs, shared_score
from crosscheck.variants import spelling_pairs

STAGE_ORDER = {"chosen": 0, "cand": 1, "none": 2}


def main(argv: Sequence[str]) -> int:
    if devset_missing(DEFAULT_DEVSET):
        return 2
    options = pipeline.Options()
    for name, corpus, gold in folders(DEFAULT_DEVSET):
        if argv and not any(part in name for part in argv):
            continue
        articles = tuple(sorted(load_corpus([corpus]).articles, key=lambda a: a.source))
        found = pipeline._extract(articles, workers=1, aliases=options.aliases, progress=None)
        claims, toks = found.claims, found.toks
        context = Context(
            aliases=options.aliases,
            published={a.source: a.published for a in articles},
            updated={a.source: a.updated for a in articles},
            vocabulary=vocabularies(claims, toks, found.mentions, options.aliases),
        )
        sources = [c.source for c in claims]
        index = build_key_index(found.keys, sources)
        candidates = scored_pairs(index, range(len(claims)))
        candidates += scored_pairs(index, lonely(index, candidates), repeated=True)
        chosen = {
            (c.a, c.b)
            for c in best_partners(
                candidates,
                sources,
                pipeline._id_ranks(claims),
                found.slots,
            )
        }
        chosen |= set(
            spelling_pairs(claims, [i for i in range(len(claims)) if index.keys[i]], found.mentions)
        )
        proposed = {(c.a, c.b) for c in candidates}
        strings = [" ".join(t) for t in toks]
        for kind in ("conflict", "agree"):
            for item in gold.get(kind, []):  # type: ignore[attr-defined]
                ra, rb = re.compile(item["a"], re.I), re.compile(item["b"], re.I)
                xs = [i for i, c in enumerate(claims) if c.source == item["src_a"] and ra.search(c.text)]
                ys = [i for i, c in enumerate(claims) if c.source == item["src_b"] and rb.search(c.text)]
                if not xs or not ys:
                    print(f"{name} {kind} {item['id']}: lost in extraction")
                    continue
                tried = []
                for x in xs:
                    for y in ys:
                        a, b = min(x, y), max(x, y)
                        score = shared_score(index, a, b)
                        alike = similarity(strings[a], strings[b])
                        verdict = judge(
                            claims[a], claims[b], similarity=alike, shared=score,
                            threshold=options.threshold, context=context,
                        )  # fmt: skip
                        stage = "chosen" if (a, b) in chosen else "cand" if (a, b) in proposed else "none"
                        tried.append((STAGE_ORDER[stage], -score, stage, score, alike, verdict, a, b))
                if any(t[2] == "chosen" and t[5] is not None and t[5].status.value == kind for t in tried):
                    continue  # found
                _, _, stage, score, alike, verdict, a, b = min(tried, key=lambda t: t[:2])
                said = (
                    "no finding"
                    if verdict is None
                    else f"{verdict.status.value} {verdict.kind or ''}".strip()
                )
                print(
                    f"{name} {kind} {item['id']}: {stage}, shared {score:.3f}, similarity {alike:.0f}, {said}"
                )
                print(f"    {claims[a].source}:{claims[a].line} {claims[a].text[:160]}")
                print(f"    {claims[b].source}:{claims[b].line} {claims[b].text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
