#!/usr/bin/env python3
"""Scores ClauseGuard on hand-written merchant traps and fair look-alikes (eval/traps, written without seeing the rules).

Each clause is put in a minimal contract (a title, the parties with their roles, the clause) and scanned; a trap is
caught when a risk finding (kind "match", severity above info) lands on the clause, a fair clause is flagged when one
does. Every clause is scanned twice: as written (甲方 = the merchant) and with the roles reversed (the letters swapped
in the clause and the preamble, so 甲方 is the provider; in English the provider is named first). The two full fair
contracts are scanned as they are: their risk findings and missing protections are listed.

Splits: wordings A, B (traps.jsonl), D, E, F (traps-more.jsonl, written later by another writer) and G
(traps-gh.jsonl, a third writer), I (traps-i.jsonl, a fourth), K (traps-k.jsonl, a fifth, spoken register), M
(traps-m.jsonl, a sixth, lawyers' drafting), O (traps-o.jsonl, a seventh, template-site 范本), Q (traps-q.jsonl, an
eighth, plain-language and WeChat register), S, T, U (traps-s/t/u.jsonl, a ninth, English only: US, UK and plain
contract styles), V (traps-v.jsonl, a tenth: Taiwan register in Traditional characters, Singapore/India English) and X
(traps-x.jsonl, an eleventh: formal templates with figures in words) and Z (traps-z.jsonl, a twelfth: a studio's
spoken, chat-like terms for 抖音小店 / 快手 stores), AE (traps-ae.jsonl, a thirteenth: a salesperson's voice message
transcribed) and AG (traps-ag.jsonl, a fourteenth: contracts translated from English), AI and AJ (traps-ai/aj.jsonl, a
fifteenth: an agency's chat with a merchant; a merchant retelling the terms, "we" / 我们店 the merchant) and AK and AL
(traps-ak/al.jsonl, a sixteenth: an MCN's live-room terms; a US agency's plain terms and their plain Chinese), AM and AN (a seventeenth: a platform's click-through terms;
a lawyer's long-form agreement), AO and AP (an eighteenth: order forms; an FAQ sheet), AQ and AR (a nineteenth: an
owner's colloquial voice message; a service-group announcement) and AS and AT (a twentieth: a Singapore / Indian
agency's contract; annex tables) and AW and AX (a twenty-first: a template patched together by a merchant's staff;
a contract read aloud and explained at signing), AZ (a twenty-second: a law firm's provisos and cross-references,
traps-az.jsonl), AY (a twenty-third: meaning spread over two or three sentences, traps-ay.jsonl) and BB (a
twenty-fifth: Hong Kong drafting in Traditional characters and HK/Singapore English, traps-bb.jsonl) and BC (a
twenty-sixth: cross-border store management, Amazon / Shopee, traps-bc.jsonl) and BE (a twenty-seventh: a small
studio's spoken terms, traps-be.jsonl) and BG and BH (a twenty-eighth: an agency's website terms and FAQ; a proposal
and statement of work) and BI and BJ (a twenty-ninth: a "done-for-you" store programme; key terms as a table) and BK (a thirtieth: a
large agency's flagship-store contract) and BM and BN (a thirty-first: Chinese with English business words; supplementary
agreements) are the tune split; wordings C, H, J
(traps-j.jsonl), L (traps-l.jsonl, spoken), N (traps-n.jsonl, an agency's standard terms), P (traps-p.jsonl, platform
terms and supplementary agreements), R (traps-r.jsonl, e-mails, proposals and 合作确认单), W (traps-w.jsonl, the tenth
writer's supplementary agreements and SOW addenda) and Y (traps-y.jsonl, the eleventh writer's livestream commerce
terms) and AD (traps-ad.jsonl, the twelfth writer's 服务细则 rule sheets and US marketplace agency agreements), AF (traps-af.jsonl, the thirteenth
writer's livestream-room operation agreements) and AH (traps-ah.jsonl, the fourteenth writer's supplementary agreements
and negotiation minutes) and BA (traps-ba.jsonl, the twenty-fourth writer's small agency's plain terms) and BD (traps-bd.jsonl, the twenty-sixth
writer's lead-in lists and exceptions) and BF (traps-bf.jsonl, the twenty-seventh writer's group-chat terms) and BL (traps-bl.jsonl, the thirtieth writer's
translated and mixed-language terms) are held out (`HELD_OUT`). The fair clauses of fair.jsonl, fair-gh.jsonl, fair-i.jsonl, fair-k.jsonl,
fair-m.jsonl, fair-o.jsonl, fair-q.jsonl, fair-s/t/u.jsonl, fair-v.jsonl, fair-x.jsonl, fair-z.jsonl, fair-ae.jsonl, fair-ag.jsonl and fair-ai/aj/ak/al/am/an/ao/ap/aq/ar/as/at/aw/ax/az/ay/bb/bc/be/bg/bh/bi/bj/bk/bm/bn.jsonl are tuned on,
those of fair-more.jsonl, fair-j.jsonl, fair-l.jsonl, fair-n.jsonl, fair-p.jsonl, fair-r.jsonl, fair-w.jsonl,
fair-y.jsonl, fair-ad.jsonl, fair-af.jsonl, fair-ah.jsonl, fair-ba.jsonl, fair-bd.jsonl, fair-bf.jsonl and fair-bl.jsonl
are held out (`--show-misses` prints tune misses and flags only). English clauses may name the parties Party A and
Party B (translations of Chinese contracts).
In traps-gh.jsonl the merchant may be 乙方 (甲方 the provider), 委托方 / 商家, or a company short name; English clauses
define the provider's short name themselves ("Northwind"): the preamble follows the clause.

    python3 scripts/traps.py [--binary .build/release/clauseguard] [--json OUT] [--show-misses]
"""
import argparse, collections, datetime, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAPS = os.path.join(ROOT, "eval", "traps")
# "Pixelnest": the agency's brand in wording R (README-qr.md), never defined in its clauses.
# The fair contracts: zh-tw is the zh one in Taiwan's characters and words (OpenCC s2twp: 数据 → 資料, 软件 → 軟體).
FAIR_CONTRACTS = ("zh", "zh-tw", "en")
# Each row of the table and the wordings it scores (a wording code may have two letters: AA, AB, AC).
SPLITS = (("tune (A, B)", ("A", "B")), ("tune (D, E, F)", ("D", "E", "F")), ("tune (G)", ("G",)), ("tune (I)", ("I",)),
          ("tune (K)", ("K",)), ("tune (M)", ("M",)), ("tune (O)", ("O",)), ("tune (Q)", ("Q",)),
          ("tune (S, T, U)", ("S", "T", "U")), ("tune (V)", ("V",)), ("tune (X)", ("X",)), ("tune (AA, AB)", ("AA", "AB")),
          ("tune (Z)", ("Z",)), ("tune (AE)", ("AE",)), ("tune (AG)", ("AG",)),
          ("tune (AI)", ("AI",)), ("tune (AJ)", ("AJ",)), ("tune (AK)", ("AK",)), ("tune (AL)", ("AL",)),
          ("tune (AM)", ("AM",)), ("tune (AN)", ("AN",)), ("tune (AO)", ("AO",)), ("tune (AP)", ("AP",)),
          ("tune (AQ)", ("AQ",)), ("tune (AR)", ("AR",)), ("tune (AS)", ("AS",)), ("tune (AT)", ("AT",)),
          ("tune (AW)", ("AW",)), ("tune (AX)", ("AX",)), ("tune (AZ)", ("AZ",)), ("tune (AY)", ("AY",)), ("tune (BB)", ("BB",)), ("tune (BC)", ("BC",)), ("tune (BE)", ("BE",)), ("tune (BG)", ("BG",)), ("tune (BH)", ("BH",)), ("tune (BI)", ("BI",)), ("tune (BJ)", ("BJ",)), ("tune (BK)", ("BK",)), ("tune (BM)", ("BM",)), ("tune (BN)", ("BN",)),
          ("tune (BO)", ("BO",)), ("tune (BQ)", ("BQ",)), ("tune (BS)", ("BS",)), ("tune (BU)", ("BU",)), ("tune (BW)", ("BW",)),
          ("tune (BY)", ("BY",)), ("tune (CA)", ("CA",)), ("tune (CC)", ("CC",)),
          ("tune (CE)", ("CE",)), ("tune (CG)", ("CG",)),
          ("tune (CI)", ("CI",)), ("tune (CK)", ("CK",)), ("tune (CM)", ("CM",)), ("tune (CN)", ("CN",)), ("tune (CO)", ("CO",)),
          ("tune (CQ)", ("CQ",)), ("tune (CS)", ("CS",)), ("tune (CU)", ("CU",)), ("tune (CW)", ("CW",)), ("tune (CY)", ("CY",)), ("tune (DA)", ("DA",)), ("tune (DC)", ("DC",)), ("tune (DE)", ("DE",)), ("tune (DG)", ("DG",)), ("tune (DI)", ("DI",)), ("tune (DK)", ("DK",)), ("tune (DM)", ("DM",)), ("tune (DO)", ("DO",)), ("tune (DQ)", ("DQ",)), ("tune (DS)", ("DS",)), ("tune (DU)", ("DU",)), ("tune (DW)", ("DW",)), ("tune (DY)", ("DY",)), ("tune (EA)", ("EA",)), ("tune (EC)", ("EC",)), ("tune (EE)", ("EE",)), ("tune (EG)", ("EG",)), ("tune (EI)", ("EI",)), ("tune (EK)", ("EK",)), ("tune (EM)", ("EM",)), ("tune (EO)", ("EO",)), ("tune (EQ)", ("EQ",)), ("tune (ES)", ("ES",)), ("tune (EU)", ("EU",)), ("tune (EW)", ("EW",)), ("tune (EY)", ("EY",)), ("tune (FA)", ("FA",)), ("tune (FC)", ("FC",)),
          ("held-out (C)", ("C",)), ("held-out (H)", ("H",)), ("held-out (J)", ("J",)), ("held-out (L)", ("L",)),
          ("held-out (N)", ("N",)), ("held-out (P)", ("P",)), ("held-out (R)", ("R",)), ("held-out (W)", ("W",)),
          ("held-out (Y)", ("Y",)), ("held-out (AC)", ("AC",)),
          ("held-out (AD)", ("AD",)), ("held-out (AF)", ("AF",)), ("held-out (AH)", ("AH",)),
          ("held-out (BA)", ("BA",)), ("held-out (BD)", ("BD",)), ("held-out (BF)", ("BF",)), ("held-out (BL)", ("BL",)),
          ("held-out (BP)", ("BP",)), ("held-out (BR)", ("BR",)), ("held-out (BT)", ("BT",)),
          ("held-out (BV)", ("BV",)), ("held-out (BX)", ("BX",)),
          ("held-out (BZ)", ("BZ",)), ("held-out (CB)", ("CB",)), ("held-out (CD)", ("CD",)),
          ("held-out (CF)", ("CF",)), ("held-out (CH)", ("CH",)),
          ("held-out (CJ)", ("CJ",)), ("held-out (CL)", ("CL",)), ("held-out (CP)", ("CP",)),
          ("held-out (CR)", ("CR",)), ("held-out (CT)", ("CT",)), ("held-out (CV)", ("CV",)), ("held-out (CX)", ("CX",)), ("held-out (CZ)", ("CZ",)), ("held-out (DB)", ("DB",)), ("held-out (DD)", ("DD",)), ("held-out (DF)", ("DF",)), ("held-out (DH)", ("DH",)), ("held-out (DJ)", ("DJ",)), ("held-out (DL)", ("DL",)), ("held-out (DN)", ("DN",)), ("held-out (DP)", ("DP",)), ("held-out (DR)", ("DR",)), ("held-out (DT)", ("DT",)), ("held-out (DV)", ("DV",)), ("held-out (DX)", ("DX",)), ("held-out (DZ)", ("DZ",)), ("held-out (EB)", ("EB",)), ("held-out (ED)", ("ED",)), ("held-out (EF)", ("EF",)), ("held-out (EH)", ("EH",)), ("held-out (EJ)", ("EJ",)), ("held-out (EL)", ("EL",)), ("held-out (EN)", ("EN",)), ("held-out (EP)", ("EP",)), ("held-out (ER)", ("ER",)), ("held-out (ET)", ("ET",)), ("held-out (EV)", ("EV",)), ("held-out (EX)", ("EX",)), ("held-out (EZ)", ("EZ",)), ("held-out (FB)", ("FB",)), ("held-out (FD)", ("FD",)))
