#!/usr/bin/env python3
"""Tests of scripts/accuracy.py's scorer on a tiny fake corpus and a fake report (no binary, no real corpora).

    python3 scripts/test_accuracy.py
"""
import contextlib
import hashlib
import importlib.util
import io
import json
import os
import tempfile
import unittest

_SPEC = importlib.util.spec_from_file_location("accuracy", os.path.join(os.path.dirname(__file__), "accuracy.py"))
accuracy = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(accuracy)



def run_scorer(test, name, *extra):
    """Runs accuracy.main on the test's corpus and saved report; returns the corpus's figures and the printed table."""
    out_json = os.path.join(test.folder.name, "out.json")
    stdout = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()):
        code = accuracy.main(["--corpus", f"{name}={test.corpus}", "--report", f"{name}={test.report_path}",
                              "--splits", test.splits, "--json", out_json, *extra], stdout=stdout)
    test.assertEqual(code, 0)
    with open(out_json, encoding="utf-8") as f:
        return json.load(f)["corpora"][name], stdout.getvalue()

class OverlapTests(unittest.TestCase):
    def test_normalise_folds_width_case_and_drops_punctuation(self):
        self.assertEqual(accuracy.normalise("Ｐｒｉｏｒ， Written\tNOTICE。（３０）"), "priorwrittennotice30")

    def test_chinese_needs_a_shared_run_of_twelve(self):
        label = "甲方有权随时解除本合同且无需承担任何责任。"
        self.assertTrue(accuracy.overlaps(label, "前文内容，甲方有权随时解除本合同且无需（后文）"))  # 14 shared
        self.assertFalse(accuracy.overlaps(label, "前文内容，甲方有权随时解除本合同（后文）"))  # 11 shared

    def test_english_needs_a_shared_run_of_forty(self):
        label = "Either party may terminate this Agreement for convenience upon ninety (90) days prior written notice."
        self.assertTrue(accuracy.overlaps(label, "... may terminate this Agreement for convenience upon ninety days"))
        self.assertFalse(accuracy.overlaps(label, "Licensee may terminate this Agreement for cause."))

    def test_full_width_and_spacing_do_not_matter(self):
        self.assertTrue(accuracy.overlaps("须提前３０日书面通知乙方", "甲方 须提前 30 日书面通知乙方，否则……"))

    def test_one_sentence_of_a_long_label_is_enough(self):
        label = "合同期限届满前双方应就续约事宜进行协商并形成书面记录。乙方可解除合同。"
        self.assertTrue(accuracy.overlaps(label, "乙方可解除合同"))

    def test_a_bare_keyword_is_not_a_quote(self):
        self.assertFalse(accuracy.overlaps("乙方有权解除本合同并要求赔偿", "解除"))
        self.assertFalse(accuracy.overlaps("Licensee may terminate this Agreement", "terminate"))

    def test_clipped_excerpt_is_compared_piece_by_piece(self):
        # Joined across the ellipsis the excerpt would hold the whole label; apart the pieces share 5 and 7.
        self.assertFalse(accuracy.overlaps("一二三四五六七八九十甲乙", "前文一二三四五…六七八九十甲乙后文"))
        self.assertTrue(accuracy.overlaps("一二三四五六七八九十甲乙", "前文一二三四五六七八九十甲乙后文"))


def no_labels(names):
    return {name: set() for name in names}


class PartyTests(unittest.TestCase):
    def test_letters_with_the_labelled_side_count_and_role_words_do_not(self):
        contracts = [
            {"parties": [{"label": "甲方", "role": "provider"}, {"label": "乙方", "role": "client"}, {"label": "委托方", "role": "client"}],
             "report": {"parties": {"parties": [{"label": "甲方", "role": "provider"}, {"label": "乙方", "role": "provider"}]}}},
            {"parties": [], "report": {}},
            {"parties": [{"label": "Party A", "role": "client"}], "report": {}},
        ]
        self.assertEqual(accuracy.score_parties(contracts), {"correct": 1, "total": 3})


