#!/usr/bin/env python3
"""Measures ClauseGuard's accuracy on labelled contract corpora (python3 standard library only).

    scripts/accuracy.py [--corpus NAME=PATH ...] [--binary PATH] [--json OUT] [--show-misses]

Runs `clauseguard scan <files> --format json --jobs 2` once per corpus and scores the report against the
labels, per family (termination, penalty, notice, auto_renewal), separately on the `tune` and `heldout`
splits of eval/splits.json. Also scores a keyword-grep baseline the same way. docs/ACCURACY.md has the
figures and how to read them.

Metrics, per corpus x split x family f:
- Report items of f: findings of kind "match" whose family is f (their `location.excerpt`, else
  `location.matched`), and entries of the contract's `keyTerms` array whose family is f (same location
  shape). "missing" findings have no location and never count. Other families (fees, handover...) never count.
- A labelled clause is *quoted* when some report item of its family overlaps it (see `overlaps`):
  both texts are normalised (NFKC, so full-width becomes half-width; lowercase; whitespace, punctuation and
  control characters dropped), and they overlap when
    (a) the excerpt contains the label or one of its sentences (a sentence counts when it has at least
        MIN_CONTAINED characters, 6 Chinese / 20 English, or is the whole label), or
    (b) the label contains the excerpt and the excerpt has at least MIN_CONTAINED characters (so a bare
        heading word or number never counts), or
    (c) they share a common substring of at least SHARED_RUN characters (12 Chinese, 40 English).
  A text is Chinese when it holds a CJK ideograph. An excerpt clipped with an ellipsis is compared piece by
  piece. Suppressed findings (ignore file, baseline) are not report items.
- clause recall = quoted labelled clauses / labelled clauses.
- document precision = contracts with >= 1 label of f / contracts where the report quotes >= 1 item of f
  (whatever the item overlaps; items are findings + key terms when the report has key terms).
  document recall = contracts where the report quotes >= 1 item of f / contracts with >= 1 label of f.
  On CUAD, for-cause termination is unlabelled, so termination precision there is a lower bound.
- notice days: labelled notice clauses with a numeric `notice_days`; exact when a report item of family
  notice that quotes the clause has a duration value (`values.*.days`) equal to it.
- hard negatives (corpora that have them): look-alike clauses the report quotes with an item of their family.
- grep baseline: every sentence of the text matching the family's keyword pattern (GREP_PATTERNS) is an item
  (Word files are read through `clauseguard extract`).
- label scope: where a corpus's labels define a family more narrowly than the report's key terms (CUAD labels
  termination for convenience only, and notice to end the contract or its renewal), the same figures again on the
  key terms that fit the label's definition (LABEL_SCOPES) and the findings on the same block as one of them.
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
# Report family -> labelled family. Families not listed (fees, deposit, handover...) are not scored.
FAMILY_OF = {"termination": "termination", "penalty": "penalty", "notice": "notice", "auto_renewal": "auto_renewal"}
SHARED_RUN = {"zh": 12, "en": 40}
MIN_CONTAINED = {"zh": 6, "en": 20}
DEFAULT_CORPORA = (("cuad-dev", "../shared/corpus/cuad-dev"), ("zh-dev", "../shared/corpus/zh-dev"),
                   ("zh-real", "eval/zh-real"), ("synth", "eval/synth"),
                   ("zh-model", "eval/zh-model"), ("zh-openings", "eval/zh-openings"),
                   ("zh-model2", "eval/zh-model2"), ("zh-model3", "eval/zh-model3"),
                   ("zh-model4", "eval/zh-model4"), ("zh-model5", "eval/zh-model5"),
                   ("zh-model6", "eval/zh-model6"), ("zh-model7", "eval/zh-model7"),
                   ("zh-model8", "eval/zh-model8"), ("zh-model9", "eval/zh-model9"),
                   ("zh-model10", "eval/zh-model10"), ("zh-model11", "eval/zh-model11"), ("synth2", "eval/synth2"),
                   ("synth3", "eval/synth3"), ("synth4", "eval/synth4"),
                   ("synth5", "eval/synth5"), ("synth6", "eval/synth6"), ("synth7", "eval/synth7"), ("synth8", "eval/synth8"), ("synth9", "eval/synth9"),
                   ("synth10", "eval/synth10"), ("synth11", "eval/synth11"), ("synth12", "eval/synth12"), ("synth13", "eval/synth13"), ("synth14", "eval/synth14"), ("synth15", "eval/synth15"), ("synth16", "eval/synth16"), ("synth17", "eval/synth17"), ("synth18", "eval/synth18"), ("synth19", "eval/synth19"), ("synth20", "eval/synth20"), ("synth21", "eval/synth21"), ("synth22", "eval/synth22"), ("synth23", "eval/synth23"), ("synth24", "eval/synth24"), ("synth25", "eval/synth25"), ("synth26", "eval/synth26"), ("synth27", "eval/synth27"), ("synth28", "eval/synth28"), ("synth29", "eval/synth29"), ("synth30", "eval/synth30"), ("synth31", "eval/synth31"), ("synth32", "eval/synth32"), ("synth33", "eval/synth33"), ("synth34", "eval/synth34"), ("synth35", "eval/synth35"), ("synth36", "eval/synth36"), ("synth37", "eval/synth37"), ("synth38", "eval/synth38"))
DEFAULT_BINARY = ".build/release/clauseguard"
DEFAULT_SPLITS = "eval/splits.json"
HELDOUT_SHARE = 3  # one contract in HELDOUT_SHARE is held out (see splits_by_rule)
# The keyword grep a reader would try first (widened once after reading clauses it missed; see ACCURACY.md).
GREP_PATTERNS = {
    "termination": r"解除|终止|中止|中断|取消|解约|terminat|cancel",
    "penalty": r"违约金|罚金|罚款|滞纳金|liquidated damages|penalt|termination (fee|payment)|late (fee|charge)",
    "notice": r"提前.{0,6}(日|天|月|周)|(期满|到期|届满).{0,10}(日|天|月)前|prior written notice|advance (written )?notice"
              r"|(days|months)['’]?\s+(prior\s+)?(written\s+)?notice"
              r"|(days|months)\W{0,3}(prior to|before) the (end|expir)|notice period",
    "auto_renewal": r"自动续|顺延|自动延长|续期|automatic\w* renew|renew\w* automatic|successive|evergreen",
}
# Labels that define a family more narrowly than the report's key terms, by labelling scheme (see label_scheme):
# family -> which key terms fit the definition (docs/ACCURACY.md, "Caveats of the labels"). Families left out are
# scoped as the report is (CUAD's "Liquidated Damages" and "Renewal Term" are no narrower than the key terms).
LABEL_SCOPES = {
    "cuad": {
        # "Termination For Convenience": no for-cause category exists.
        "termination": lambda term: term.get("trigger") == "at_will",
        # "Notice Period To Terminate Renewal" and termination-for-convenience spans with a period: a notice to end
        # the contract or its renewal, not one tied to a cause (a cure notice) or to a mutual agreement.
        "notice": lambda term: term.get("purpose") in ("termination", "non_renewal")
                               and term.get("trigger") in (None, "at_will", "expiry"),
    },
}
LABEL_SCOPE_SYSTEM = "findings+keyTerms in label scope"
SENTENCE_END = re.compile(r"(?<=[。；！？;!?\n])|(?<=\.)(?=\s)")


class UsageError(Exception):
    """A one-line error for the user (missing binary, corpus or report)."""


# ---------------------------------------------------------------- text overlap

def normalise(text):
    """NFKC (full-width -> half-width), lowercase, without whitespace, punctuation or control characters."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")