# Wordings never tuned on: their misses are counted, never listed.
HELD_OUT = tuple(w for split, wordings in SPLITS if split.startswith("held-out") for w in wordings)
# "Harbourline": the agency's short name in wording AY, defined "elsewhere in the contract" (README-ay.md); "Brightlane"
# and "Northpeak": the agencies of wordings CG and CF (README-cgch.md, README-cecf.md).
# The agencies' Chinese short names the writers' READMEs list (README-cccd.md, -bqbr.md, -ij.md, -op.md): a real
# contract's header defines them ("乙方：…（以下简称“小满运营”）"), so the preamble does, as it does for English brands.
ZH_PROVIDER_NAMES = ["小满运营", "木棉电商", "青柚电商", "阿杰运营工作室", "云栖公司", "拓域科技", "锐泊科技", "鼎盛网络", "启航电商",
                     "蓝鲸运营", "凌云网络"]
PROVIDER_NAMES = ["Agency", "Provider", "Vendor", "Contractor", "Consultant", "Manager", "Operator", "Pixelnest", "Harbourline", "Supplier",
                  "Company", "Brightlane", "Northpeak"]

SERVICES_NOT_PARTIES = {"WhatsApp", "WeChat", "TikTok", "LazMall", "DocuSign", "BigCommerce", "PingPong", "YouTube", "LinkedIn",
                        "PayPal", "AliExpress", "WooCommerce", "OneDrive", "SharePoint", "GitHub"}


