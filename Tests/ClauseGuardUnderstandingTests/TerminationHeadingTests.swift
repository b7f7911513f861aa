import Testing
import ClauseGuardModel
import ClauseGuardUnderstanding

/// Key terms read from where a clause stands and from values the lexicon hides: termination under a heading that names
/// it, a notice lead inside a longer word, blank template periods before expiry, interest for late payment.
@Suite struct TerminationHeadingTests {
    /// Parties, then one article: its heading and its clauses.
    private func understand(heading: String, _ clauses: [String]) -> ContractUnderstanding {
        var blocks = [Block(index: 0, text: "甲方：某店"), Block(index: 1, text: "乙方：某服务公司")]
        for text in [heading] + clauses {
            var block = Block(index: blocks.count, text: text, clausePath: ["五"])
            block.articleDepth = 1
            blocks.append(block)
        }
        return PackageLexicons.understander.understand(ContractDocument(source: "test.txt", format: .txt, blocks: blocks))
    }

    private func terminationExcerpts(_ u: ContractUnderstanding) -> [String] {
        u.keyTerms.filter { $0.family == .termination }.map(\.location.excerpt)
    }

    @Test func terminationStatedWithoutAModalUnderATerminationHeading() {
        let clauses = ["双方到服务中心办妥解除手续，本合同方告终止。", "因不可抗力致使合同目的不能实现而终止（写明具体原因）。",
                       "乙方如需中止委托，应提前十日向甲方提交书面申请。"]
        let u = understand(heading: "五、合同的解除与中止：", clauses)
        #expect(terminationExcerpts(u).count == 3)
        #expect(u.frames.contains { $0.action == .terminate && $0.heading == 2 })
    }

    /// A studio's article "不想做了怎么办": "甲方想提前不做，提前10天跟乙方说一声就行" (提前不做, leaving early) is the merchant's
    /// termination with its notice.
    @Test func leavingEarlyInAStudiosWordsUnderItsHeading() {
        let u = understand(heading: "7. 不想做了怎么办", ["（1）甲方想提前不做，提前10天跟乙方说一声就行，当月的托管服务费按实际天数算，保证金照退。"])
        let termination = u.keyTerms.first { $0.family == .termination }
        #expect(termination?.party?.text == "甲方")
        #expect(termination?.values.notice?.days == 10)
    }

    /// A bar whose exception is the way out (不得单方解除，但提前六十日书面通知并支付解约费的除外): the notice gives the
    /// right, under a termination heading too, where the bar itself is no term.
    @Test func aBarWithANoticeExceptionUnderTheHeadingIsATerminationRight() {
        let u = understand(heading: "第八条 合同的解除", ["8.3 甲方在服务期内不得单方解除本合同，但甲方提前六十日以书面形式通知乙方并支付提前解约费的除外。"])
        let termination = u.keyTerms.first { $0.family == .termination }
        #expect(termination?.modality == .right)
        #expect(termination?.party?.role == .client)
        #expect(termination?.values.notice?.days == 60)
    }

    @Test func sameClausesUnderAnotherHeadingAreNoTerminationTerms() {
        // (With a notice period the second would be a notice of termination, a termination term anywhere.)
        let u = understand(heading: "五、服务内容：", ["双方到服务中心办妥解除手续，本合同方告终止。", "乙方如需中止委托，应向甲方提交书面申请。"])
        #expect(terminationExcerpts(u).isEmpty)
    }

    @Test func whatFollowsTheEndIsNoTerminationTermUnderTheHeading() {
        let u = understand(heading: "五、合同的终止", ["合同终止后，乙方应归还甲方的全部资料。", "本合同解除时，双方结清已发生的费用。"])
        #expect(terminationExcerpts(u).isEmpty)
    }

    @Test func aCaseOfTerminationClosingAListItemIsATerm() {
        let u = understand(heading: "第七条 协议终止", ["(一)本协议于以下情形之一发生时终止:", "2. 依照本协议第三条的约定终止的;"])
        #expect(terminationExcerpts(u).contains { $0.contains("第三条的约定终止的") })
    }

    @Test func beforeExpiryIsNotANegationOfTheAction() {
        let u = PackageLexicons.understand(["合同未到期双方均要解除合同，各付违约金一百元。"])
        #expect(u.frames.contains { $0.action == .terminate && !$0.negated })
    }

    @Test func noticeLeadHiddenInsideAWrittenNotice() {
        let u = PackageLexicons.understand(["甲方：某店", "乙方：某公司", "在向乙方发出书面通知后的45天，甲方有权解除本合同。"])
        let notice = u.keyTerms.first { $0.family == .notice }
        #expect(notice?.values.notice?.days == 45)
    }