def language_of(text):
    return "zh" if re.search(r"[\u3400-\u9fff]", text) else "en"


def sentences(text):
    """Sentences of a label, normalised, empty ones dropped."""
    return [s for s in (normalise(part) for part in SENTENCE_END.split(text)) if s]


def quote_pieces(text):
    """Normalised pieces of a report excerpt; an ellipsis marks where the excerpt was clipped."""
    return [p for p in (normalise(part) for part in re.split(r"…|\.\.\.", text)) if p]


def shares_run(a, b, run):
    """True when a and b have a common substring of `run` characters."""
    if len(a) < run or len(b) < run:
        return False
    if len(a) > len(b):
        a, b = b, a
    grams = {a[i:i + run] for i in range(len(a) - run + 1)}
    return any(b[i:i + run] in grams for i in range(len(b) - run + 1))


class Label:
    """A labelled clause, prepared once for the overlap test."""

    def __init__(self, family, item):
        self.family = family
        self.item = item
        self.text = item.get("text", "")
        self.lang = language_of(self.text)
        self.whole = normalise(self.text)
        self.sentences = sentences(self.text) or [self.whole]

    def quoted_by(self, pieces):
        return any(overlaps_normalised(self.whole, self.sentences, piece, self.lang) for piece in pieces)


def overlaps_normalised(whole, label_sentences, piece, lang):
    run, contained = SHARED_RUN[lang], MIN_CONTAINED[lang]
    if len(piece) >= contained and piece in whole:
        return True
    if any(len(s) >= min(contained, len(whole)) and s in piece for s in label_sentences):
        return True
    return shares_run(whole, piece, run)


