#!/usr/bin/env python3
"""Writes labels.jsonl for the zh-real e-commerce shop-management set (hand labels live here)."""
import json, os
R = "reviewer"
ROOT = os.path.dirname(os.path.abspath(__file__))
recs = []

def rec(slug, title, url, complete, parties, term=(), pen=(), notice=(), auto=(), hard=(), note=None):
    r = {"file": f"texts/{slug}.txt", "lang": "zh", "source_url": url, "labels_by": R, "title": title,
         "complete": complete, "parties": parties,
         "labels": {"termination": list(term), "penalty": list(pen), "notice": list(notice), "auto_renewal": list(auto)},
         "hard_negatives": list(hard)}
    if note:
        r["note"] = note
    recs.append(r)

def P(label, role, evidence, name=""):
    return {"label": label, "role": role, "name": name, "evidence": evidence}

def T(text, holder, trigger, note=None):
    d = {"text": text, "src": R, "holder": holder, "trigger": trigger}
    if note: d["note"] = note
    return d

def PEN(text, payer, note=None, **kw):
    d = {"text": text, "src": R, "payer": payer}
    d.update(kw)
    if note: d["note"] = note
    return d

def N(text, days, purpose, written_only=None, note=None):
    d = {"text": text, "src": R, "notice_days": days, "purpose": purpose}
    if written_only is not None: d["written_only"] = written_only
    if note: d["note"] = note
    return d

def A(text, automatic, renewal_term=None, note=None):
    d = {"text": text, "src": R, "automatic": automatic}
    if renewal_term is not None: d["renewal_term"] = renewal_term
    if note: d["note"] = note
    return d

def H(family, text, note):
    return {"family": family, "text": text, "src": R, "note": note}

# 1 ---------------------------------------------------------------
s8 = ("甲方因故延迟或拒绝支付相应的技术服务费、佣金收益、营销推广费用的节假日/特殊原因除外,乙方有权暂停提供甲方的运营服务,"
      "在甲方支付后再重新提供服务;如暂停服务1月后甲方仍未支付,则乙方有权立即终止与甲方的合作协议,要求甲方立即支付应付未付金额,"
      "并有权按照应付未付金额要求甲方按照日千分之五的标准支付滞纳金。")
s10 = "若在乙方已完成当年度销售额目标的情况下甲方单方面终止本合作协议,则乙方有权要求甲方支付违约金,违约金的金额按终止合作当日往前推算半年的实际销售额剩以该年度的佣金提"
rec("wangdian-daiyunying-hezuo-renrendoc-8879467", "网店代运营合作协议", "https://www.renrendoc.com/p-8879467.html", False,
    [P("甲方", "client", "甲方因故延迟或拒绝支付相应的技术服务费、佣金收益、营销推广费用"),
     P("乙方", "provider", "乙方有权暂停提供甲方的运营服务")],
    term=[T(s8, "provider", "for_cause", "provider may terminate after 1 month of suspended service for non-payment"),
          T("若乙方无法达成当年度的销售额目标,则甲方有权单方终止本合作协议。", "client", "missed_target"),
          T(s10, "client", "at_will", "implied unilateral termination by the client, priced by a termination fee; sentence cut off at the end of the stored text")],
    pen=[PEN(s8, "client", "late-payment interest", percent=0.5, per_day=True, base="应付未付金额"),
         PEN(s10, "client", "termination fee when the client terminates although the target was met; sentence cut off",
             base="终止合作当日往前推算半年的实际销售额 × 该年度佣金提成比例")],
    hard=[H("penalty", "协议一方不履行协议义务或者履行义务不符合协议约定而给另一方造成损失的,应承担损害赔偿责任。", "bare damages, no agreed sum")],
    note="stored page starts mid-contract (clause 5 onward) and ends inside clause 7; page markers 1/4, 2/4 removed")

# 2 ---------------------------------------------------------------
rec("daiyunying-muban-tongyong-360docs-113852724", "代运营合同模版通用版(篇1)", "https://www.360docs.net/doc/113852724.html", True,
    [P("甲方", "client", "甲方:(委托方);甲方委托乙方负责对其相关业务的运营管理"),
     P("乙方", "provider", "乙方:(代运营方)")],
    term=[T("2. 一方违约的,另一方有权解除合同,并要求赔偿损失。", "both", "for_cause"),
          T("1. 双方协商一致,可提前解除合同。", "both", "mutual")],
    hard=[H("termination", "本合同自双方签订之日起生效,至甲方需求终止为止,但最短期限不得少于1年。", "term definition (open-ended term with a one-year minimum), not an early-termination right"),
          H("termination", "2. 合同终止后,双方仍应当确保保密责任的履行。", "survival clause"),
          H("notice", "任何一方如需变更合同内容,应当提前书面告知对方,并取得对方的同意。", "advance notice without a period, and about amendment"),
          H("penalty", "1. 任何一方未履行合同义务的,应当赔偿对方因此造成的损失,包括但不限于经济损失和声誉损失。", "bare damages")],
    note="nearly complete: only the end of the last boilerplate item (一式贰份) and the signature block are missing; page also holds 5 further templates that were not captured")

