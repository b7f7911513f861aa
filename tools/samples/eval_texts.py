# Labelled plain-text contracts for measuring rule recall/precision on wording the samples do not use.
# One clause per line (ClauseGuard's .txt reader makes one block per line). Each label names a phrase that
# occurs verbatim in exactly one line and the risk family of that line for the merchant/client, or "none".
import os

FAMILIES = {"termination", "penalty", "notice", "auto_renewal", "fees", "ad_spend", "handover", "store_protection",
            "orders", "non_disparagement", "form", "deposit", "ip", "performance", "dispute", "data", "none"}

EVAL = []

# ------------------------------------------------------------------------------------------------ 1. zh, UTF-8
EVAL.append(("zh-pdd-store-custody", "utf-8", """拼多多店铺托管服务协议
委托方：汕头市××食品商行（以下简称“委托方”），经营者：黄××
受托方：揭阳市××网络科技有限公司（以下简称“受托方”），地址：广东省揭阳市榕城区××路××号
一、托管内容
1．受托方负责委托方拼多多店铺的商品发布、活动报名、推广投放及客服接待工作。
2．委托方负责供货及发货，并对所售商品的质量和合法性负责。
二、期限与费用
3．托管期限为一年。本协议到期时，委托方未以书面方式告知不再合作的，本协议按原条件继续有效一年。
4．托管费为每月人民币9800元，委托方应在签约时一次性预付六个月托管费。
5．委托方无论因何原因终止合作，已交纳的托管费一概不退。
6．为保障推广效果，受托方可视店铺情况自行调整多多搜索、多多场景的日限额，委托方授权受托方使用店铺推广账户余额及绑定银行卡进行充值。
7．委托方应交纳服务押金人民币8000元，在协议终止满六个月后且店铺无任何投诉的，由受托方无息退还。
三、双方责任
8．受托方对店铺销量、排名及利润不作任何保证，销售未达预期不构成受托方违约。
9．托管期内委托方不得登录店铺后台进行任何操作，否则受托方有权终止协议并不退还任何费用。
10．受托方为店铺制作的主图、详情页和视频，版权归受托方所有，协议终止后委托方应立即停止使用。
11．受托方应按平台规则运营店铺，不得进行刷单、虚假发货等违规操作。
12．托管期间及终止后，受托方可对店铺中其认为不合适的商品进行下架或删除处理。
13．委托方不得在任何平台或商家社群发表对受托方的负面评价，否则受托方有权追究其责任。
四、协议终止
14．委托方要求提前终止的，须提前两个月以书面函件通知受托方。
15．委托方提前终止的，应按未履行期间托管费总额的40%向受托方支付违约金，该违约金不低于人民币一万元。
16．协议终止后，受托方将解除子账号绑定，店铺内的推广计划、素材、图片源文件及客户资料不在移交范围之内。
17．协议终止当月的推广费、运费及平台扣款，均由委托方承担。
18．协议终止时尚未发货及处于售后中的订单，由委托方自行处理，受托方不再提供协助。
19．协议终止后，受托方有权保留店铺的运营数据用于案例展示。
五、其他
20．双方就本协议的变更，可以通过电话或口头方式确认。
21．双方均应对合作中获取的对方商业信息保密。
22．本协议履行中发生争议的，由受托方住所地人民法院管辖。
23．本协议一式两份，自双方签字之日起生效。
委托方（签字）：__________　　受托方（盖章）：__________
""", [
    ("按原条件继续有效一年", "auto_renewal"),
    ("一次性预付六个月托管费", "fees"),
    ("已交纳的托管费一概不退", "termination"),
    ("使用店铺推广账户余额及绑定银行卡进行充值", "ad_spend"),
    ("在协议终止满六个月后且店铺无任何投诉的", "deposit"),
    ("销售未达预期不构成受托方违约", "performance"),
    ("否则受托方有权终止协议并不退还任何费用", "termination"),
    ("版权归受托方所有", "ip"),
    ("不得进行刷单、虚假发货等违规操作", "none"),
    ("进行下架或删除处理", "store_protection"),
    ("发表对受托方的负面评价", "non_disparagement"),
    ("须提前两个月以书面函件通知受托方", "notice"),
    ("该违约金不低于人民币一万元", "penalty"),
    ("不在移交范围之内", "handover"),
    ("协议终止当月的推广费、运费及平台扣款", "fees"),
    ("受托方不再提供协助", "orders"),
    ("保留店铺的运营数据用于案例展示", "data"),
    ("可以通过电话或口头方式确认", "form"),
    ("双方均应对合作中获取的对方商业信息保密", "none"),
    ("由受托方住所地人民法院管辖", "dispute"),
    ("本协议一式两份", "none"),
]))

