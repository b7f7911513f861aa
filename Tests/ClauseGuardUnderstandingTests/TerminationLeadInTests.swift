import Testing
import ClauseGuardUnderstanding

/// A right to terminate ending on a colon is a list's lead-in even without 下列 / "following" ("Either Party may
/// terminate this Agreement … if:", 乙方有权终止合同的情况：): each item is a cause, and the lead-in names no right at will.
@Suite struct TerminationLeadInTests {
    @Test func englishLeadInEndingOnIf() throws {
        let u = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Client\") and Northwind LLC (\"Agency\").",
            "8.3 Either Party may terminate this Agreement immediately by written notice to the other Party if:",
            "(a) the other Party materially breaches this Agreement and does not cure the breach within twenty (20) days;",
            "(b) the other Party becomes insolvent.",
        ])
        let items = u.keyTerms.filter { $0.family == .termination && $0.location.blockIndex >= 2 }
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0.trigger == .for_cause })
    }

    /// The end stated under a condition its items complete ("This Agreement terminates automatically if a party:") leads
    /// a list of causes too; a lead-in that starts with the condition ("If this Agreement terminates, the Client shall:")
    /// lists what follows an ending, no causes.
    @Test func anEndStatedOnAConditionLeadsItsItems() {
        let u = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Client\") and Northwind LLC (\"Agency\").",
            "13.5 This Agreement terminates automatically if a party:",
            "13.5.1 is placed under business rescue or in provisional or final liquidation; or",
            "13.5.2 commits an act of insolvency as defined in the Insolvency Act, 1936.",
            "13.7 If this Agreement terminates for any reason, the Client shall:",
            "13.7.1 pay all fees due; and",
            "13.7.2 return the materials.",
        ])
        let terms = u.keyTerms.filter { $0.family == .termination }
        #expect(terms.filter { (2...3).contains($0.location.blockIndex) }.count == 2)
        #expect(terms.filter { $0.location.blockIndex == 2 || $0.location.blockIndex == 3 }.allSatisfy { $0.trigger == .for_cause })
        #expect(!terms.contains { $0.location.blockIndex >= 5 })
    }

    /// A right whose verbs are all in its items ("If an Event of Default occurs, the Landlord may, in addition to any other
    /// remedy:" then "(a) re-enter the Premises and terminate this Lease…") gives each item its holder; a lease's ending
    /// stated with the lease as its subject ("this Lease shall terminate automatically") has no party as its holder.
    @Test func aLeasesRemediesAndItsOwnEnding() throws {
        let u = PackageLexicons.understand([
            "This Lease is made between Acme Inc. (the \"Tenant\") and Fraser Holdings Ltd. (the \"Landlord\").",
            "11.03 If the building is expropriated in whole, or in part such that the Tenant cannot reasonably operate its business from the remaining Premises, this Lease shall terminate automatically on the date of taking, and each party may claim compensation from the expropriating authority.",
            "12.02 If an Event of Default occurs, the Landlord may, in addition to any other remedy available at law:",
            "(a) re-enter the Premises and terminate this Lease by written notice to the Tenant;",
            "(b) sue for the Rent as it falls due.",
        ])
        let terms = u.keyTerms.filter { $0.family == .termination }
        let taking = try #require(terms.first { $0.location.blockIndex == 1 })
        #expect(taking.party == nil)
        let remedy = try #require(terms.first { $0.location.blockIndex == 3 })
        #expect(remedy.party?.role == .provider)
        #expect(!terms.contains { $0.location.blockIndex == 4 })
    }

    /// Items labelled in roman numerals ("(i)", "(ii)", "(iii)") and a list past its ninth item ("9.", "10.") are one list.
    @Test func romanNumeralsAndTwoDigitLabelsKeepTheList() {
        let english = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Client\") and Northwind LLC (\"Agency\").",
            "10.1 Either Party may terminate this Agreement with immediate effect by written notice to the other Party if the other Party:",
            "(i) commits a material breach of this Agreement and fails to remedy it within 14 days;",
            "(ii) becomes insolvent or has a receiver appointed over any of its assets; or",
            "(iii) ceases or threatens to cease to carry on business.",
        ])
        #expect(english.keyTerms.filter { $0.family == .termination && $0.location.blockIndex >= 2 }.count == 3)
        let chinese = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方有下列情形之一的，乙方有权解除本合同：",
                                                  "9. 甲方逾期付款的；", "10. 甲方擅自另行委托第三方运营的；", "11. 甲方经营范围违法的。"])
        #expect(chinese.keyTerms.filter { $0.family == .termination && $0.location.blockIndex >= 3 }.count == 3)
    }

    /// "… may terminate this Agreement if Provider:" then "(a) commits a material breach": the item's cause names its
    /// subject from the lead-in.
    @Test func anItemsSubjectComesFromTheLeadIn() throws {
        let u = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Customer\") and Northwind LLC (\"Provider\").",
            "7.2 Customer may terminate this Agreement only for cause, if Provider:",
            "(a) commits a material breach of this Agreement that remains uncured thirty (30) days after written notice;",
        ])
        let item = try #require(u.keyTerms.first { $0.family == .termination && $0.location.blockIndex == 2 })
        #expect(item.cause?.hasPrefix("Provider commits a material breach") == true)
    }

    /// Items labelled with circled numbers (① ② ③), which NFKC turns into bare digits, are one list: each is a cause.
    @Test func circledNumberItemsAreOneList() {
        let u = PackageLexicons.understand([
            "甲方(加盟方)：某品牌管理有限公司", "乙方(加盟商)：某餐饮店",
            "8.1 乙方有下列情形之一的，甲方有权单方解除本合同，并无需承担任何责任：",
            "① 自行采购或使用非指定物料的；", "② 擅自更改产品配方或售价的；", "③ 逾期支付任何款项超过十日的；",
        ])
        let items = u.keyTerms.filter { $0.family == .termination && $0.location.blockIndex >= 3 }
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0.trigger == .for_cause })
    }

    /// Plain English "these Terms" is the contract: "Either of us may end these Terms … if the other:" leads a list.
    @Test func endingTheseTermsIsTermination() {
        let u = PackageLexicons.understand([
            "These terms are made between Kestrel Listings Ltd (\"Kestrel\", \"we\") and Oakden Cycle Parts Limited (the \"Client\", \"you\").",
            "(b) Either of us may end these Terms straight away by written notice if the other:",
            "(i) commits a serious breach of these Terms and does not put it right within 14 days;",
            "(ii) becomes insolvent or enters liquidation.",
        ])
        #expect(u.keyTerms.filter { $0.family == .termination }.count == 3)
        let service = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Client\") and Northwind LLC (\"Agency\").",
            "Either of us can end this service agreement at any time, for any reason, by giving the other at least 14 days' notice by email.",
        ])
        #expect(service.keyTerms.first { $0.family == .termination }?.trigger == .at_will)
        // …and "these Terms end automatically" is the contract ending by itself.
        let automatic = PackageLexicons.understand([
            "These terms are made between Kestrel Listings Ltd (\"Kestrel\", \"we\") and Oakden Cycle Parts Limited (the \"Client\", \"you\").",
            "(e) If eBay permanently suspends the Shop, these Terms end automatically on the date of the suspension.",
        ])
        #expect(automatic.keyTerms.contains { $0.family == .termination })
        // A month-to-month tenancy after the lease is ended the same way.
        let tenancy = PackageLexicons.understand([
            "This Lease is made between Acme Inc. (\"Tenant\") and Northwind LLC (\"Landlord\").",
            "14.04 Either party may end a month-to-month tenancy arising under Section 14.01 by giving the other not less than one month's written notice.",
        ])
        #expect(tenancy.keyTerms.first { $0.family == .termination }?.trigger == .at_will)
    }

    /// Numbers keep their depth: after the items 11.2.1–11.2.2 of the lead-in 11.2, clause 11.6 is none of them (a bar
    /// on cancelling is no right of 11.2's holder).
    @Test func aClauseAfterMultiLevelItemsIsNoItem() {
        let u = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Party B\") and Northwind LLC (\"Party A\").",
            "11.2 Party A may terminate this Agreement on written notice to Party B if:",
            "11.2.1 Party B fails to pay any amount within 30 days of its due date;",
            "11.2.2 Party B supplies counterfeit products.",
            "11.6 Neither party shall be entitled to cancel this Agreement on account of a breach that has been remedied within the cure period.",
        ])
        #expect(u.keyTerms.filter { $0.family == .termination && (2...3).contains($0.location.blockIndex) }.count == 2)
        #expect(!u.keyTerms.contains { $0.family == .termination && $0.location.blockIndex == 4 })
    }

    @Test func chineseLeadInNamingTheCases() throws {
        let u = PackageLexicons.understand([
            "甲方(委托方)：某店", "乙方(服务方)：某公司",
            "3、乙方有权终止合同的情况：", "（1）甲方拖欠托管费超过五天的；", "（2）甲方私自登录后台修改价格，造成乙方无法正常运营的。",
        ])
        let terms = u.keyTerms.filter { $0.family == .termination }
        #expect(terms.count == 3)
        #expect(!terms.contains { $0.trigger == .at_will })
    }

    /// Near miss: a sentence ending on a colon that grants no termination leads no list of causes.
    @Test func aColonWithoutARightLeadsNothing() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "3、乙方的义务：", "（1）按时提交月度运营报告；"])
        #expect(!u.keyTerms.contains { $0.family == .termination })
    }

    /// "(c) Either of us can end … if the other:", "(i)" … "(iii)", then "(d) We can end …" and "(g) We may pause our work
    /// …": a label next after the lead-in's own ("(d)" after "(c)") is its sibling, so "(g)" is no item of "(c)".
    @Test func aSiblingLabelEndsTheList() {
        let u = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Client\") and Northwind LLC (\"Agency\").",
            "(c) Either Party may end this agreement immediately by written notice if the other:",
            "(i) commits a serious breach of this agreement and does not fix it within 10 business days;",
            "(ii) becomes bankrupt or insolvent.",
            "(d) Agency may end this agreement by giving 7 days' written notice if any invoice remains unpaid for more than 30 days.",
            "(g) Agency may pause its work on the Accounts while any invoice is more than 20 days overdue.",
        ])
        #expect(u.keyTerms.filter { $0.family == .termination && $0.location.blockIndex == 5 }.isEmpty)
        #expect(u.keyTerms.filter { $0.family == .termination && (2...4).contains($0.location.blockIndex) }.count == 3)
    }

    /// An item's frame spans its whole block: the block's first sentence is still read on its own, so a later
    /// sentence's "no Early Termination Fee" does not unsay the fee the first one sets.
    @Test func anItemsFirstSentenceIsReadOnItsOwn() {
        let u = PackageLexicons.understand([
            "This Agreement is between MiddleBrook Inc. (\"MBRK\") and Deerfield Inc. (\"Provider\").",
            "This Agreement may be terminated as follows:",
            "(e) Either party may terminate this Agreement upon a material breach by the other.",
            "(f) If MBRK terminates this Agreement in the first year for any reason, then MBRK will pay Provider an Early Termination Fee. "
                + "If the Agreement is terminated in year 2 by MBRK, then MBRK will pay Provider no Early Termination Fee.",
        ])
        #expect(u.keyTerms.contains { $0.family == .penalty && $0.location.blockIndex == 3 })
    }
}