# 3 ---------------------------------------------------------------
rec("douyin-daiyunying-fanben-renrendoc-338979383", "抖音代运营合同范本", "https://renrendoc.com/paper/338979383.html", False,
    [P("委托方", "client", "委托方应支付乙方服务费用 (the text never uses the label 甲方)"),
     P("乙方", "provider", "乙方作为代运营服务商")],
    notice=[N("2.2若双方同意续约,应提前一个月书面通知对方。", 30, "other", True, "notice of intention to renew")],
    hard=[H("auto_renewal", "2.2若双方同意续约,应提前一个月书面通知对方。", "renewal needs agreement of both parties"),
          H("penalty", "6.1若乙方未能达到本合同约定的运营目标,应按照约定向委托方支付", "penalty clause for missed targets, but the stored text stops before the amount; not labelled")],
    note="stored text ends at 6.1 (违约责任); clause 1.1 missing in the source")

# 4 ---------------------------------------------------------------
rec("wangdian-daiyunying-hetongshu-cornels-279350822", "網店代運營合同書", "http://m.cornels-photography.com/paper/279350822.html", False,
    [P("甲方", "client", "甲方(委托方);甲方委托乙方對其所經營的[網店名稱]進行代運營"),
     P("乙方", "provider", "乙方(代運營方)")],
    pen=[PEN("如乙方未按時向甲方提交成交額報表或未按時結算費用,甲方可按照實際成交額的[雙倍/三倍/自定倍數]向乙方追加違約金。", "provider",
             "multiple of turnover as liquidated damages for late reporting/settlement", amount="blank", base="實際成交額 × [雙倍/三倍/自定倍數]")],
    hard=[H("penalty", "甲方不得通過其他渠道對網店的運營進行干擾,如直接與客戶溝通、擅自更改商品價格或活動規(guī)則等,如甲方違反該規(guī)定造成損失,由甲方賠償乙方因此產生的全部直接損失。", "bare damages")],
    note="traditional-script mirror of a renrendoc page; some words carry inline pinyin (e.g. 協(xié)議) from the mirror, kept as is")

# 5 ---------------------------------------------------------------
rec("zhibo-daiyunying-jianduan-meidekan-120852801", "直播代运营合作协议范文简短篇一", "https://www.meidekan.com/zuowen/120852801.html", False,
    [P("甲方", "client", "甲方组织提供产品;乙方委派合作主播为甲方提供产品推广活动"),
     P("乙方", "provider", "由乙方策划……乙方委派合作主播")],
    hard=[H("penalty", "3、乙方为甲方提供产品销售“保量”服务以周期内完成,计时以第一次开播时间为准,若乙方在款项到账、样品到达后内未安排主播排期,则需退回甲方全部前置金额,乙方需按照甲方实际投入金额(前置费用元)为甲方100%完成带货推广任务,如到期未100%完成指标,则应在到期后的30个工作日内按照实际销售比例退还甲方相应投入费用,退款至甲方指定账户。合作期内甲方需为乙方提供“保价”服务,即乙方推广商品的实际销售金额,含优惠价格(不仅限于优惠价)应保持约定价格,“保价”产品应以附页方式附于本协议末(附一)。",
            "performance guarantee: refund of prepaid fees in proportion to the shortfall, not an agreed penalty; 30 working days is a refund deadline, not a notice period")],
    note="first of 20 samples on the page; stored text ends inside item 5")

# 6 ---------------------------------------------------------------
rec("daiyunying-hezuo-jingdian-taowenge-97527848", "代运营合作协议(经典版)", "https://taowenge.com/p-97527848.html", False,
    [P("甲方", "client", "甲方是拥有并提供商品或服务的网站、应用程序或其他平台的权利人;甲方希望利用乙方的代运营服务"),
     P("乙方", "provider", "乙方是具备代运营能力的专业团队或个人")],
    auto=[A("2.2 除非一方提前终止本协议,否则本协议到期后自动续约_年。", True, "blank years")],
    note="site chunk markers (2、 3、) inside sentences removed; stored text ends in 3.4")