# ------------------------------------------------------------------------------------------------ 2. zh, GB18030
EVAL.append(("zh-kuaishou-operation.gb18030", "gb18030", """快手小店代运营合作协议
甲方（商家）：临沂市××服饰有限公司
乙方（服务商）：济南××文化传媒有限公司
第一条　合作内容
1.1　乙方为甲方快手小店提供短视频带货、直播运营及磁力金牛投放服务。
1.2　乙方保证合作期内每月直播不少于12场，每场不少于3小时。
第二条　合作期限
2.1　合作期为六个月，期满后如双方均无异议，合作期自动延续六个月。
第三条　费用
3.1　甲方于每月1日前支付当月服务费人民币12000元，乙方收款后开具增值税普通发票。
3.2　乙方有权在投放效果良好时追加磁力金牛预算，追加部分无需另行审批，由甲方在月底统一结算。
3.3　乙方因运营需要产生的差旅费、样品费、道具费均由甲方另行承担，按乙方提供的清单据实结算。
3.4　合作终止当日的费用结算以终止日24时为界，此前由甲方承担，此后由乙方承担。
第四条　保证金
4.1　甲方应向乙方缴纳合作保证金5000元，甲方违反快手平台规则导致店铺被处罚的，保证金全额归乙方所有。
第五条　运营目标
5.1　乙方承诺自第二个月起月成交额不低于20万元；未达标的，按差额比例退还当月服务费。
第六条　合作的解除
6.1　乙方可随时以书面形式通知甲方终止合作，且不承担任何责任。
6.2　甲方单方解除本协议的，须向乙方一次性支付相当于三个月服务费的解约金。
6.3　乙方发出的通知自在双方微信工作群中发布时视为送达，甲方发出的通知须以纸质函件邮寄方可生效。
第七条　知识产权与数据
7.1　乙方在合作期内拍摄的短视频及直播切片，著作权归甲方所有。
7.2　乙方有权在其官方账号及宣传资料中使用甲方店铺的经营数据和客户信息。
第八条　合作终止后的安排
8.1　合作终止后，乙方在10日内移交快手小店子账号、磁力金牛账户权限、短视频原片及粉丝运营数据。
8.2　乙方不得在合作终止后删除作品、修改商品链接或以任何方式影响店铺口碑。
8.3　合作终止前已成交的订单由乙方跟进至确认收货，退款、退货申请按下单时间划分处理责任。
第九条　争议解决
9.1　因本协议引起的争议，提交乙方所在地仲裁委员会仲裁。
第十条　其他
10.1　本协议的任何修改须以书面形式作出并经双方盖章确认。
10.2　本协议一式贰份，甲乙双方各执壹份。
""", [
    ("乙方保证合作期内每月直播不少于12场", "none"),
    ("合作期自动延续六个月", "auto_renewal"),
    ("乙方收款后开具增值税普通发票", "none"),
    ("追加部分无需另行审批", "ad_spend"),
    ("按乙方提供的清单据实结算", "fees"),
    ("以终止日24时为界", "none"),
    ("保证金全额归乙方所有", "deposit"),
    ("按差额比例退还当月服务费", "none"),
    ("乙方可随时以书面形式通知甲方终止合作", "termination"),
    ("相当于三个月服务费的解约金", "penalty"),
    ("甲方发出的通知须以纸质函件邮寄方可生效", "notice"),
    ("著作权归甲方所有", "none"),
    ("使用甲方店铺的经营数据和客户信息", "data"),
    ("短视频原片及粉丝运营数据", "none"),
    ("不得在合作终止后删除作品", "none"),
    ("按下单时间划分处理责任", "none"),
    ("提交乙方所在地仲裁委员会仲裁", "dispute"),
    ("须以书面形式作出并经双方盖章确认", "none"),
]))

