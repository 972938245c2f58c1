"""Score attribution against brat standoff gold in the PolNeAR layout (DIR/text, DIR/attributions).

Overlap matching as in the Citron and PARC evaluations: a predicted cue is right when it overlaps a
gold cue; a gold attribution's source (content) is right when any predicted attribution whose cue
overlaps its cue has a source (content) overlapping the gold one.
"""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from citeaudit.model import Document

Spans = list[tuple[int, int]]


@dataclass
class GoldAttribution:
    cue: Spans
    source: Spans
    content: Spans


def load_brat(path: str) -> list[GoldAttribution]:
    spans: dict[str, Spans] = {}
    relations = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            if parts[0].startswith("T"):
                _, rest = parts[1].split(" ", 1)
                spans[parts[0]] = [tuple(map(int, s.split())) for s in rest.split(";")]
            elif parts[0].startswith("E"):
                roles = defaultdict(list)
                for tok in parts[1].split(" "):
                    if ":" in tok:
                        k, v = tok.split(":", 1)
                        roles[k.rstrip("0123456789")].append(v)
                relations.append(roles)
    out = []
    for r in relations:
        def get(role):
            return [s for t in r.get(role, []) if t in spans for s in spans[t]]
        if get("Cue"):
            out.append(GoldAttribution(get("Cue"), get("Source"), get("Content")))
    return out


def load_gold(root: str) -> dict[str, list[GoldAttribution]]:
    """Gold per text file name; with several annotators of one text, the first .ann in name order."""
    gold: dict[str, list[GoldAttribution]] = {}
    for f in sorted(os.listdir(os.path.join(root, "attributions"))):
        base = f.rsplit("_", 1)[0] + ".txt"
        if base not in gold:
            gold[base] = load_brat(os.path.join(root, "attributions", f))
    return gold


def _overlap(a: Spans, b: Spans) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


@dataclass
class Score:
    counts: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    false: Counter = field(default_factory=Counter)

    def ratio(self, a: str, b: str) -> float:
        return self.counts[a] / self.counts[b] if self.counts[b] else 0.0

    def summary(self) -> dict:
        p, r = self.ratio("tp_pred", "pred"), self.ratio("tp_gold", "gold")
        return {
            "articles": self.counts["articles"], "gold": self.counts["gold"], "pred": self.counts["pred"],
            "cue_p": round(p, 3), "cue_r": round(r, 3), "cue_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "source_acc": round(self.ratio("src_ok", "src_gold"), 3),
            "content_acc": round(self.ratio("cont_ok", "cont_gold"), 3),
        }


def score_article(score: Score, text: str, gold: list[GoldAttribution], pred: list[dict]) -> None:
    """`pred` holds {"cue": Spans, "source": Spans, "content": Spans} per predicted attribution."""
    c = score.counts
    c["articles"] += 1
    c["gold"] += len(gold)
    c["pred"] += len(pred)
    for a in pred:
        if any(_overlap(a["cue"], g.cue) for g in gold):
            c["tp_pred"] += 1
        else:
            score.false[" ".join(text[s:e] for s, e in a["cue"]).lower()] += 1
    for g in gold:
        hits = [a for a in pred if _overlap(a["cue"], g.cue)]
        if not hits:
            score.missed[" ".join(text[s:e] for s, e in g.cue).lower()] += 1
            continue
        c["tp_gold"] += 1
        if g.source:
            c["src_gold"] += 1
            c["src_ok"] += any(_overlap(a["source"], g.source) for a in hits)
        if g.content:
            c["cont_gold"] += 1
            c["cont_ok"] += any(_overlap(a["content"], g.content) for a in hits)


def _articles(root: str) -> Iterator[tuple[Document, list[GoldAttribution]]]:
    """Each annotated article of a brat corpus that has its text, with its gold attributions, in file
    name order; a text that cannot be read is a ReadError naming it."""
    from citeaudit.reader import ReadError, read_path

    gold = load_gold(root)
    for name in sorted(gold):
        path = os.path.join(root, "text", name)
        if not os.path.exists(path):
            continue
        try:
            doc = read_path(path)
        except ReadError as e:
            raise ReadError(f"{path}: {e}") from None
        yield doc, gold[name]


def evaluate(auditor, root: str) -> Score:
    score = Score()
    for doc, gold in _articles(root):
        article = auditor.analyse(doc)
        pred = [{"cue": [(a.cue_start, a.cue_end)],
                 "source": [(a.source.start, a.source.end)] if a.source else [],
                 "content": [a.content] if a.content else []} for a in article.attributions]
        score_article(score, doc.text, gold, pred)
    return score


def train_cue_model(auditor, root: str, min_rate: float = 0.1, epochs: int = 8, seed: int = 0, prune: float = 0.2,
                    runs: int = 10):
    """Train a learned-cue model (citeaudit.learned) on brat gold: the candidate words are those
    inside a gold cue at least `min_rate` of the time; each candidate the rules did not take is an
    example, labelled by whether it lies in a gold cue. Returns (model, counts)."""
    from citeaudit.learned import TOKEN, CueModel, choose_vocabulary, train

    articles = [(doc, auditor.segmenter.segment(doc), [s for g in gold for s in g.cue])
                for doc, gold in _articles(root)]
    labelled = ((m.group().lower(), _overlap([m.span()], cues))
                for doc, _, cues in articles for m in TOKEN.finditer(doc.prose))
    vocabulary = choose_vocabulary(labelled, min_rate)
    examples = [(feats, _overlap([(s, e)], cues))
                for doc, seg, cues in articles
                for s, e, feats in auditor.attributor.learning_candidates(doc, seg, vocabulary)]
    # the second part weighs the rule cues (its features are apart from the candidates')
    rule_examples = [(feats, _overlap([(s, e)], cues))
                     for doc, seg, cues in articles
                     for s, e, feats in auditor.attributor.learning_rule_cues(doc, seg) if feats]
    weights = train(examples, epochs=epochs, seed=seed, prune=prune, runs=runs)
    weights.update(train(rule_examples, epochs=epochs, seed=seed, prune=prune, runs=runs))
    model = CueModel(vocabulary, dict(sorted(weights.items())))
    counts = {"articles": len(articles), "examples": len(examples), "positive": sum(y for _, y in examples),
              "rule_cues": len(rule_examples), "rule_cues_right": sum(y for _, y in rule_examples),
              "vocabulary": len(vocabulary), "features": len(model.weights)}
    return model, counts