    @Test func blankPeriodBeforeExpiryIsAnUnstatedNotice() {
        let u = PackageLexicons.understand(["本合同期满前××个月，任何一方可提出续签合同的要求。"])
        #expect(u.keyTerms.contains { $0.family == .notice && $0.values.noticeUnstated })
    }

    @Test func interestForLatePaymentIsAPenaltyButALoansInterestIsNot() {
        let late = PackageLexicons.understand(["甲方：某店", "乙方：某公司", "乙方未按期支付的款项，应按每月1%的利率向甲方支付利息。"])
        #expect(late.keyTerms.contains { $0.family == .penalty })
        let loan = PackageLexicons.understand(["甲方：某店", "乙方：某公司", "乙方应按年利率5%向甲方支付借款利息。"])
        #expect(!loan.keyTerms.contains { $0.family == .penalty })
    }

    @Test func repossessingTheLeasedGoodsIsATerminationMeasure() {
        let u = PackageLexicons.understand(["甲方：某租赁公司", "乙方：某店", "乙方拖欠租金的，甲方有权收回租赁物并要求乙方赔偿损失。"])
        #expect(!terminationExcerpts(u).isEmpty)
    }

    /// A bar is no right to leave, on both sides or on one (the rule termination.client-may-not-terminate flags the
    /// merchant's), nor is the contract ending with its term; a termination for a cause that is no expiry is read.
    @Test func barsAndExpiryAreNoTerminationTerms() {
        for sentence in ["合同履行期间，任何一方不得擅自解除本合同。", "合同履行期间，甲方不得以任何理由解除本合同。",
                         "乙方有下列情形之一的，甲方不得解除合同：", "合同期满，本合同自行终止。"] {
            #expect(terminationExcerpts(PackageLexicons.understand(["甲方：某店", "乙方：某公司", sentence])).isEmpty, "\(sentence)")
        }
        let early = PackageLexicons.understand(["甲方：某店", "乙方：某公司", "合同未到期双方均要解除合同，各收违约金伍元。"])
        #expect(!terminationExcerpts(early).isEmpty)
    }

    @Test func englishExclusionsAndPaymentTermsAreNoPenalties() {
        let u = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Customer\") and Beta LLC (\"Provider\").",
            "The License Fees are non-cancellable and non-refundable.",
            "Neither party shall be liable for any liquidated damages or penalties arising from delay.",
            "Customer may terminate this Agreement on 30 days notice, and the setup fee is non-refundable upon termination.",
        ])
        let penalties = u.keyTerms.filter { $0.family == .penalty }.map(\.location.excerpt)
        #expect(penalties.count == 1)
        #expect(penalties.first?.hasPrefix("Customer may terminate") == true)
    }

    @Test func aNegationInACitedCaptionDoesNotNegateTheClause() {
        let u = PackageLexicons.understand([
            "This Agreement is made between Acme Inc. (\"Customer\") and Beta LLC (\"Provider\").",
            "Nothing in Section 8.2 [No Consequential Damages] limits the right of Provider to receive liquidated damages under Section 10.",
        ])
        #expect(u.keyTerms.contains { $0.family == .penalty })
    }
}

/// Online terms of service end a user's service by closing the account, with no modal and often no party named as
/// the closer: a termination, and the provider's.
@Suite struct TermsOfServiceTerminationTests {
    private func terminations(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["用户服务协议", "本服务由某网站向用户提供。", sentence]).keyTerms.filter { $0.family == .termination }
    }

    @Test(arguments: [
        "若用户的行为不符合以上提到的服务条款，本网站将作出独立判断立即取消用户帐号。",
        "如果认为用户违背了本协议，将会中断其邮件帐号。",
        "用户违反本协议的，本站有权注销其账号。",
    ])
    func closingTheAccountIsTheProvidersTermination(sentence: String) {
        let found = terminations(sentence)
        #expect(found.count == 1, "\(sentence)")
        #expect(found.first?.party?.role != .client, "\(sentence)")
    }

    @Test func theUserClosingItsOwnAccountIsTheUsersTermination() {
        #expect(terminations("用户有权随时注销其账号。").first?.party?.role == .client)
    }

    @Test func aUsersOwnAccountSettingsAreNoTermination() {
        #expect(terminations("用户应妥善保管帐号和密码，不得转让帐号。").isEmpty)
    }
}