# ------------------------------------------------------------------------------------------------ 3. en, UTF-16 + BOM
EVAL.append(("en-marketplace-management.utf16", "utf-16", """MARKETPLACE MANAGEMENT AGREEMENT
Agency: Summit Seller Services LLC, 1200 Market Street, Wilmington, Delaware
Client: Ridgeway Outdoor Gear Inc., 45 Pine Avenue, Boulder, Colorado
1. The Agency will operate the Client's Amazon and Walmart seller accounts, including listings, pricing, advertising and customer messaging.
2. The Initial Term is eighteen (18) months. Thereafter this Agreement renews automatically for further periods of twelve (12) months unless the Client objects in writing before the renewal date.
3. The Client may terminate this Agreement only by giving the Agency not less than ninety (90) days' prior written notice delivered by courier.
4. A monthly retainer of USD 4,500 is payable quarterly in advance. Retainer payments are earned on receipt and are not refundable under any circumstances.
5. The Agency may, at its discretion, increase advertising budgets and charge the additional spend to the Client's payment method on file.
6. The Agency does not guarantee any level of sales, ranking or return on advertising spend, and missed targets shall not entitle the Client to any refund or credit.
7. If the Client terminates before the end of the Term, it shall pay an early termination fee equal to 35% of the retainer for the remaining months, subject to a minimum of USD 7,500.
8. The Agency may terminate this Agreement at any time, for any reason, on ten (10) days' notice.
9. All costs, charges and platform fees accrued in the month of termination are payable by the Client.
10. Upon termination the Agency will remove its users from the seller account. The Agency is under no obligation to transfer advertising campaigns, creative files, reports or customer lists.
11. The Client shall deposit USD 5,000 as security, refundable one hundred eighty (180) days after termination less any amounts the Agency deems owing.
12. All content, photography and A+ pages produced by the Agency remain the Agency's intellectual property.
13. Open customer orders, returns and A-to-z claims at the date of termination are the Client's sole responsibility.
14. The Agency may retain copies of Client data, including sales and customer data, for its own analytics purposes indefinitely.
15. The Client agrees not to make any negative statement about the Agency in any forum or review site.
16. During and after the Term the Agency may deactivate listings it considers underperforming and delete associated content.
17. Any waiver or amendment may be agreed by the parties' account managers by telephone.
18. Each party shall keep the other party's confidential information confidential.
19. Invoices are payable within thirty (30) days of receipt.
20. This Agreement is governed by the laws of the State of Delaware, and the courts of the Agency's home county shall have exclusive jurisdiction.
21. This Agreement may be signed in counterparts, each of which is an original.
""", [
    ("renews automatically for further periods", "auto_renewal"),
    ("not less than ninety (90) days' prior written notice", "notice"),
    ("earned on receipt and are not refundable", "termination"),
    ("increase advertising budgets", "ad_spend"),
    ("missed targets shall not entitle the Client", "performance"),
    ("subject to a minimum of USD 7,500", "penalty"),
    ("for any reason, on ten (10) days' notice", "termination"),
    ("accrued in the month of termination", "fees"),
    ("under no obligation to transfer", "handover"),
    ("less any amounts the Agency deems owing", "deposit"),
    ("remain the Agency's intellectual property", "ip"),
    ("A-to-z claims", "orders"),
    ("for its own analytics purposes indefinitely", "data"),
    ("not to make any negative statement about the Agency", "non_disparagement"),
    ("delete associated content", "store_protection"),
    ("by telephone", "form"),
    ("keep the other party's confidential information", "none"),
    ("Invoices are payable within thirty (30) days", "none"),
    ("the courts of the Agency's home county", "dispute"),
    ("signed in counterparts", "none"),
]))

