"""Learned cues: the model's features, training, file format, the cue-model rule kind and train-cues."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from citeaudit.learned import CueModel, StoredWeights, choose_vocabulary, features, sentence_candidates, train
from citeaudit.rules import RuleError, load_rules


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CITEAUDIT_CACHE_DIR", str(tmp_path / "cache"))


def test_features_describe_the_word_and_its_neighbours():
    f = features(["Democrats", "thinks", "that", "it", "passes"], 1, quoted=False, source_before=True)
    assert {"w=thinks", "st=think", "p=democrats", "n=that", "cp=C_think", "cn=think_that", "at=1",
            "sbw=True_think", "q=0"} <= set(f)
    quoted = features(["hopes"], 0, quoted=True, source_before=False)
    assert "q=1" in quoted and "p=<>" in quoted and "at=0" in quoted


def test_candidates_skip_rule_cues_their_neighbours_and_excluded_words():
    text = "Smith thinks it is too late, and Jones said that the plan, which supporters back, will fail."
    vocabulary = {"thinks", "that", "supporters", "back"}
    said = text.index("said")
    found = [text[s:e] for s, e, _ in sentence_candidates(
        text, 0, len(text), vocabulary, [(said, said + 4)], [], lambda pos: False)]
    assert found == ["thinks", "supporters", "back"]  # "that" stands next to the rule cue "said"
    back = text.index("back")
    found = [text[s:e] for s, e, _ in sentence_candidates(
        text, 0, len(text), vocabulary, [(said, said + 4)], [], lambda pos: False, [(back, back + 4)])]
    assert found == ["thinks", "supporters"]


def test_vocabulary_keeps_words_often_inside_a_gold_cue():
    words = [("thinks", True)] * 3 + [("thinks", False)] + [("the", False)] * 50 + [("the", True)] + [("rare", True)]
    assert choose_vocabulary(words, min_rate=0.1) == {"thinks"}


def test_perceptron_learns_the_context_that_makes_a_cue():
    # "hopes" after a pronoun reports a view; after "the" it is a noun
    examples = [(["w=hopes", "cp=PRON"], True), (["w=hopes", "cp=DET"], False)] * 20
    model = CueModel(frozenset({"hopes"}), train(examples, epochs=5, prune=0.0))
    assert model.score(["w=hopes", "cp=PRON"]) > 0 > model.score(["w=hopes", "cp=DET"])
    assert train(examples, epochs=5, seed=3) == train(examples, epochs=5, seed=3)


def test_model_file_round_trip_and_errors(tmp_path):
    model = CueModel(frozenset({"reckons", "hopes"}), {"w=reckons": 5.0, "b": -1.5})
    path = tmp_path / "m.tsv"
    model.dump(path, "a test model")
    assert path.read_text(encoding="utf-8").splitlines()[1] == "# a test model"
    assert CueModel.load(path) == model
    assert CueModel.load(path) == model  # the second time from the cache
    bad = tmp_path / "bad.tsv"
    bad.write_text("# citeaudit cue model 1\n@vocabulary\tx\nw=x\tnot-a-number\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 3"):
        CueModel.load(bad)


def test_stored_weights_answer_as_the_dict_they_were_packed_from(monkeypatch):
    weights = {f"w=word{i}": i / 8 - 50 for i in range(800)} | {"b": -1.5, "pw=the_said": 0.125}
    stored = StoredWeights(*StoredWeights.pack(weights))
    assert stored == weights and len(stored) == len(weights)
    assert stored["pw=the_said"] == 0.125 and stored.get("w=word3") == weights["w=word3"]
    assert stored.get("w=unseen") is None and stored.get("w=word") is None and stored.get("w=word10x", 0.0) == 0.0
    with pytest.raises(KeyError):
        stored["w=unseen"]
    assert StoredWeights(*StoredWeights.pack({})) == {} and len(StoredWeights(*StoredWeights.pack({}))) == 0
    # a long run turns them into a dict: the answers are the same
    monkeypatch.setattr(StoredWeights, "WHOLE_AFTER", 5)
    stored = StoredWeights(*StoredWeights.pack(weights))
    model = CueModel(frozenset(), stored)
    built = []
    monkeypatch.setattr(StoredWeights, "items", lambda self: built.append(1) or iter(weights.items()))
    feats = ["b", "w=word7", "w=unseen", "pw=the_said"]
    first = [model.score(feats) for _ in range(3)]
    assert first == [model.score(feats)] * 3 == [-1.5 + weights["w=word7"] + 0.125] * 3
    assert built == [1]  # the dict is made once


def _model_rules(tmp_path, threshold=0.0, model_name="m.tsv"):
    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    CueModel(frozenset({"reckons"}), {"w=reckons": 5.0, "b": -1.0}).dump(tmp_path / "rules" / "m.tsv")
    (rules / "learned.yaml").write_text(
        f"id: cues/learned\nkind: cue-model\ndescription: test\nmodel: {model_name}\nthreshold: {threshold}\n",
        encoding="utf-8")
    return rules


def _attributions(rules_dir, text):
    from citeaudit.engine import Auditor
    from citeaudit.reader import parse

    article = Auditor(load_rules([str(rules_dir)])).analyse(parse(text, "t.txt", "text"))
    return [(a.cue_text, a.source.text if a.source else None, a.cue_rule) for a in article.attributions]


def test_a_word_the_model_scores_above_the_threshold_is_a_cue(tmp_path):
    text = "Senator Smith reckons the plan will fail in the Senate.\n"
    assert _attributions(_model_rules(tmp_path), text) == [("reckons", "Senator Smith", "cues/learned")]
    assert _attributions(_model_rules(tmp_path, threshold=9), text) == []


@pytest.mark.parametrize("weighed, cues", [
    ("[cues/reporting-verbs]", ["said"]),  # "called" scores below the threshold
    ("[]", ["called", "said"]),  # the model weighs no rule's cues
])
def test_the_model_drops_the_rule_cues_it_scores_below_the_rule_cue_threshold(tmp_path, weighed, cues):
    rules = tmp_path / "rules"
    rules.mkdir()
    CueModel(frozenset({"reckons"}), {"rw=cues/reporting-verbs_called": -20.0}).dump(rules / "m.tsv")
    (rules / "learned.yaml").write_text(
        "id: cues/learned\nkind: cue-model\ndescription: test\nmodel: m.tsv\nthreshold: 4\n"
        f"rule_cue_threshold: -5\nrule_cues: {weighed}\n", encoding="utf-8")
    text = "Smith called the plan a failure. Jones said the plan would fail.\n"
    assert [cue for cue, _, _ in _attributions(rules, text)] == cues


def test_a_missing_model_file_names_the_rule_file_and_key(tmp_path):
    from citeaudit.engine import Auditor

    rules = _model_rules(tmp_path, model_name="absent.tsv")
    with pytest.raises(RuleError, match=r"learned.yaml: key 'model': cannot read model file absent.tsv"):
        Auditor(load_rules([str(rules)]))


def _brat_corpus(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    texts = ["Smith reckons the plan will fail.\nThe mayor said it was late.\nThe weather was mild.\n",
             "Jones reckons that taxes will rise.\nThe meeting ended early.\n",
             "Lee reckons the vote is close.\nThe reckons column is empty.\n"]
    for i, text in enumerate(texts):
        (root / "text" / f"a{i}.txt").write_text(text, encoding="utf-8")
        k = text.index("reckons")
        (root / "attributions" / f"a{i}_ann1.ann").write_text(
            f"T1\tCue {k} {k + 7}\treckons\nE1\tAttribution:T1 Cue:T1\n", encoding="utf-8")
    return root


def test_train_cues_writes_a_model_the_engine_uses(tmp_path):
    from citeaudit.cli import cli

    corpus = _brat_corpus(tmp_path / "corpus")
    runner = CliRunner()
    out1, out2 = tmp_path / "m1.tsv", tmp_path / "m2.tsv"
    args = ["--min-rate", "0.5", "--prune", "0"]  # a tiny corpus gives small weights
    r = runner.invoke(cli, ["train-cues", "--brat", str(corpus), "-o", str(out1), *args])
    assert r.exit_code == 0, r.output
    assert "3 articles" in r.output and "1 vocabulary" in r.output
    runner.invoke(cli, ["train-cues", "--brat", str(corpus), "-o", str(out2), *args])
    assert out1.read_bytes() == out2.read_bytes()  # deterministic
    model = CueModel.load(out1)
    assert model.vocabulary == {"reckons"}
    assert model.score(features(["Brown", "reckons", "that"], 1, False, False)) > 0
    # the second part: the rule cue "said", which the gold does not mark here, weighs against
    assert model.weights["r=cues/reporting-verbs"] < 0


def test_train_cues_needs_brat_annotations(tmp_path):
    from citeaudit.cli import cli

    (tmp_path / "text").mkdir()
    r = CliRunner().invoke(cli, ["train-cues", "--brat", str(tmp_path), "-o", str(tmp_path / "m.tsv")])
    assert r.exit_code == 2 and "no attributions/ directory" in r.output


def test_the_report_marks_learned_cues(tmp_path):
    from citeaudit.engine import Auditor
    from citeaudit.formats.markdown_report import render
    from citeaudit.reader import parse

    auditor = Auditor(load_rules([str(_model_rules(tmp_path))]))
    result, _ = auditor.audit_document(parse("Senator Smith reckons the plan will fail in May.\n", "t.txt", "text"))
    assert "Senator Smith (person, “reckons”, learned)" in render(result)


def test_a_corrupt_model_file_is_a_one_line_usage_error(tmp_path):
    from citeaudit.cli import cli

    rules = _model_rules(tmp_path)
    (rules / "m.tsv").write_text("# citeaudit cue model 1\n@vocabulary\treckons\nw=reckons\t1.0.0\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Smith reckons so.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", "--no-report", "--rules", str(rules), str(article)])
    assert r.exit_code == 2
    assert "learned.yaml: key 'model': m.tsv: line 3: expected 'feature<TAB>weight'" in r.output
    assert "Traceback" not in r.output


def _words_model_rules(tmp_path, *words):
    """Rules holding only a cue model that takes each of `words` for a cue wherever it stands."""
    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    CueModel(frozenset(words), {**{f"w={w}": 5.0 for w in words}, "b": -1.0}).dump(rules / "m.tsv")
    (rules / "learned.yaml").write_text(
        "id: cues/learned\nkind: cue-model\ndescription: test\nmodel: m.tsv\nthreshold: 0\n", encoding="utf-8")
    return rules


def _noun_model_rules(tmp_path):
    return _words_model_rules(tmp_path, "reckons", "criticism", "implication", "consider", "recognizing", "persuading",
                              "hailed", "point", "began")


@pytest.mark.parametrize("text, cue, source", [
    # a noun cue takes the party after "from"
    ("The plan drew sharp criticism from Democrats in the Senate.\n", "criticism", "Democrats in the Senate"),
    # ... not a gerund after "by", which says how the subject did it
    ("Limbaugh began by crediting Trump for his instincts.\n", "began", "Limbaugh"),
    # a lowercase phrase right before a noun cue modifies it: the sentence's subject is the source
    ("The article closes with a very clear implication about the deal.\n", "implication", "The article"),
    # auxiliaries between: the lowercase phrase before them is the verb's subject
    ("Initially, state regulators did not consider the offer.\n", "consider", "state regulators"),
    ("Senator Smith reckons the plan will fail.\n", "reckons", "Senator Smith"),
    # a participle after a comma is the subject's, whatever stands between
    ("The aides were complimentary, perhaps recognizing that imitation is flattery.\n", "recognizing", "The aides"),
    ("Mr. Clarke has had trouble, however, persuading buyers to pay more.\n", "persuading", "Mr. Clarke"),
    # ... a name in apposition after a possessive and what it owns
    ("ChatPal's founder, Leo Brandt, took the blame, recognizing that the data was open.\n", "recognizing",
     "Leo Brandt"),
    # a lowercase phrase right before the cue that names people, or a named source, holds it
    ("The ban is popular, but critics point to its cost.\n", "point", "critics"),
    ("Twenty-two years ago, a Times article hailed the deal.\n", "hailed", "a Times article"),
    # a participle right before a noun cue modifies it: the view is someone's, unnamed
    ("In 2009, the United Nations came under withering criticism for its silence.\n", "criticism", None),
    # ... and the subject of a verb of meeting with a view is its target, not its holder
    ("The department has faced criticism since the 2019 death.\n", "criticism", None),
    ("The plan drew sharp criticism.\n", "criticism", None),
])
def test_a_learned_cue_finds_its_source(tmp_path, text, cue, source):
    assert _attributions(_noun_model_rules(tmp_path), text) == [(cue, source, "cues/learned")]


@pytest.mark.parametrize("text, cues", [
    # a capitalised word between capitalised words in running text is a word of a name
    ("The Storm Prediction Center placed Texas under an enhanced risk.\n", []),
    # ... not in a headline's title case, nor when the capitalised words before it are only its subject
    ("Dinesh D'Souza Just Made HUGE Prediction About 2016\n\nThe filmmaker spoke on Monday.\n", ["Prediction"]),
    ("Analysts Prediction Center is the report's title.\n", ["Prediction"]),
])
def test_a_learned_cue_is_no_word_of_a_name(tmp_path, text, cues):
    rules = _words_model_rules(tmp_path, "prediction")
    assert [cue for cue, _, _ in _attributions(rules, text)] == cues


@pytest.mark.parametrize("text", [
    "5 things to know about the new tax law\n",  # (a count holds no view)
    "Don't touch sick or dead birds.\n",  # (nor does the reader told what to do)
])
def test_a_learned_cue_needs_a_holder_other_than_a_count_or_the_reader(tmp_path, text):
    rules = _words_model_rules(tmp_path, "know", "sick")
    assert _attributions(rules, text) == []
    assert _attributions(rules, "Most voters know the tax law.\n") == [("know", "Most voters", "cues/learned")]


def test_ignore_switches_the_model_off_and_select_leaves_it_on(tmp_path):
    import json

    from citeaudit.cli import cli

    rules = _model_rules(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("Senator Smith reckons the plan will fail in May.\n", encoding="utf-8")

    def cues(*options):
        r = CliRunner().invoke(cli, ["check", "--no-report", "--format", "json", "--rules", str(rules), *options,
                                     str(article)])
        return [a["cue"]["text"] for a in json.loads(r.output)["files"][0]["attributions"]]

    assert cues() == ["reckons"]
    assert cues("--select", "typo") == ["reckons"]
    assert cues("--ignore", "cues/learned") == []


def test_a_lone_auxiliary_or_preposition_takes_the_word_it_belongs_to(tmp_path):
    rules = _words_model_rules(tmp_path, "was", "about")
    assert _attributions(rules, "The song was written by Bruce Springsteen in 1999.\n") == [
        ("was written", "Bruce Springsteen", "cues/learned")]
    assert _attributions(rules, "The rule was formally adopted by the board.\n")[0][0] == "was formally adopted"
    assert _attributions(rules, "The rule was being drafted by the board.\n")[0][0] == "was being drafted"
    assert _attributions(rules, "Her aides were coy about the plan.\n") == [("coy about", "Her aides", "cues/learned")]


@pytest.mark.parametrize("command", ["eval", "train-cues"])
def test_an_unreadable_corpus_is_a_one_line_error(tmp_path, command):
    from citeaudit.cli import cli

    corpus = _brat_corpus(tmp_path / "corpus")
    (corpus / "text" / "a1.txt").write_bytes(b"caf\xe9 reckons\n")
    args = ["-o", str(tmp_path / "m.tsv")] if command == "train-cues" else []
    r = CliRunner().invoke(cli, [command, "--brat", str(corpus), *args])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "a1.txt: not valid UTF-8" in r.output


def test_train_cues_reports_an_unwritable_output(tmp_path):
    from citeaudit.cli import cli

    corpus = _brat_corpus(tmp_path / "corpus")
    r = CliRunner().invoke(cli, ["train-cues", "--brat", str(corpus), "-o", str(tmp_path / "missing" / "m.tsv")])
    assert r.exit_code == 2 and "cannot write the model" in r.output


def test_an_auxiliary_cue_takes_its_verb_past_adverbs():
    from citeaudit.attribute import _whole_cue
    from citeaudit.model import Sentence

    text = "Federal officials have also capped the number of permits."
    sent = Sentence(0, 0, len(text), 0, "body", text)
    start = text.index("have")
    assert text[slice(*_whole_cue(text, sent, start, start + 4))] == "have also capped"
    assert text[slice(*_whole_cue(text, sent, start, text.index("also") + 4))] == "have also capped"


def test_an_interview_label_is_no_learned_cue(tmp_path):
    rules = _words_model_rules(tmp_path, ":")
    interview = "Q: What happens next?\n\nA: We will restore two routes in March.\n"
    assert [cue for cue, _, rule in _attributions(rules, interview) if rule == "cues/learned"] == []
    # (a colon elsewhere still may be one)
    assert _attributions(rules, "The mayor was blunt: the routes are gone.\n")[0][:2] == (":", "The mayor")
