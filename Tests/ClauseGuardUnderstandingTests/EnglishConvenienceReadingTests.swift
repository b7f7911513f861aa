import Testing
import ClauseGuardUnderstanding

/// English exits for convenience in the wordings real agreements use: a right worded "has the unilateral right to" or
/// "retains the right", a reason that is "any or no reason", a list item that is only a party and its notice
/// ("(d) By either party upon sixty (60) days prior written notice;"); and a notice to renew, which is no notice of
/// non-renewal.
@Suite struct EnglishConvenienceReadingTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    private func terms(_ paragraphs: [String]) -> [KeyTerm] {
        PackageLexicons.understand([parties] + paragraphs).keyTerms
    }

    /// The right named before its time words ("retains the right at all times during the Term to terminate", "reserves
    /// the right at any time during the Term to terminate") is still a right to terminate at will.
    @Test func aRightWithTimeWordsBeforeItsVerb() throws {
        for sentence in [
            "The Agency retains the right at all times during the Term to terminate this Agreement upon sixty (60) days notice to the Client.",
            "The Client reserves the right at any time during the Term to terminate this Agreement upon sixty (60) days notice.",
        ] {
            let term = try #require(terms([sentence]).first { $0.family == .termination }, "\(sentence)")
            #expect(term.modality == .right && term.trigger == .at_will, "\(sentence)")
        }
        // Near miss: a comma breaks the right off from a later verb of another clause.
        #expect(!terms(["The Client reserves the right at all times to receive monthly reports, and the Agency may review them before termination."])
            .contains { $0.family == .termination })
    }

    /// A condition that is only the notice ("Upon at least sixty (60) days' written notice, …", 提前三十日书面通知乙方后，…)
    /// sets no cause; a cure notice left unanswered does.
    @Test func aNoticeAsTheConditionIsNoCause() throws {
        let english = try #require(terms(["Upon at least sixty (60) days written notice, the Client may terminate this Agreement."])
            .first { $0.family == .termination })
        #expect(english.trigger == .at_will)
        let chinese = try #require(PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "提前三十日书面通知乙方后，甲方可以解除合同。"])
            .keyTerms.first { $0.family == .termination })
        #expect(chinese.trigger == .at_will)
        let cure = try #require(terms(["If the Agency fails to cure within thirty (30) days after written notice, the Client may terminate this Agreement."])
            .first { $0.family == .termination })
        #expect(cure.trigger == .for_cause)
        let unanswered = try #require(PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方收到甲方书面通知后十日内仍未改正的，甲方可以解除合同。"])
            .keyTerms.first { $0.family == .termination })
        #expect(unanswered.trigger == .for_cause)
    }

    /// The notice in its own sub-clause before the cause ("may terminate this Agreement, effective upon written notice,
    /// if the other party materially breaches") leaves the cause the condition; a notice offered as a first alternative
    /// ("(i) upon thirty (30) days prior written notice, or (ii) immediately … if:") is still an exit at will. Another
    /// contract ending "for any reason" ends this one automatically, by no one's discretion.
    @Test func theCauseAfterANoticeInItsOwnSubClause() throws {
        for sentence in [
            "Either party may terminate this Agreement, effective upon written notice to the other party, if the other party materially breaches this Agreement.",
            "Either party may terminate this Agreement, upon written notice to the other party, if the other party breaches this Agreement.",
        ] {
            let term = try #require(terms([sentence]).first { $0.family == .termination }, "\(sentence)")
            #expect(term.trigger == .for_cause, "\(sentence)")
        }
        let first = try #require(terms(["Either party may terminate this Agreement prior to expiration of the Term: (i) upon thirty (30) days prior written notice, or (ii) immediately upon written notice to the other party if the other party breaches this Agreement."])
            .first { $0.family == .termination })
        #expect(first.trigger == .at_will)
        let other = try #require(terms(["If the License Agreement is terminated for any reason whatsoever, this Agreement will automatically terminate."])
            .first { $0.family == .termination })
        #expect(other.trigger != .at_will)
    }

    @Test func aRightWordedAsUnilateralOrRetainedIsARightToTerminate() throws {
        for sentence in [
            "The Client has the unilateral right to cancel this Agreement within a fourteen (14) day notice period.",
            "The Agency retains the right to terminate this Agreement on at least ninety (90) days' prior notice.",
        ] {
            let term = try #require(terms([sentence]).first { $0.family == .termination }, "\(sentence)")
            #expect(term.modality == .right && term.trigger == .at_will, "\(sentence)")
        }
        // Near miss: a right that needs a cause stays one for cause.
        let cause = try #require(terms(["The Agency retains the right to terminate this Agreement if the Client fails to pay any invoice."])
            .first { $0.family == .termination })
        #expect(cause.trigger == .for_cause)
    }

    @Test func aListItemThatIsOnlyAPartysNoticeIsAnExitAtWill() throws {
        let u = terms([
            "7.2 This Agreement may be terminated upon the occurrence of any of the following events:",
            "(a) By either party if the other party materially breaches this Agreement and fails to cure it within thirty (30) days;",
            "(b) By the Client upon the Agency's insolvency or bankruptcy;",
            "(c) By either party upon sixty (60) days prior written notice to the other party; or",
            "(d) By the Client for any or no reason, effective ninety (90) days after its written notice.",
        ])
        let items = u.filter { $0.family == .termination && $0.location.excerpt.hasPrefix("(") }.sorted { $0.location.blockIndex < $1.location.blockIndex }
        #expect(items.map(\.trigger) == [.for_cause, .for_cause, .at_will, .at_will])
        #expect(items.dropFirst(2).first?.party?.role == .either)
        // The notices of the exits at will are notices to terminate for convenience.
        let notices = u.filter { $0.family == .notice && $0.location.excerpt.hasPrefix("(") }
        #expect(notices.filter { $0.trigger == .at_will && $0.purpose == .termination }.count == 2)
    }

    @Test func theContractEndingByItselfIsATerminationWhateverTheConditionNames() throws {
        for sentence in [
            "If the Client sells its online business, the Contract will terminate automatically on completion of the sale.",
            "If both Accounts are closed by the platform for reasons outside the Agency's control, this Agreement ends automatically on the day the last one is closed.",
        ] {
            let term = try #require(terms([sentence]).first { $0.family == .termination }, "\(sentence)")
            #expect(term.modality == nil && term.party == nil, "\(sentence)")
        }
        // Near misses: a party's duty that is no ending, and the end of something else than the contract.
        #expect(terms(["The Client shall end its use of the Agency's tools when the Contract is signed."]).allSatisfy { $0.family != .termination })
        #expect(terms(["The promotional discount ends automatically on 31 March."]).allSatisfy { $0.family != .termination })
    }

    @Test func anOptionOfAnyPartyIsAnExitAtWill() throws {
        let term = try #require(terms(["This Agreement shall terminate at the option of any party upon ninety (90) days' advance written notice to the other parties."])
            .first { $0.family == .termination })
        #expect(term.trigger == .at_will)
        // The option as the first of two ways to end it, the second for a breach.
        let first = try #require(terms(["This Agreement shall terminate (a) at the option of any party, upon 90 days' advance written notice to the other parties hereto; or (b) in the event of a material breach that has not been cured within thirty (30) days."])
            .first { $0.family == .termination })
        #expect(first.trigger == .at_will)
        // Near miss: the option follows a breach.
        let cause = try #require(terms(["If the Agency breaches this Agreement, this Agreement shall terminate at the option of the Client upon written notice."])
            .first { $0.family == .termination })
        #expect(cause.trigger == .for_cause)
    }

    /// Stopping a third party's wrong ("to prevent or terminate misuse, infringement, dilution") ends nothing of the contract.
    @Test func terminatingAThirdPartysMisuseIsNoTermination() {
        #expect(terms(["The Client shall have the right, but not the obligation, to take action against third parties in the courts to prevent or terminate misuse, infringement or dilution of the Licensed Marks."])
            .allSatisfy { $0.family != .termination })
    }

    @Test func cancellingAnOrderOrAPolicyIsNoTerminationOfTheContract() {
        for sentence in [
            "The Client may, at any time before the scheduled date of shipment, cancel any or all products on order by written notice.",
            "The insurer shall not terminate or materially modify such policy without thirty (30) days' prior written notice to the Client.",
            "The Agency may cancel any purchase order that the Client has not confirmed within five (5) days.",
        ] {
            #expect(terms([sentence]).allSatisfy { $0.family != .termination }, "\(sentence) \(terms([sentence]).map(\.summary.en))")
        }
        // Near misses: the contract named first, and a contract that ends together with its orders.
        for sentence in [
            "The Client may terminate this Agreement and any open purchase orders at any time on thirty (30) days' written notice.",
            "Either party may cancel this Agreement or any order under it on sixty (60) days' written notice.",
        ] {
            #expect(terms([sentence]).contains { $0.family == .termination }, "\(sentence)")
        }
    }

    @Test func aRightThatPointsToAnotherClauseIsNotOneAtWill() throws {
        for sentence in [
            "Either party shall have the right to terminate this Agreement as per Section 19 below.",
            "This Agreement shall be automatically renewed for an additional one year period on each anniversary of the Effective Date, unless terminated by either Party hereunder.",
            "The Agency may terminate this Agreement pursuant to Article 12.",
        ] {
            let term = try #require(terms([sentence]).first { $0.family == .termination }, "\(sentence)")
            #expect(term.trigger != .at_will, "\(sentence)")
        }
        // Near misses: the same pointers with a notice period are exits on notice.
        for sentence in [
            "This Agreement shall continue until terminated by either party upon ninety (90) days' written notice.",
            "The Client may terminate this Agreement in accordance with Section 12 on thirty (30) days' written notice.",
        ] {
            let term = try #require(terms([sentence]).first { $0.family == .termination }, "\(sentence)")
            #expect(term.trigger == .at_will, "\(sentence)")
        }
    }

    @Test func anyReasonOtherThanIsACause() throws {
        let term = try #require(terms(["If the Agency has, for any reason other than force majeure, failed to deliver the campaign within thirty (30) days, the Client may terminate this Agreement."])
            .first { $0.family == .termination })
        #expect(term.trigger == .for_cause)
        // Near miss: any reason at all.
        let free = try #require(terms(["The Client may terminate this Agreement for any reason on thirty (30) days' written notice."])
            .first { $0.family == .termination })
        #expect(free.trigger == .at_will)
    }

    @Test func termsInTheFirstPersonAreTheProvidersAndYouIsTheMerchant() throws {
        let u = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"you\") and Northwind Digital LLC (\"Agency\").",
                                            "We may terminate this Agreement at any time by e-mail.",
                                            "If you break any part of this deal, you cover our losses plus a $1,000 penalty."])
        #expect(u.keyTerms.first { $0.family == .termination }?.party?.role == .provider)
        #expect(u.keyTerms.first { $0.family == .penalty }?.party?.role == .client)
        // Walking away whenever one wants is an exit at will.
        let walk = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"you\") and Northwind Digital LLC (\"Agency\").",
                                               "We can walk away from the project whenever we want."])
        let exit = try #require(walk.keyTerms.first { $0.family == .termination })
        #expect(exit.party?.role == .provider && exit.trigger == .at_will)
    }

    @Test func withdrawingOneOfTheServicesEndsIt() throws {
        let u = PackageLexicons.understand(["This Agreement is between M&I Data Services (\"M&I\") and Tri City Bankshares (\"Customer\").",
                                            "M&I may, at any time, withdraw any of the Services (other than the Core Services) upon providing ninety (90) days' prior written notice to Customer."])
        let exit = try #require(u.keyTerms.first { $0.family == .termination })
        #expect(exit.party?.role == .provider && exit.trigger == .at_will)
        // Withdrawing from a claim or an offer ends no service.
        let offer = PackageLexicons.understand(["This Agreement is between M&I Data Services (\"M&I\") and Tri City Bankshares (\"Customer\").",
                                                "Customer may withdraw any purchase order before it is accepted by M&I."])
        #expect(!offer.keyTerms.contains { $0.family == .termination })
    }

    @Test func aNoticeToRenewIsNoNoticeOfNonRenewal() throws {
        for sentence in [
            "If either party wishes to extend the Initial Term, it shall provide notice to the other not later than one hundred eighty (180) days before the end of the Initial Term.",
            "The Client may, at its option, renew this Agreement for a further year by written notice given at least sixty (60) days before the end of the Term.",
        ] {
            let notice = try #require(terms([sentence]).first { $0.family == .notice }, "\(sentence)")
            #expect(notice.purpose == .renewal, "\(sentence)")
            #expect(notice.summary.en.contains("renewal") && !notice.summary.en.contains("non-renewal"), "\(notice.summary.en)")
        }
        // Near misses: notice not to renew, and a renewal that happens unless notice is given.
        for sentence in [
            "Either party may give notice of non-renewal at least sixty (60) days before the end of the Term.",
            "This Agreement shall automatically renew for successive one-year terms unless either party gives written notice at least ninety (90) days before the end of the then-current term.",
            "The Client may elect not to renew this Agreement by giving written notice at least thirty (30) days before the end of the Term.",
        ] {
            let notice = try #require(terms([sentence]).first { $0.family == .notice }, "\(sentence)")
            #expect(notice.purpose == .non_renewal, "\(sentence)")
        }
    }
}