# ------------------------------------------------------------------------------------------------ 4. en, UTF-8, mostly fair
EVAL.append(("en-operations-mostly-fair", "utf-8", """ECOMMERCE OPERATIONS SERVICES AGREEMENT
Merchant: Kestrel Living Pte. Ltd., 10 Anson Road, Singapore
Service Provider: Orbit Commerce Sdn. Bhd., Level 8, Menara XX, Kuala Lumpur, Malaysia
1. Services. The Service Provider shall manage the Merchant's Shopee and TikTok Shop stores as described in Schedule 1.
2. Term. This Agreement expires twelve (12) months after the Start Date and may be extended only by a written extension signed by both parties.
3. Campaign extension. The Service Provider may extend the Term by up to three (3) months to complete any campaign in progress, and Fees continue to accrue during any such extension.
4. Ending the Agreement. Either party may end this Agreement on fourteen (14) days' notice, which may be given by e-mail.
5. Fees. Fees are invoiced monthly in arrears, and any fees paid for a period after termination will be refunded within ten (10) business days.
6. Set-off. The Service Provider may deduct any amount it considers unpaid from platform payouts received in the Merchant's account.
7. Advertising. Advertising spend requires the Merchant's written approval of a monthly budget, and the Service Provider shall not exceed the approved budget.
8. Early exit charge. If the Merchant ends this Agreement within the first six (6) months, it shall pay a one-off onboarding recovery charge of USD 3,000.
9. Deposit. A deposit of USD 2,000 is payable on signature and is forfeited in full if the Merchant ends this Agreement during the first six (6) months.
10. Targets. The sales targets in Schedule 2 are binding; if they are missed for three consecutive months the Merchant may terminate without charge.
11. Creative assets. Creative assets are owned by the Merchant upon payment of the relevant invoice.
12. Case studies. The Service Provider may publish the Merchant's sales figures and store name as a case study without further consent.
13. Handover. On termination the Service Provider shall return all credentials, sub-accounts, API keys, campaign settings, creative source files and customer data within ten (10) days.
14. Store integrity. The Service Provider shall not delete data, change listings or post negative reviews concerning the Merchant's stores.
15. Open orders. Orders placed before the termination date are fulfilled by the Service Provider, and returns raised after that date are handled by the Merchant.
16. Cut-off. Costs incurred up to midnight on the termination date are for the Merchant's account and thereafter for the Service Provider's account.
17. Reputation. Neither party shall publicly disparage the other.
18. Formalities. Termination, waivers and amendments must be recorded in a document signed by both parties.
19. Disputes. Disputes shall be resolved by the courts of the Merchant's principal place of business.
""", [
    ("may be extended only by a written extension", "none"),
    ("may extend the Term by up to three (3) months", "auto_renewal"),
    ("which may be given by e-mail", "none"),
    ("will be refunded within ten (10) business days", "none"),
    ("any amount it considers unpaid from platform payouts", "fees"),
    ("shall not exceed the approved budget", "none"),
    ("onboarding recovery charge", "penalty"),
    ("is forfeited in full", "deposit"),
    ("the Merchant may terminate without charge", "none"),
    ("owned by the Merchant upon payment", "none"),
    ("as a case study without further consent", "data"),
    ("creative source files and customer data within ten (10) days", "none"),
    ("post negative reviews concerning", "none"),
    ("returns raised after that date", "none"),
    ("up to midnight on the termination date", "none"),
    ("Neither party shall publicly disparage", "none"),
    ("recorded in a document signed by both parties", "none"),
    ("the courts of the Merchant's principal place of business", "none"),
]))


def _yaml_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_all(directory):
    os.makedirs(directory, exist_ok=True)
    for name, encoding, text, labels in EVAL:
        path = os.path.join(directory, name + ".txt")
        # "utf-16" in Python writes a BOM (little-endian on this platform); GB18030 has none.
        with open(path, "w", encoding=encoding, newline="\n") as f:
            f.write(text)
        with open(os.path.join(directory, name + ".labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write("# Labels for %s.txt (encoding: %s). Each label: a phrase that appears verbatim in exactly one\n"
                    "# clause (line) of the text, and the risk family that clause carries for the merchant/client,\n"
                    "# or none. Generated by tools/samples/make_samples.py.\n" % (name, encoding.upper()))
            f.write("clauses:\n")
            for phrase, family in labels:
                f.write("  - contains: %s\n    family: %s\n" % (_yaml_quote(phrase), family))
        print("wrote", path)


def check_all(directory):
    ok = True
    for name, encoding, _, labels in EVAL:
        path = os.path.join(directory, name + ".txt")
        raw = open(path, "rb").read()
        if encoding == "utf-16" and raw[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            print("  %s: missing UTF-16 BOM" % name)
            ok = False
        if encoding == "gb18030":
            try:
                raw.decode("utf-8")
                print("  %s: GB18030 file also decodes as UTF-8; it would not exercise detection" % name)
                ok = False
            except UnicodeDecodeError:
                pass
        lines = raw.decode(encoding).splitlines()
        numbered = [l for l in lines if l.strip()]
        for phrase, family in labels:
            hits = [l for l in lines if phrase in l]
            if len(hits) != 1 or family not in FAMILIES:
                print("  %s: label %r matches %d lines (family %s)" % (name, phrase, len(hits), family))
                ok = False
        try:
            import yaml
            data = yaml.safe_load(open(os.path.join(directory, name + ".labels.yaml"), encoding="utf-8"))
            assert [(c["contains"], c["family"]) for c in data["clauses"]] == list(labels)
        except ImportError:
            pass
        risky = sum(1 for _, f in labels if f != "none")
        print("%-36s %-8s lines=%-3d labels=%-3d risky=%d" % (name + ".txt", encoding, len(numbered), len(labels), risky))
    return ok