def overlaps(label_text, quote_text):
    """The overlap test between a labelled clause and one report excerpt (see the module docstring)."""
    return Label("", {"text": label_text}).quoted_by(quote_pieces(quote_text))


# ---------------------------------------------------------------- splits

def name_hash(file_name):
    return hashlib.sha256(os.path.basename(file_name).encode("utf-8")).hexdigest()


def stratum(families, file_counts):
    """The contract's rarest labelled family in the corpus (fewest files), or "" when it has none."""
    return min(families, key=lambda f: (file_counts[f], f)) if families else ""


def splits_by_rule(families_of):
    """tune or heldout for each file of {file: set of labelled families}.

    Files are grouped by stratum (their rarest labelled family, or none); in each stratum, ordered by the
    sha256 hex digest of the base name, every third file starting with the 2nd (2nd, 5th, 8th...) is held out.
    So about a third of each family's contracts is held out, and a family with a single contract stays
    tunable (without the strata, a corpus's only auto-renewal contracts could all fall in held-out)."""
    file_counts = {f: sum(f in fams for fams in families_of.values()) for f in FAMILIES}
    strata = {}
    for name in families_of:
        strata.setdefault(stratum(families_of[name], file_counts), []).append(name)
    split = {}
    for members in strata.values():
        for rank, name in enumerate(sorted(members, key=lambda n: (name_hash(n), n))):
            split[name] = "heldout" if rank % HELDOUT_SHARE == 1 else "tune"
    return split


def load_splits(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f).get("corpora", {})


def assign_splits(corpus_name, contracts, recorded):
    """Split of each contract: the recorded one, else the rule applied to the unrecorded ones, so a contract
    never moves once recorded and contracts added later are split a third held out among themselves."""
    known = recorded.get(corpus_name, {})
    unrecorded = [c["file"] for c in contracts if c["file"] not in known]
    if unrecorded:
        note(f"{corpus_name}: {len(unrecorded)} contracts not in the splits file, assigned by the sha256 rule "
             f"(record them with --write-splits)")
    by_rule = splits_by_rule({c["file"]: labelled_families(c) for c in contracts if c["file"] not in known})
    return {**by_rule, **{c["file"]: known[c["file"]] for c in contracts if c["file"] in known}}


def labelled_families(contract):
    return {f for f in FAMILIES if contract["labels"][f]}