def swap_letters(text):
    return text.replace("甲方", "\0").replace("乙方", "甲方").replace("\0", "乙方")


def contract(item, reversed_roles):
    """The clause in a minimal contract that says who is who."""
    text = item["text"]
    if item["lang"] == "zh":
        preamble = ["电商代运营服务合同", "甲方（委托方）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司",
                    "甲方委托乙方运营其天猫店铺，双方订立本合同。"]
        client = item.get("client", "甲方")
        if client == "乙方":
            # The clause's own letters: 甲方 is the provider.
            preamble = [swap_letters(line) for line in preamble]
        elif client in ("您", "用户", "老板", "店主", "店家", "客户", "你方", "你们", "你这边", "贵司", "店铺方", "品牌方", "客户方", "卖家", "亲", "商户", "学员", "贵方", "Brand"):
            # Platform-style terms speak to the merchant: the preamble defines the word.
            preamble[1] = f"甲方（委托方，以下简称“{client}”）：杭州某某商贸有限公司"
        elif client not in ("甲方", "委托方", "商家"):
            # A company short name (星禾商贸): the preamble defines it as the client.
            preamble[1] = f"甲方（委托方）：杭州{client}有限公司（以下简称“{client}”）"
        brand = next((n for n in ZH_PROVIDER_NAMES if n in text), None)
        if brand:
            letter = "甲方" if client == "乙方" else "乙方"
            preamble[2] = f"{letter}（服务方）：广州{brand}有限公司（以下简称“{brand}”）"
        lines = preamble + [text]
        return "\n".join(swap_letters(line) for line in lines) if reversed_roles else "\n".join(lines)
    client = item["client"]
    defined = [n for n in re.findall(r'\("([A-Z][A-Za-z]+)"\)', text) if n != client]
    # A clause may name the provider by a brand it never defines ("BrightPath may terminate…"): the preamble defines it.
    # (Not a marketplace, an app or a payment service the clause names: "the Seller's LazMall store", "by WhatsApp".)
    brands = [n for n in re.findall(r"\b([A-Z][a-z]+[A-Z][A-Za-z]+)\b", text) if n != client and n not in SERVICES_NOT_PARTIES]
    provider = next((n for n in PROVIDER_NAMES if n in text and n != client), defined[0] if defined else brands[0] if brands else "Agency")
    if client in ("Party A", "Party B"):
        # A translated Chinese contract: the other letter is the provider.
        provider = "Party B" if client == "Party A" else "Party A"
    # "the Client" is defined the way contracts do it: Acme Retail Inc. (the "Client").
    term = client[4:] if client.startswith("the ") else client
    parties = [f'Acme Retail Inc. (the "{term}")' if term != client else f'Acme Retail Inc. ("{client}")',
               f'Northwind Digital LLC ("{provider}")']
    if reversed_roles:
        parties.reverse()
    return "\n".join(["STORE MANAGEMENT SERVICES AGREEMENT",
                      f"This Agreement is made between {parties[0]} and {parties[1]}.",
                      f"{provider} shall provide store management services to {client}.", text])