class SplitTests(unittest.TestCase):
    NAMES = [f"texts/contract-{i}.txt" for i in range(31)]

    def test_rule_is_deterministic_and_ignores_input_order(self):
        first = accuracy.splits_by_rule(no_labels(self.NAMES))
        self.assertEqual(first, accuracy.splits_by_rule(no_labels(reversed(self.NAMES))))
        self.assertEqual(first, accuracy.splits_by_rule(no_labels(sorted(self.NAMES, key=len))))

    def test_every_third_by_sha256_of_the_base_name_is_held_out(self):
        got = accuracy.splits_by_rule(no_labels(self.NAMES))
        ranked = sorted(self.NAMES, key=lambda n: hashlib.sha256(os.path.basename(n).encode()).hexdigest())
        self.assertEqual([n for n in ranked if got[n] == "heldout"], ranked[1::3])
        self.assertEqual(sum(s == "heldout" for s in got.values()), 10)

    def test_folder_does_not_matter(self):
        bare = accuracy.splits_by_rule(no_labels(os.path.basename(n) for n in self.NAMES))
        full = accuracy.splits_by_rule(no_labels(self.NAMES))
        self.assertEqual({os.path.basename(n): split for n, split in full.items()}, bare)

    def test_a_rare_family_is_split_too(self):
        # Two contracts hold the only auto-renewal labels: one is held out, one tuned on, whatever their hashes.
        families = no_labels(self.NAMES)
        families["texts/contract-3.txt"] = {"auto_renewal", "termination"}
        families["texts/contract-7.txt"] = {"auto_renewal"}
        families["texts/contract-9.txt"] = {"termination"}
        got = accuracy.splits_by_rule(families)
        self.assertEqual(sorted(got[n] for n in ("texts/contract-3.txt", "texts/contract-7.txt")), ["heldout", "tune"])
        self.assertEqual(got["texts/contract-9.txt"], "tune")  # alone in its stratum

    def test_a_recorded_split_wins_and_new_contracts_are_ranked_among_themselves(self):
        empty = {f: [] for f in accuracy.FAMILIES}
        contracts = [{"file": f"texts/{n}.txt", "labels": empty} for n in "abc"]
        with contextlib.redirect_stderr(io.StringIO()) as err:
            got = accuracy.assign_splits("x", contracts, {"x": {"texts/a.txt": "heldout"}})
        self.assertEqual(got["texts/a.txt"], "heldout")
        self.assertEqual({k: got[k] for k in ("texts/b.txt", "texts/c.txt")},
                         accuracy.splits_by_rule(no_labels(["texts/b.txt", "texts/c.txt"])))
        self.assertIn("2 contracts not in the splits file", err.getvalue())


def finding(family, excerpt, kind="match", values=None):
    f = {"ruleID": "x", "family": family, "kind": kind, "values": values or {}}
    if kind == "match":
        f["location"] = {"excerpt": excerpt, "matched": excerpt[:4]}
    return f