# 7 ---------------------------------------------------------------
a7 = "1. 本协议期满前1 周内双方均无终止合作表示时的,本协议事宜以相同条件自动顺延至项目完成止。"
t7 = "2. 正常情况下,若任一方有特殊原因,欲提前终止本协议时,应于1 周前,以书面形式通知对方,并在得到对方书面同意后,方可终止本协议。"
rec("douyin-dou-daichong-doczj-6b11965111", "抖音代运营DOU+代充及运营服务合同协议范本", "http://biz.doczj.com/doc/6b11965111.html", False,
    [P("甲方", "provider", "乙方委托甲方开展宣传及数据推广服务;甲方接受乙方委托", name="杭州XXXX科技有限公司"),
     P("乙方", "client", "乙方首次缴纳的保证金……服务费用5000 元")],
    term=[T(t7, "both", "mutual", "early termination needs one week's written notice and the other party's written consent")],
    notice=[N(t7, 7, "termination", True),
            N(a7, 7, "non_renewal", None, "window: a party must signal termination within the last week before expiry, otherwise the contract extends")],
    auto=[A(a7, True, "until the project is completed, same terms")],
    hard=[H("penalty", "1. 乙方首次缴纳的保证金为人民币10,000.00 元,(大写:壹万元整)为作为服务押金。于本协议生效之日起三个工作日内支付。服务结束三日内退还。", "refundable deposit, no forfeiture stated")],
    note="PDF line breaks inside sentences joined; stored text ends in 四.5")

# 8 ---------------------------------------------------------------
rec("dianshang-yunying-waibao-renrendoc-388695596", "商城等电子商务运营外包服务协议书范本", "https://renrendoc.com/paper/388695596.html", False,
    [P("甲方", "client", "甲方(委托方);甲方委托乙方提供电子商务运营外包服务"),
     P("乙方", "provider", "乙方(受托方)")],
    hard=[H("auto_renewal", "2.2服务期限届满前____个月,双方应就是否续签本协议进行协商。若双方同意续签,应另行签订书面协议。", "renewal needs a new written agreement"),
          H("notice", "2.2服务期限届满前____个月,双方应就是否续签本协议进行协商。若双方同意续签,应另行签订书面协议。", "time to negotiate renewal, not a notice period")],
    note="stored text ends in 3.2")

# 9 ---------------------------------------------------------------
rec("shipinhao-yunying-360docs-0527208155", "视频号运营服务协议合同", "https://360docs.net/doc/0527208155.html", False,
    [P("甲方", "client", "甲方(委托方);甲方委托乙方运营视频号"),
     P("乙方", "provider", "乙方(受托方)")],
    hard=[H("auto_renewal", "2.2合同到期后,如双方同意续约,应签订书面续约协议。", "renewal needs a new written agreement")],
    note="stored text ends in 4.5")

# 10 --------------------------------------------------------------
rec("zhubo-daihuo-kengweifei-douchai-316075219", "主播直播带货合作协议(坑位费+CPS)", "https://m.douchai.cn/document/316075219.html", False,
    [P("甲方", "client", "甲方是一家向消费者提供商品的经营者;甲方向乙方支付的坑位费用"),
     P("乙方", "provider", "乙方是一名……网络主播,愿意与甲方合作直播带货")],
    term=[T("5.甲方有权对乙方的直播内容进行审核,如发现乙方违反法律、法规或本协议的规定将予以制约或终止合作。", "client", "for_cause")],
    note="live-commerce streamer agreement (adjacent to shop management); stored text ends in 三.3")

# 11 --------------------------------------------------------------
rec("xiaohongshu-daiyunying-bubsandbeans-358249620", "小紅書代運營協議模板(第一篇)", "http://bubsandbeans.com/paper/358249620.html", False,
    [P("甲方", "client", "甲方(委托方);有意將其在小紅書平臺上進(jìn)行推廣"),
     P("乙方", "provider", "乙方(代運(yùn)營方)")],
    hard=[H("auto_renewal", "協(xié)議期滿前______個(gè)工作日,雙方應(yīng)就續(xù)簽事宜進(jìn)行協(xié)商。", "renewal only by negotiation"),
          H("notice", "協(xié)議期滿前______個(gè)工作日,雙方應(yīng)就續(xù)簽事宜進(jìn)行協(xié)商。", "time to negotiate renewal, not a notice period")],
    note="traditional-script mirror with inline pinyin artifacts; stored text ends after 三.3")

# 12 --------------------------------------------------------------
rec("douyin-zhanghao-daiyunying-bubsandbeans-335107551", "抖音賬號代運營合作協議范文", "http://bubsandbeans.com/paper/335107551.html", False,
    [P("甲方", "client", "乙方作為甲方賬號的代運營服務商;甲方應支付乙方服務費用"),
     P("乙方", "provider", "乙方作為甲方賬號的代運營服務商")],
    hard=[H("termination", "2.2除非一方提前終止本協(xié)議,否則雙方應繼續(xù)履行本協(xié)議約定的義務。", "mentions early termination but grants no right and names no cause"),
          H("auto_renewal", "2.2除非一方提前終止本協(xié)議,否則雙方應繼續(xù)履行本協(xié)議約定的義務。", "continuation during the term, not renewal after expiry")],
    note="traditional-script mirror with some inline pinyin; stored text ends in 4.2")