def preamble_lines(item):
    return 4 if item["lang"] == "zh" else 3


def load(name):
    with open(os.path.join(TRAPS, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def scan(binary, folder, files):
    env = dict(os.environ)
    env.setdefault("CLAUSEGUARD_RULES", os.path.join(ROOT, "Rules"))
    run = subprocess.run([binary, "scan", *files, "--format", "json", "--jobs", "2", "--quiet"], cwd=folder,
                         env=env, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"traps: clauseguard exited {run.returncode}: {run.stderr.strip()[:300]}")
    return {os.path.basename(c["path"]): c for c in json.loads(run.stdout)["contracts"]}


def risk_on_clause(report, first_block):
    return [f for f in report.get("findings", []) if f.get("kind") == "match" and f.get("severity") != "info"
            and (f.get("location") or {}).get("paragraph", 0) > first_block]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "clauseguard"))
    parser.add_argument("--json", help="write the figures as JSON to this file")
    tuned = ", ".join(w for split, wordings in SPLITS if split.startswith("tune") for w in wordings)
    parser.add_argument("--show-misses", action="store_true", help=f"list misses of the tune split (wordings {tuned})")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"traps: {args.binary}: no such binary (build it first)")
    # Wordings A–C are in traps.jsonl, D–F in traps-more.jsonl, G and H in traps-gh.jsonl; every later wording has a
    # file of its own (traps-i.jsonl … traps-bn.jsonl), and so do its fair look-alikes (fair-i.jsonl …).
    own = [w.lower() for _, wordings in SPLITS for w in wordings if os.path.exists(os.path.join(TRAPS, f"traps-{w.lower()}.jsonl"))]
    traps = load("traps.jsonl") + load("traps-more.jsonl") + load("traps-gh.jsonl") + [t for w in own for t in load(f"traps-{w}.jsonl")]
    fair, fair_gh, fair_heldout = load("fair.jsonl"), load("fair-gh.jsonl"), load("fair-more.jsonl")
    fair_own = {w: load(f"fair-{w}.jsonl") for w in own if os.path.exists(os.path.join(TRAPS, f"fair-{w}.jsonl"))}
    fairs = fair + fair_gh + fair_heldout + [f for w in own for f in fair_own.get(w, [])]
    items = [("trap", t) for t in traps] + [("fair", f) for f in fairs]
    # Each clause is scanned as a file named by its id: an id used twice would mix two clauses' reports.
    ids = collections.Counter(item["id"] for _, item in items)
    if duplicates := sorted(i for i, n in ids.items() if n > 1):
        sys.exit(f"traps: ids used more than once: {', '.join(duplicates)}")
    # The fair clauses shown beside each split's row (none beside D, E, F or H).
    fair_of = {"tune (A, B)": fair, "tune (G)": fair_gh, "held-out (C)": fair_heldout}
    for split, wordings in SPLITS:
        shown = [f for w in wordings for f in fair_own.get(w.lower(), [])]
        if shown:
            fair_of[split] = shown
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for kind, item in items:
            for rev in (False, True):
                name = f"{item['id']}{'-rev' if rev else ''}.txt"
                with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                    f.write(contract(item, rev) + "\n")
                names.append(name)
        for lang in FAIR_CONTRACTS:
            src = os.path.join(TRAPS, f"fair_contract.{lang}.txt")
            with open(src, encoding="utf-8") as f, open(os.path.join(folder, f"fair_contract.{lang}.txt"), "w", encoding="utf-8") as g:
                g.write(f.read())
            names.append(f"fair_contract.{lang}.txt")
        reports = scan(args.binary, folder, names)

    caught = {}
    for kind, item in items:
        for rev in (False, True):
            report = reports[f"{item['id']}{'-rev' if rev else ''}.txt"]
            caught[(item["id"], rev)] = risk_on_clause(report, preamble_lines(item))

    figures = {"date": datetime.date.today().isoformat(), "traps": {}, "fair": {}, "fair_contracts": {}}
    print("| lang | split | roles | traps caught | caught in both wordings | fair clauses flagged |")
    print("|---|---|---|---|---|---|")
    for lang in ("zh", "en"):
        for split, wordings in SPLITS:
            for rev in (False, True):
                ts = [t for t in traps if t["lang"] == lang and t["wording"] in wordings]
                hit = sum(1 for t in ts if caught[(t["id"], rev)])
                by_trap = collections.defaultdict(list)
                for t in ts:
                    by_trap[t["trap"]].append(bool(caught[(t["id"], rev)]))
                both = sum(1 for v in by_trap.values() if all(v))
                fs = [f for f in fair_of.get(split, []) if f["lang"] == lang]
                if not ts and not fs:
                    continue  # a wording in the other language only (S, T, U are English)
                flagged = sum(1 for f in fs if caught[(f["id"], rev)])
                roles = "reversed" if rev else "as written"
                # Fair clauses: each writer's beside their tune row; fair-more.jsonl and fair-j.jsonl (held out) beside C, J.
                fair_cell = f"{flagged}/{len(fs)}" if split in fair_of else "–"
                both_cell = f"{both}/{len(by_trap)}" if len(wordings) > 1 else "–"
                print(f"| {lang} | {split} | {roles} | {hit}/{len(ts)} = {hit / max(1, len(ts)):.2f} | {both_cell} | {fair_cell} |")
                figures["traps"][f"{lang}/{split}/{roles}"] = {"caught": hit, "of": len(ts), "both_wordings": both if len(wordings) > 1 else None}
                if split in fair_of:
                    figures["fair"][f"{lang}/{split}/{roles}"] = {"flagged": flagged, "of": len(fs)}
    print()
    print("| fair contract | risk findings | missing protections |")
    print("|---|---|---|")
    for lang in FAIR_CONTRACTS:
        report = reports[f"fair_contract.{lang}.txt"]
        risks = [f for f in report.get("findings", []) if f.get("kind") == "match" and f.get("severity") != "info"]
        missing = [f for f in report.get("findings", []) if f.get("kind") == "missing"]
        print(f"| {lang} | {len(risks)} ({', '.join(f['ruleID'] for f in risks)}) | {len(missing)} ({', '.join(f['ruleID'] for f in missing)}) |")
        figures["fair_contracts"][lang] = {"risks": [f['ruleID'] for f in risks], "missing": [f['ruleID'] for f in missing]}
    if args.show_misses:
        print("\nTune misses (wordings A, B, D, E, F, G, I, K, M, O, Q, S, T, U, V, X, AA, AB):")
        for t in traps:
            if t["wording"] not in HELD_OUT:
                for rev in (False, True):
                    if not caught[(t["id"], rev)]:
                        print(f"  MISS {t['id']}{' (reversed)' if rev else ''} [{t['family']}] {t['text'][:110]}")
        print("\nFair clauses flagged:")
        for f in (f for split, fs in fair_of.items() if split.startswith("tune") for f in fs):
            for rev in (False, True):
                for finding in caught[(f["id"], rev)]:
                    print(f"  FLAG {f['id']}{' (reversed)' if rev else ''} {finding['ruleID']}: {f['text'][:100]}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