class FakeCorpusTests(unittest.TestCase):
    """Three contracts: a.txt and b.txt in tune, c.txt held out (recorded in a fake splits file)."""

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        root = self.folder.name
        self.corpus = os.path.join(root, "corpus")
        os.makedirs(os.path.join(self.corpus, "texts"))
        texts = {
            "a.txt": "第一条 甲方须提前三十日书面通知乙方方可解除本合同。\n第二条 违约方应向守约方支付合同总额百分之二十的违约金。\n",
            "b.txt": "第一条 服务费按月结算，乙方应于每月五日前开具发票。\n",
            "c.txt": "第一条 本合同期满后自动续期一年，除非任何一方书面提出异议。\n",
        }
        labels = {
            "a.txt": {"termination": [{"text": "甲方须提前三十日书面通知乙方方可解除本合同。"}],
                      "penalty": [{"text": "违约方应向守约方支付合同总额百分之二十的违约金。"}],
                      "notice": [{"text": "甲方须提前三十日书面通知乙方方可解除本合同。", "notice_days": 30}]},
            "b.txt": {},
            "c.txt": {"auto_renewal": [{"text": "本合同期满后自动续期一年，除非任何一方书面提出异议。"}]},
        }
        with open(os.path.join(self.corpus, "labels.jsonl"), "w", encoding="utf-8") as f:
            for name, text in texts.items():
                with open(os.path.join(self.corpus, "texts", name), "w", encoding="utf-8") as t:
                    t.write(text)
                record = {"file": "texts/" + name, "lang": "zh", "labels": labels[name],
                          "hard_negatives": [{"family": "notice", "text": "乙方应于每月五日前开具发票。"}] if name == "b.txt" else []}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.splits = os.path.join(root, "splits.json")
        with open(self.splits, "w") as f:
            recorded = {"texts/a.txt": "tune", "texts/b.txt": "tune", "texts/c.txt": "heldout"}
            json.dump({"corpora": {"fake": recorded}}, f)
        self.report_path = os.path.join(root, "report.json")
        self.report = {"contracts": [
            {"path": "texts/a.txt", "findings": [
                finding("notice", "第一条 甲方须提前三十日书面通知乙方方可解除本合同。",
                        values={"notice": {"type": "duration", "text": "30 days", "days": 30}}),
                finding("penalty", "", kind="missing"),
                finding("fees", "违约方应向守约方支付合同总额百分之二十的违约金。")]},
            {"path": "texts/b.txt", "findings": [finding("notice", "乙方应于每月五日前开具发票。")]},
            {"path": "texts/c.txt", "findings": [finding("auto_renewal", "本合同期满后自动续期一年")]},
        ]}

    def run_main(self, *extra):
        with open(self.report_path, "w", encoding="utf-8") as f:
            json.dump(self.report, f, ensure_ascii=False)
        return run_scorer(self, "fake", *extra)

    def test_findings_are_scored_per_family_and_split(self):
        figures, table = self.run_main()
        tune = figures["tune"]["systems"]["findings"]
        self.assertEqual(figures["tune"]["contracts"], 2)
        # The notice finding quotes a.txt's notice clause, with the right days, and its termination clause
        # does not count (wrong family); the penalty clause is quoted only by a fees finding and a missing one.
        self.assertEqual((tune["notice"]["quoted"], tune["notice"]["labelled"]), (1, 1))
        self.assertEqual((tune["notice"]["notice_days_exact"], tune["notice"]["notice_days_total"]), (1, 1))
        self.assertEqual(tune["termination"]["recall"], 0.0)
        self.assertEqual(tune["penalty"]["recall"], 0.0)
        self.assertEqual(tune["penalty"]["docs_quoting"], 0)
        # b.txt has no notice label but a notice finding (on its hard negative): precision 1/2.
        self.assertEqual(tune["notice"]["doc_precision"], 0.5)
        self.assertEqual(tune["notice"]["doc_recall"], 1.0)
        self.assertEqual((tune["notice"]["hard_negatives_quoted"], tune["notice"]["hard_negatives"]), (1, 1))
        self.assertNotIn("hard_negatives_hit", tune["notice"])  # no clause text in the figures (held-out ones included)
        held = figures["heldout"]["systems"]["findings"]
        self.assertEqual((held["auto_renewal"]["quoted"], held["auto_renewal"]["labelled"]), (1, 1))
        self.assertNotIn("recall findings + key terms", table)

    def test_grep_baseline_is_scored_the_same_way(self):
        figures, _ = self.run_main()
        grep = figures["tune"]["systems"]["grep"]
        self.assertEqual(grep["termination"]["recall"], 1.0)
        self.assertEqual(grep["penalty"]["recall"], 1.0)
        self.assertEqual(grep["notice"]["recall"], 1.0)
        self.assertEqual(figures["heldout"]["systems"]["grep"]["auto_renewal"]["recall"], 1.0)

    def test_key_terms_get_their_own_column(self):
        self.report["contracts"][0]["keyTerms"] = [
            {"family": "termination", "location": {"excerpt": "甲方须提前三十日书面通知乙方方可解除本合同。", "matched": ""}}]
        figures, table = self.run_main()
        self.assertEqual(figures["tune"]["systems"]["findings"]["termination"]["recall"], 0.0)
        self.assertEqual(figures["tune"]["systems"]["findings+keyTerms"]["termination"]["recall"], 1.0)
        self.assertIn("recall findings + key terms", table)
        self.assertNotIn("label scope", table)  # these labels are not CUAD's: no narrower scope

    def test_misses_are_listed_for_the_tune_split_only(self):
        self.report["contracts"][2]["findings"] = []
        _, output = self.run_main("--show-misses")
        self.assertIn("MISSED texts/a.txt", output)
        self.assertNotIn("c.txt", output)

    def test_a_missing_binary_is_a_one_line_error(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = accuracy.main(["--corpus", f"fake={self.corpus}", "--binary", "/nonexistent/clauseguard",
                                  "--splits", self.splits], stdout=io.StringIO())
        self.assertEqual(code, 2)
        self.assertEqual(len(err.getvalue().strip().splitlines()), 1)
        self.assertIn("no clauseguard binary", err.getvalue())

    def test_a_word_file_without_the_binary_is_a_one_line_error(self):
        with open(os.path.join(self.corpus, "labels.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps({"file": "texts/d.docx", "labels": {}}) + "\n")
        self.report["contracts"].append({"path": "texts/d.docx", "findings": []})
        with open(self.report_path, "w", encoding="utf-8") as f:
            json.dump(self.report, f, ensure_ascii=False)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = accuracy.main(["--corpus", f"fake={self.corpus}", "--report", f"fake={self.report_path}",
                                  "--binary", "/nonexistent/clauseguard", "--splits", self.splits],
                                 stdout=io.StringIO())
        self.assertEqual(code, 2)
        self.assertIn("d.docx: the grep baseline needs the clauseguard binary", err.getvalue())

    def test_a_missing_named_corpus_is_a_one_line_error(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = accuracy.main(["--corpus", "gone=/nonexistent/corpus"], stdout=io.StringIO())
        self.assertEqual(code, 2)
        self.assertEqual(len(err.getvalue().strip().splitlines()), 1)


def key_term(family, excerpt, block, **attributes):
    return {"family": family, "location": {"blockIndex": block, "excerpt": excerpt}, "values": {}, **attributes}


class LabelScopeTests(unittest.TestCase):
    """A CUAD-labelled fake corpus: CUAD labels termination for convenience only, and notice to end the contract."""

    CONVENIENCE = "Either party may terminate this Agreement for convenience upon ninety (90) days prior written notice."
    CAUSE = "Licensor may terminate this Agreement if Licensee fails to pay any amount when due and does not cure it."

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        self.corpus = os.path.join(self.folder.name, "corpus")
        os.makedirs(os.path.join(self.corpus, "texts"))
        labels = {"a.txt": {"termination": [{"text": self.CONVENIENCE, "src": "CUAD:Termination For Convenience"}],
                            "notice": [{"text": self.CONVENIENCE, "notice_days": 90,
                                        "src": "CUAD:Termination For Convenience (derived: states a notice period)"}]},
                  "b.txt": {}, "c.txt": {}}
        with open(os.path.join(self.corpus, "labels.jsonl"), "w", encoding="utf-8") as f:
            for name in labels:
                with open(os.path.join(self.corpus, "texts", name), "w", encoding="utf-8") as t:
                    t.write(self.CONVENIENCE if name == "a.txt" else self.CAUSE)
                f.write(json.dumps({"file": "texts/" + name, "labels_by": "CUAD expert annotations, mapped",
                                    "labels": labels[name]}) + "\n")
        self.splits = os.path.join(self.folder.name, "splits.json")
        with open(self.splits, "w") as f:
            json.dump({"corpora": {"cuad": {f"texts/{n}": "tune" for n in labels}}}, f)
        notice = {"notice": {"days": 90, "unit": "day"}}
        report = {"contracts": [
            {"path": "texts/a.txt", "findings": [], "keyTerms": [
                key_term("termination", self.CONVENIENCE, 1, trigger="at_will", modality="right"),
                key_term("notice", self.CONVENIENCE, 1, trigger="at_will", purpose="termination") | {"values": notice}]},
            # A for-cause termination with its cure notice, and a finding on the same block: outside CUAD's scope.
            {"path": "texts/b.txt", "findings": [finding("termination", self.CAUSE) | {"location": {"blockIndex": 1, "excerpt": self.CAUSE}}],
             "keyTerms": [key_term("termination", self.CAUSE, 1, trigger="for_cause", modality="right"),
                          key_term("notice", self.CAUSE, 1, trigger="for_cause", purpose="termination")]},
            # A notice for something else (a price change), and a termination finding with no key term beside it.
            {"path": "texts/c.txt", "findings": [finding("termination", self.CAUSE) | {"location": {"blockIndex": 4, "excerpt": self.CAUSE}}],
             "keyTerms": [key_term("notice", self.CAUSE, 2, trigger="at_will", purpose="price_change")]},
        ]}
        self.report_path = os.path.join(self.folder.name, "report.json")
        with open(self.report_path, "w", encoding="utf-8") as f:
            json.dump(report, f)

    def run_main(self, *extra):
        figures, table = run_scorer(self, "cuad", *extra)
        return figures["tune"], table

    def test_the_scheme_is_read_from_the_labels(self):
        self.assertEqual(accuracy.label_scheme({"labels_by": "CUAD expert annotations (The Atticus Project), mapped"}), "cuad")
        self.assertEqual(accuracy.label_scheme({"labels": {"penalty": [{"text": "x", "src": "CUAD:Liquidated Damages"}]}}), "cuad")
        self.assertIsNone(accuracy.label_scheme({"labels": {"penalty": [{"text": "违约金", "src": "reviewer"}]}}))

    def test_figures_in_the_label_scope_keep_only_key_terms_that_fit_the_definition(self):
        figures, table = self.run_main()
        main = figures["systems"]["findings+keyTerms"]
        scoped = figures["systems"][accuracy.LABEL_SCOPE_SYSTEM]
        self.assertEqual(figures["label_scope_families"], ["notice", "termination"])
        # The report's own figures are kept: b.txt and c.txt quote termination and notice without labels.
        self.assertEqual((main["termination"]["doc_precision"], main["notice"]["doc_precision"]), (0.333, 0.333))
        # In CUAD's scope, the for-cause termination, its cure notice, the price-change notice and the finding
        # with no fitting key term beside it are left out; the convenience termination and its notice stay.
        self.assertEqual((scoped["termination"]["doc_precision"], scoped["notice"]["doc_precision"]), (1.0, 1.0))
        self.assertEqual((scoped["termination"]["recall"], scoped["notice"]["recall"]), (1.0, 1.0))
        self.assertEqual(scoped["notice"]["notice_days_exact"], 1)
        self.assertIn("| recall in label scope | doc precision in label scope |", table)
        penalty_row = next(line for line in table.splitlines() if "| penalty |" in line)
        self.assertTrue(penalty_row.endswith("|  |  |"))  # not narrowed: no scoped figures

    def test_a_finding_on_the_block_of_a_fitting_key_term_stays_in_scope(self):
        scoped_items = accuracy.label_scoped_items({"label_scheme": "cuad", "items": [
            accuracy.item("termination", {"blockIndex": 3, "excerpt": self.CONVENIENCE}, {}, "finding"),
            accuracy.item("termination", {"blockIndex": 3, "excerpt": self.CONVENIENCE}, {}, "keyTerm", {"trigger": "at_will"}),
            accuracy.item("penalty", {"blockIndex": 8, "excerpt": "late fee"}, {}, "finding")]})
        self.assertEqual([(i["source"], i["family"]) for i in scoped_items],
                         [("finding", "termination"), ("keyTerm", "termination"), ("finding", "penalty")])

    def test_show_misses_lists_unlabelled_contracts_in_the_label_scope(self):
        _, output = self.run_main("--show-misses")
        self.assertIn("termination UNLABELLED DOC texts/b.txt", output)
        self.assertNotIn("UNLABELLED DOC IN LABEL SCOPE", output)
        with open(self.report_path, encoding="utf-8") as f:
            report = json.load(f)
        report["contracts"][1]["keyTerms"][0]["trigger"] = "at_will"  # now a convenience termination, unlabelled
        with open(self.report_path, "w", encoding="utf-8") as f:
            json.dump(report, f)
        _, output = self.run_main("--show-misses")
        self.assertIn("termination UNLABELLED DOC IN LABEL SCOPE texts/b.txt", output)
        self.assertNotIn("MISSED IN LABEL SCOPE", output)
        report["contracts"][0]["keyTerms"][0]["trigger"] = "for_cause"  # the labelled convenience right, misread
        with open(self.report_path, "w", encoding="utf-8") as f:
            json.dump(report, f)
        _, output = self.run_main("--show-misses")
        self.assertIn("termination MISSED IN LABEL SCOPE texts/a.txt", output)
        self.assertNotIn("termination MISSED texts/a.txt", output)
        self.assertNotIn("notice UNLABELLED DOC IN LABEL SCOPE", output)


if __name__ == "__main__":
    unittest.main()