# 13 --------------------------------------------------------------
rec("waimai-daiyunying-taodocs-720332350", "餐饮外卖运营服务协议(外卖代运营服务协议)", "https://m.taodocs.com/p-720332350.html", False,
    [P("甲方", "client", "甲方拥有(餐厅品牌)的所有权和经营权;甲方委托乙方运营甲方所有现有及日后新开门的互联网线上外卖服务"),
     P("乙方", "provider", "甲方委托乙方运营……线上外卖服务")],
    hard=[H("auto_renewal", "2、 对于乙方提出的策划方案和营销方案,甲方需在1日内完成审核并提供反馈意见,如果24小时内无答复视为同意;", "deemed approval of a marketing plan, not deemed renewal"),
          H("notice", "2、 对于乙方提出的策划方案和营销方案,甲方需在1日内完成审核并提供反馈意见,如果24小时内无答复视为同意;", "review deadline, not an advance-notice period")],
    note="preview skips part of the text (gap after 旗下拥有^^家餐厅); line breaks inside words joined")

# 14 --------------------------------------------------------------
rec("dianpu-daiyunying-xieyi-boteman-327900413", "店鋪代運營協議(2023-2024店鋪代運營合同樣本)", "http://m.boteman.cn/paper/327900413.html", False,
    [P("甲方", "provider", "乙方希望委托甲方代為運營其線上店鋪;甲方為乙方提供的線上店鋪運營服務"),
     P("乙方", "client", "乙方應向甲方支付代運營服務費用")],
    hard=[H("notice", "3.3支付時間:乙方應在每季度結束后的15個工作日內(nèi),向甲方支付上一季度的服務費用。", "payment deadline after the quarter, not an advance-notice period")],
    note="甲方 is the operator here; traditional-script mirror with inline pinyin; stored text ends in 4.1")

# 15 --------------------------------------------------------------
rec("dianpu-daiyunying-isangil-5158368", "店鋪代運營合同(范本精選12篇 之1)", "http://m.isangil.net/hetongfanben/5158368.html", False,
    [P("甲方", "client", "甲方委托乙方推廣的營銷項目"),
     P("乙方", "provider", "甲方委托乙方推廣的營銷項目")],
    hard=[H("auto_renewal", "第三條合同履行期限按照附件規(guī)定的工作進(jìn)度決定,經(jīng)雙方協(xié)商一致,可以延長該期限(以下統(tǒng)稱合同期限)。", "extension only by agreement")],
    note="traditional-script mirror with inline pinyin; site spam header removed; stored text ends in 第四條 2; a marketing-promotion variant of 代运营")

# 16 --------------------------------------------------------------
rec("dianpu-tuoguan-xieyi-qiqiwenku-669935", "店铺托管服务协议(节选,标题未存)", "https://m.qiqiwenku.com/doc/669935.html", False,
    [P("甲方", "client", "甲方换店铺的唯一前提是因为违规被所属电商平台强行封店 (甲方 owns the shop; inferred, uncertain)"),
     P("乙方", "provider", "本合同中签订的店铺为乙方唯一认可的给甲方提供托管服务的店铺 (inferred, uncertain)")],
    term=[T("如发生不可抗力致使本协议的履行成为不可能,本协议终止,遭受不可抗力的一方无须为前述因不可抗力导致的本协议终止承担责任。", "automatic", "other", "force majeure dissolution"),
          T("(一)本协议于以下情形之一发生时终止:", "both", "other", "lead-in of a list of termination events"),
          T("1. 双方协议一致同意终止本协议的;", "both", "mutual"),
          T("2. 根据本协议第六条的约定终止的;", "automatic", "other", "refers to the force-majeure article"),
          T("3.由于本协议一方严重违反本协议,致使本协议的履行和完成成为不可能,在此情形下,另一方有权单方以书面通知方式终止本协议。", "both", "for_cause")],
    hard=[H("notice", "3.由于本协议一方严重违反本协议,致使本协议的履行和完成成为不可能,在此情形下,另一方有权单方以书面通知方式终止本协议。", "written notice required but no advance period"),
          H("penalty", "2.如果本协议根据第七条第3项的规定而终止,违约方应当就其因此而给守约方造成的损失向守约方做出足额补偿。", "bare damages")],
    note="stored page is a preview that starts mid-contract (end of the force-majeure article) and ends at 第十条; Р separators turned into line breaks")

with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), "records")