def write_splits(path, assignments):
    recorded = load_splits(path)
    for corpus_name, splits in assignments.items():
        recorded.setdefault(corpus_name, {}).update({f: s for f, s in splits.items()
                                                     if f not in recorded.get(corpus_name, {})})
    document = {"rule": "contracts grouped by their rarest labelled family (or none); in each group, sorted by the "
                        "sha256 hex digest of the base file name, every third one starting with the 2nd is held out; "
                        "a recorded contract keeps its split and contracts added later are split among themselves "
                        "(scripts/accuracy.py splits_by_rule)",
                "corpora": {name: dict(sorted(files.items())) for name, files in sorted(recorded.items())}}
    # Notes on recorded contracts (why one moved split) are kept.
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            notes = json.load(f).get("notes")
        if notes:
            document["notes"] = notes
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- corpora and reports

def note(message):
    print(f"accuracy.py: note: {message}", file=sys.stderr)


def load_corpus(path):
    """Contracts of a corpus: labels.jsonl lines with their labels prepared."""
    labels_path = os.path.join(path, "labels.jsonl")
    contracts = []
    with open(labels_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise UsageError(f"{labels_path}:{number}: not JSON ({error.msg})")
            if not isinstance(record, dict) or not isinstance(record.get("file"), str):
                raise UsageError(f"{labels_path}:{number}: no \"file\" field")
            labels = record.get("labels", {})
            contracts.append({
                "file": record["file"],
                "labels": {f: [Label(f, item) for item in labels.get(f, [])] for f in FAMILIES},
                "hard_negatives": [Label(h.get("family", ""), h) for h in record.get("hard_negatives", [])],
                "parties": record.get("parties", []),
                "label_scheme": label_scheme(record),
            })
    return contracts


def label_scheme(record):
    """The labelling scheme of a contract when LABEL_SCOPES knows it (CUAD: `labels_by` or a label `src` says so)."""
    sources = [str(label.get("src", "")) for labels in (record.get("labels") or {}).values()
               for label in labels if isinstance(label, dict)]
    if "CUAD" in str(record.get("labels_by", "")) or any(src.startswith("CUAD:") for src in sources):
        return "cuad"
    return None


def run_clauseguard(binary, corpus_path, contracts):
    """One batch scan of the corpus's files (run from the corpus folder so report paths match label paths)."""
    env = dict(os.environ)
    env.setdefault("CLAUSEGUARD_RULES", os.path.join(REPO, "Rules"))
    command = [binary, "scan", *[c["file"] for c in contracts], "--format", "json", "--jobs", "2", "--quiet"]
    result = subprocess.run(command, cwd=corpus_path, env=env, capture_output=True)
    stderr = result.stderr.decode("utf-8", "replace").strip().splitlines()
    if result.returncode not in (0, 1):
        raise UsageError(f"{binary} exited {result.returncode} on {corpus_path}: {stderr[-1] if stderr else ''}")
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise UsageError(f"{binary}: the report on {corpus_path} is not JSON ({error.msg})")


def load_report(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as error:
        raise UsageError(f"{path}: cannot read the report ({error})")


def report_by_file(report):
    return {os.path.normpath(c.get("path", "")): c for c in report.get("contracts", [])}


def item(family, location, values, source, term=None):
    text = location.get("excerpt") or location.get("matched") or ""
    return {"family": family, "text": text, "pieces": quote_pieces(text), "values": values or {}, "source": source,
            "block": location.get("blockIndex"), "term": term or {}}


def report_items(contract_report):
    """Scored items of one contract: located findings and key terms of the four families."""
    items = []
    for finding in contract_report.get("findings", []):
        family = FAMILY_OF.get(finding.get("family"))
        if family and finding.get("kind") == "match" and finding.get("location"):
            items.append(item(family, finding["location"], finding.get("values"), "finding"))
    for term in contract_report.get("keyTerms", []) or []:
        family = FAMILY_OF.get(term.get("family"))
        if family and term.get("location"):
            items.append(item(family, term["location"], term.get("values"), "keyTerm", term))
    return items


def label_scoped_items(contract):
    """The contract's items within its labels' scope: in a family its scheme narrows, the key terms that fit the
    definition and the findings on the same block as one of them (findings carry no trigger or purpose)."""
    scope = LABEL_SCOPES.get(contract.get("label_scheme"), {})
    if not scope:
        return contract["items"]
    fits = lambda i: i["family"] not in scope or scope[i["family"]](i["term"])
    blocks = {(i["family"], i["block"]) for i in contract["items"] if i["source"] == "keyTerm" and fits(i)}
    return [i for i in contract["items"]
            if (fits(i) if i["source"] == "keyTerm" else i["family"] not in scope or (i["family"], i["block"]) in blocks)]


def grep_items(text):
    """The baseline: each sentence of the contract that matches a family's keyword pattern."""
    items = []
    for sentence in (s.strip() for s in SENTENCE_END.split(text)):
        for family, pattern in GREP_PATTERNS.items():
            if sentence and re.search(pattern, sentence, re.IGNORECASE):
                items.append(item(family, {"excerpt": sentence}, {}, "grep"))
    return items


# ---------------------------------------------------------------- scoring

def durations_in_days(values):
    days = set()
    for value in values.values():
        # Finding values say `"type": "duration"`; key-term values (`values.notice`, `values.period`) have a unit.
        if isinstance(value, dict) and (value.get("type") == "duration" or "unit" in value) and isinstance(value.get("days"), (int, float)):
            days.add(round(value["days"], 3))
    return days


def empty_family_score():
    return {"labelled": 0, "quoted": 0, "docs_labelled": 0, "docs_quoting": 0, "docs_both": 0,
            "notice_days_total": 0, "notice_days_exact": 0,
            "hard_negatives": 0, "hard_negatives_quoted": 0, "misses": [], "unlabelled_quotes": [], "hard_negatives_hit": []}


def score_contract(contract, items, scores):
    """Adds one contract's counts to scores[family]."""
    for family in FAMILIES:
        s = scores[family]
        labels = contract["labels"][family]
        mine = [i for i in items if i["family"] == family]
        s["labelled"] += len(labels)
        s["docs_labelled"] += bool(labels)
        s["docs_quoting"] += bool(mine)
        s["docs_both"] += bool(mine and labels)
        for label in labels:
            quoting = [i for i in mine if label.quoted_by(i["pieces"])]
            s["quoted"] += bool(quoting)
            if not quoting:
                s["misses"].append({"file": contract["file"], "text": label.text})
            days = label.item.get("notice_days")
            if family == "notice" and isinstance(days, (int, float)) and not isinstance(days, bool):
                s["notice_days_total"] += 1
                s["notice_days_exact"] += any(round(days, 3) in durations_in_days(i["values"]) for i in quoting)
        if mine and not labels:
            s["unlabelled_quotes"].append({"file": contract["file"], "text": mine[0]["text"]})
        for negative in (n for n in contract["hard_negatives"] if n.family == family):
            s["hard_negatives"] += 1
            hit = any(negative.quoted_by(i["pieces"]) for i in mine)
            s["hard_negatives_quoted"] += hit
            if hit:
                s["hard_negatives_hit"].append({"file": contract["file"], "text": negative.text})


def ratio(numerator, denominator):
    return round(numerator / denominator, 3) if denominator else None


def summarise(scores):
    """Rates from counts (None when the denominator is 0)."""
    out = {}
    for family, s in scores.items():
        # Clause texts stay out of the figures: the JSON holds both splits, and held-out clauses are never shown.
        out[family] = {k: v for k, v in s.items() if k not in ("misses", "unlabelled_quotes", "hard_negatives_hit")}
        out[family].update(recall=ratio(s["quoted"], s["labelled"]),
                           doc_precision=ratio(s["docs_both"], s["docs_quoting"]),
                           doc_recall=ratio(s["docs_both"], s["docs_labelled"]))
    return out


def score_split(contracts, items_of):
    scores = {f: empty_family_score() for f in FAMILIES}
    for contract in contracts:
        score_contract(contract, items_of(contract), scores)
    return scores


# ---------------------------------------------------------------- one corpus

WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


def read_text(corpus_path, contract, binary):
    """The contract's text for the grep baseline; Word files are read through `clauseguard extract`."""
    path = os.path.join(corpus_path, contract["file"])
    if path.lower().endswith(WORD_SUFFIXES):
        return extracted_text(binary, path)
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError as error:
        raise UsageError(f"{path}: cannot read the contract ({error.strerror})")


def extracted_text(binary, path):
    if not binary or not os.access(binary, os.X_OK):
        raise UsageError(f"{path}: the grep baseline needs the clauseguard binary to read Word files")
    result = subprocess.run([binary, "extract", path, "--format", "json"], capture_output=True)
    try:
        return "\n".join(block.get("text", "") for block in json.loads(result.stdout).get("blocks", []))
    except (json.JSONDecodeError, AttributeError):
        raise UsageError(f"{path}: clauseguard extract gave no JSON (exit {result.returncode})")


def evaluate_corpus(name, path, contracts, report, splits, binary=None):
    """Scores of each system (findings, grep, findings+keyTerms) on each split of one corpus; the raw scores
    keep the miss lists."""
    by_file = report_by_file(report)
    missing = [c["file"] for c in contracts if os.path.normpath(c["file"]) not in by_file]
    if missing:
        raise UsageError(f"{name}: the report has no entry for {missing[0]} ({len(missing)} contracts missing)")
    for c in contracts:
        c["report"] = by_file[os.path.normpath(c["file"])]
        c["items"] = report_items(c["report"])
        c["grep"] = grep_items(read_text(path, c, binary))
    has_key_terms = any(i["source"] == "keyTerm" for c in contracts for i in c["items"])
    systems = {"findings": lambda c: [i for i in c["items"] if i["source"] == "finding"], "grep": lambda c: c["grep"]}
    if has_key_terms:
        systems["findings+keyTerms"] = lambda c: c["items"]
    scoped_families = sorted({f for c in contracts for f in LABEL_SCOPES.get(c.get("label_scheme"), {})})
    if has_key_terms and scoped_families:
        systems[LABEL_SCOPE_SYSTEM] = label_scoped_items
    assignment = assign_splits(name, contracts, splits)
    result = {}
    for split in ("tune", "heldout"):
        members = [c for c in contracts if assignment[c["file"]] == split]
        result[split] = {"contracts": len(members), "parties": score_parties(members),
                         "label_scope": scoped_families if LABEL_SCOPE_SYSTEM in systems else [],
                         "raw": {system: score_split(members, pick) for system, pick in systems.items()}}
    return result, assignment


LETTERS = ("甲方", "乙方", "丙方", "Party A", "Party B", "Party C")


def score_parties(contracts):
    """Party roles: for contracts whose labels name the side of each party letter (`parties`: label → role),
    how many letters the report gives the same role. Only letters the report can list (甲方, Party A …) count;
    a labelled role word (委托方) names its side by itself."""
    correct = total = 0
    for c in contracts:
        labelled = c.get("parties") or []
        if not labelled:
            continue
        reported = {p.get("label"): p.get("role") for p in ((c["report"].get("parties") or {}).get("parties") or [])}
        for party in labelled:
            # A party labelled by its short name (青屿公司) counts under the letter it is given in the header.
            label = party.get("label") if party.get("label") in LETTERS else party.get("header_label")
            if label not in LETTERS:
                continue
            total += 1
            correct += reported.get(label) == party.get("role")
    return {"correct": correct, "total": total}


# ---------------------------------------------------------------- output

def fmt(value):
    return "–" if value is None else f"{value:.2f}"


def fmt_count(numerator, denominator):
    return "–" if not denominator else f"{numerator}/{denominator}"


def markdown_table(results):
    has_key_terms = any("findings+keyTerms" in split["raw"] for r in results.values() for split in r.values())
    head = ["corpus", "split", "family", "labelled", "recall findings only" if has_key_terms else "recall"]
    head += ["recall findings + key terms"] if has_key_terms else []
    head += ["doc precision", "doc recall", "notice days exact", "hard neg. quoted",
             "grep recall", "grep doc precision"]
    has_scope = any(split.get("label_scope") for r in results.values() for split in r.values())
    head += ["recall in label scope", "doc precision in label scope"] if has_scope else []
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for corpus, splits in results.items():
        for split, data in splits.items():
            main = summarise(data["raw"].get("findings+keyTerms", data["raw"]["findings"]))
            findings = summarise(data["raw"]["findings"])
            grep = summarise(data["raw"]["grep"])
            scoped = summarise(data["raw"][LABEL_SCOPE_SYSTEM]) if data.get("label_scope") else {}
            for family in FAMILIES:
                m, f, g = main[family], findings[family], grep[family]
                row = [corpus, f"{split} ({data['contracts']})", family, str(f["labelled"]), fmt(f["recall"])]
                row += [fmt(m["recall"])] if has_key_terms else []
                row += [fmt(m["doc_precision"]), fmt(m["doc_recall"]),
                        fmt_count(m["notice_days_exact"], m["notice_days_total"]) if family == "notice" else "",
                        fmt_count(m["hard_negatives_quoted"], m["hard_negatives"]),
                        fmt(g["recall"]), fmt(g["doc_precision"])]
                if has_scope:
                    narrowed = family in data.get("label_scope", [])
                    row += [fmt(scoped[family]["recall"]), fmt(scoped[family]["doc_precision"])] if narrowed else ["", ""]
                lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def print_misses(results, stream):
    """Misses of the tune split only: the held-out split is never looked at clause by clause."""
    print("\n## Misses (tune split only)\n", file=stream)
    for corpus, splits in results.items():
        raw = splits["tune"]["raw"].get("findings+keyTerms", splits["tune"]["raw"]["findings"])
        for family in FAMILIES:
            for miss in raw[family]["misses"]:
                print(f"- {corpus} {family} MISSED {miss['file']}: {clip(miss['text'])}", file=stream)
            for quote in raw[family]["unlabelled_quotes"]:
                print(f"- {corpus} {family} UNLABELLED DOC {quote['file']}: {clip(quote['text'])}", file=stream)
            for negative in raw[family].get("hard_negatives_hit", []):
                print(f"- {corpus} {family} HARD NEGATIVE QUOTED {negative['file']}: {clip(negative['text'])}", file=stream)
            if family in splits["tune"].get("label_scope", []):
                scoped = splits["tune"]["raw"][LABEL_SCOPE_SYSTEM][family]
                missed = {(m["file"], m["text"]) for m in raw[family]["misses"]}
                for miss in (m for m in scoped["misses"] if (m["file"], m["text"]) not in missed):
                    print(f"- {corpus} {family} MISSED IN LABEL SCOPE {miss['file']}: {clip(miss['text'])}", file=stream)
                for quote in scoped["unlabelled_quotes"]:
                    print(f"- {corpus} {family} UNLABELLED DOC IN LABEL SCOPE {quote['file']}: {clip(quote['text'])}",
                          file=stream)


def clip(text, limit=160):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def json_results(results):
    return {corpus: {split: {"contracts": data["contracts"], "parties": data["parties"],
                             "label_scope_families": data.get("label_scope", []),
                             "systems": {system: summarise(raw) for system, raw in data["raw"].items()}}
                     for split, data in splits.items()}
            for corpus, splits in results.items()}


def git_commit():
    try:
        out = subprocess.run(["git", "-C", REPO, "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + ("+dirty" if dirty else "") if out.returncode == 0 else None
    except OSError:
        return None


# ---------------------------------------------------------------- command line

def parse_pairs(values, option):
    pairs = []
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name or not path:
            raise UsageError(f"{option} wants NAME=PATH, got '{value}'")
        pairs.append((name, path))
    return pairs


def corpora_to_run(args):
    """(name, absolute path) of each corpus present; a missing default corpus is a note, a named one an error."""
    explicit = parse_pairs(args.corpus, "--corpus")
    chosen = explicit or list(DEFAULT_CORPORA)
    present = []
    for name, path in chosen:
        full = os.path.abspath(path) if explicit else os.path.join(REPO, path)
        if os.path.isfile(os.path.join(full, "labels.jsonl")):
            present.append((name, os.path.normpath(full)))
        elif explicit:
            raise UsageError(f"corpus {name}: no labels.jsonl in {full}")
        else:
            note(f"corpus {name} not found ({full}), skipped")
    if not present:
        raise UsageError("no corpus found; pass --corpus NAME=PATH")
    return present


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", default=[], metavar="NAME=PATH",
                        help="labelled corpus (repeatable; default: "
                        + ", ".join(f"{n}={p}" for n, p in DEFAULT_CORPORA) + ", relative to the repository)")
    # Defaults are relative to the repository, paths given on the command line to the working folder.
    parser.add_argument("--binary", default=os.path.join(REPO, DEFAULT_BINARY),
                        help=f"clauseguard binary (default {DEFAULT_BINARY})")
    parser.add_argument("--report", action="append", default=[], metavar="NAME=FILE",
                        help="score this saved JSON report for corpus NAME instead of running the binary")
    parser.add_argument("--splits", default=os.path.join(REPO, DEFAULT_SPLITS),
                        help=f"split file (default {DEFAULT_SPLITS})")
    parser.add_argument("--write-splits", action="store_true", help="record unrecorded contracts in the split file")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    parser.add_argument("--show-misses", action="store_true", help="list missed clauses of the tune split")
    return parser.parse_args(argv)


def main(argv=None, stdout=sys.stdout):
    args = parse_args(argv)
    try:
        corpora = corpora_to_run(args)
        saved = dict(parse_pairs(args.report, "--report"))
        splits_path, binary = os.path.abspath(args.splits), os.path.abspath(args.binary)
        if any(name not in saved for name, _ in corpora) and not os.access(binary, os.X_OK):
            raise UsageError(f"no clauseguard binary at {binary} (build it: swift build -c release, or pass --binary)")
        recorded = load_splits(splits_path)
        results, assignments, seconds, tools = {}, {}, {}, {}
        for name, path in corpora:
            started = time.monotonic()
            contracts = load_corpus(path)
            report = load_report(saved[name]) if name in saved else run_clauseguard(binary, path, contracts)
            seconds[name] = round(time.monotonic() - started, 1)
            tools[name] = report.get("tool")
            results[name], assignments[name] = evaluate_corpus(name, path, contracts, report, recorded, binary)
    except UsageError as error:
        print(f"accuracy.py: error: {error}", file=sys.stderr)
        return 2
    if args.write_splits:
        write_splits(splits_path, assignments)
    print(markdown_table(results), file=stdout)
    party_lines = [f"{corpus} {split} {fmt_count(data['parties']['correct'], data['parties']['total'])}"
                   for corpus, splits in results.items() for split, data in splits.items() if data["parties"]["total"]]
    if party_lines:
        print("\nparty roles right (labelled letters): " + ", ".join(party_lines), file=stdout)
    print("\nscan time (s): " + ", ".join(f"{n} {s}" for n, s in seconds.items()), file=stdout)
    if args.show_misses:
        print_misses(results, stdout)
    if args.json:
        document = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                    "commit": git_commit(), "command": " ".join(["scripts/accuracy.py", *(argv or sys.argv[1:])]),
                    "tool": tools, "scan_seconds": seconds, "corpora": json_results(results)}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
