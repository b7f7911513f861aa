import Testing
import ClauseGuardUnderstanding

/// English renewal is the contract's or its term's: "extend the time for performance" or "renewal premiums" are not
/// renewals; "renews automatically" is automatic though the cue follows the verb; "shall not be renewed" and a term that
/// runs "from year to year" read as they say.
@Suite struct EnglishRenewalReadingTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    private func renewals(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand([parties, sentence]).keyTerms.filter { $0.family == .auto_renewal }
    }

    /// An "unless" another modal governs ("shall not be compensated … unless such an amendment has been executed") makes
    /// no renewal automatic: the extension needs a signed amendment.
    @Test func anUnlessOfAnotherModalIsNoAutomaticRenewal() {
        let sentence = "Any extension of the Term beyond the Completion Date shall require a written amendment signed by both Parties, and "
            + "Agency shall not be compensated for Services performed after the Completion Date unless such an amendment has been executed."
        #expect(!PackageLexicons.understand([parties, sentence]).frames.contains { $0.action == .renew && $0.automatic })
        #expect(renewals("This Agreement shall renew for successive one-year terms unless either party gives notice of non-renewal.")
            .first?.automatic == true)
    }

    /// Options granted in the plural are the grantee's right to renew, never automatic; a renewal only if both sign is
    /// none at all.
    @Test func optionsToExtendAndARenewalBothMustSign() throws {
        let options = try #require(renewals("The Agency grants the Client two (2) options to extend the Term, each for a period of three (3) years.").first)
        #expect(options.automatic == false)
        #expect(renewals("This Agreement may be renewed for a further term only if the Client and the Agency both sign a renewal letter before the Initial Term ends.").isEmpty)
        #expect(renewals("The Parties may renew this Agreement for a further period only by signing a written renewal addendum before the expiry of the Term.").isEmpty)
        #expect(renewals("The parties may agree in writing at any time to extend this Agreement for a fixed further term on revised terms.").isEmpty)
    }

    /// Evergreen after a first period: "shall continue in force after the expiry of the initial period … until terminated".
    @Test func continuingInForceAfterTheInitialPeriodIsARenewal() {
        #expect(!renewals("This Agreement shall continue in force after the expiry of the initial period of two years until terminated by either party by three months' written notice.").isEmpty)
        // Evergreen after the first year, fortnight by fortnight, or term by term (a school hall's regular hire).
        #expect(!renewals("This Agreement shall continue in force after the first anniversary of the Commencement Date until terminated by either party.").isEmpty)
        #expect(!renewals("After the Minimum Term ends, the Agreement will continue on a rolling fortnightly basis until the Client cancels.").isEmpty)
        #expect(!renewals("The Regular Hire shall continue from term to term unless the Client cancels in writing before the end of the preceding term.").isEmpty)
    }

    @Test func extendingSomethingElseIsNoRenewal() {
        for sentence in [
            "Either party may extend the time for the performance of any of the obligations of the other party under this Agreement.",
            "The Agency shall extend its best efforts to ensure that the Store described in this Agreement meets the Client's specifications.",
            "In no event will the licenses granted in this Agreement extend to products of a third party.",
            "Each party shall pay all renewal premiums on its insurance policies during the term of this Agreement.",
            "The Agency shall maintain and renew registrations for the Client's domain names during the Term.",
        ] {
            #expect(renewals(sentence).isEmpty, "\(sentence)")
        }
    }

    /// "Your plan renews on its own at the end of each term": plain words for an automatic renewal.
    @Test func renewingOnItsOwnIsAutomatic() {
        let frames = PackageLexicons.understand([parties, "Your plan renews on its own at the end of each 6-month term, same terms."]).frames
        #expect(frames.contains { $0.action == .renew && $0.automatic })
        // Near miss: renewed only when the Client signs again.
        let signed = PackageLexicons.understand([parties, "Your plan renews only if the Client signs a new order form before the end of the term."]).frames
        #expect(!signed.contains { $0.action == .renew && $0.automatic })
    }

    /// As in Chinese (续签须双方另行协商), a renewal only by the parties' new agreement is no renewal term; a party's option is.
    @Test func aRenewalByMutualAgreementIsNone() {
        for sentence in ["This Agreement may be renewed upon mutual, written agreement of the parties.",
                         "The Client may extend this Agreement for a fixed term of up to twelve (12) months on revised terms, which extension shall become effective only upon signature of a written amendment by both Parties.",
                         "Upon mutual agreement, this Agreement may be renewed for one (1) additional one (1) year term upon the expiration of the Initial Term.",
                         // An automatic renewal denied, a priority right on terms still to negotiate, a renewal conditional
                         // on agreeing new charges.
                         "This Agreement shall not renew automatically, and any extension of the Term shall be subject to the mutual written agreement of the parties.",
                         "The Client shall have a priority right to renew this Agreement on terms to be negotiated in good faith before the end of the Term.",
                         "The renewal of this Agreement shall be conditional on the parties agreeing the revised Service Charges for the renewal period in writing."] {
            #expect(renewals(sentence).isEmpty, "\(sentence)")
        }
        #expect(!renewals("The Client may renew this Agreement for one additional year by written notice before the end of the Initial Term.").isEmpty)
        // The term under another name: "extend the Initial Service Period".
        #expect(!renewals("The Client may extend the Initial Service Period by one additional year by notifying the Agency before it ends.").isEmpty)
    }

    /// A tenant holding over: "such holding over shall create a tenancy from month to month" goes on by itself.
    @Test func holdingOverIsAutomatic() throws {
        let term = try #require(renewals("If the Client continues to use the premises with the Agency's acceptance of the fee after the expiration of the Term, such holding over shall create a tenancy from month to month on the terms of this Agreement.").first)
        #expect(term.automatic == true)
    }

    @Test func theContractsRenewalIsStillRead() {
        for sentence in [
            "The Client may renew this Agreement for one additional term of one (1) year.",
            "The term of this Agreement may be extended for an additional two year period with the written consent of both parties.",
            "Following the completion of the initial maintenance term, the Agency may, at its option, renew maintenance for subsequent periods of one (1) year each.",
            "The Parties may negotiate for an extension of this Agreement six (6) months before the expiration of the Term.",
            "This Agreement shall thereafter automatically be renewed for successive one-year terms.",
            "This Agreement shall terminate, subject to any automatic renewal or extension as required by law, upon either party giving notice.",
        ] {
            #expect(!renewals(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func aCueAfterTheVerbMakesItAutomatic() {
        for sentence in [
            "Thereafter, this Agreement shall renew automatically for one (1) additional three (3) year period.",
            "This Agreement shall be renewed automatically for another five (5) years upon the expiration.",
            "Absent timely notice of non-renewal, each Renewal Term shall commence automatically upon the expiry of the preceding term.",
            "When the first term ends, the agreement for running your online store renews by itself for another 6 (six) months.",
        ] {
            #expect(renewals(sentence).contains { $0.automatic == true }, "\(sentence)")
        }
        #expect(renewals("This Agreement may be renewed by mutual written agreement for successive one-year terms.").allSatisfy { $0.automatic == false })
    }

    /// Holding over after the term "on a month-to-month basis" renews it by itself.
    @Test func holdingOverMonthToMonthIsAutomatic() {
        #expect(renewals("If the Client continues to use the Services after the expiration of the Term without a renewal, such use shall be on a month-to-month basis at the fees then in effect.")
            .contains { $0.automatic == true })
    }

    /// Renewal only by a new instrument both parties sign, or talks about whether to renew, is no renewal term.
    @Test func aRenewalBothMustSignIsNoTerm() {
        for sentence in [
            "This Agreement may be renewed for an additional term only by a written instrument executed by both parties, and absent such an instrument this Agreement shall expire at the end of the Initial Term.",
            "No later than ninety days before the expiry of the Initial Term, the parties shall meet to discuss whether to extend this Agreement.",
            // Talks in good faith about whether to renew, however the meeting is worded.
            "The parties shall confer during the last two months of the Term to consider in good faith whether to renew this Agreement.",
            // A definition names the renewal another clause makes.
            "1.8 \"Term\" means the Initial Term together with any Renewal Term.",
        ] {
            #expect(renewals(sentence).isEmpty, "\(sentence)")
        }
        #expect(!renewals("Licensee may renew this Agreement for one additional term of two (2) years by written notice given before the expiry of the Initial Term.").isEmpty)
    }

    @Test func aRenewalThatHappensUnlessSomeoneActsIsAutomatic() {
        for sentence in [
            "This agreement for running your online store renews for another year unless you stop it.",
            "The Term shall be extended for successive one-year periods unless either party gives notice of non-renewal.",
        ] {
            #expect(renewals(sentence).contains { $0.automatic == true }, "\(sentence)")
        }
        // An option to renew, or "unless" before the renewal, says nothing of it happening by itself.
        #expect(renewals("The Client may renew this Agreement for one further year unless it is in breach.").allSatisfy { $0.automatic == false })
        #expect(renewals("Unless the parties agree otherwise in writing, this Agreement may be renewed for one year.").allSatisfy { $0.automatic == false })
    }

    @Test func aRenewalExpresslyRefusedIsNone() {
        #expect(renewals("This Agreement shall expire at the end of the Term and shall not be renewed automatically.").isEmpty)
    }

    @Test func aTermFromYearToYearRenews() {
        let u = renewals("Thereafter, this Agreement shall remain in force from year to year until terminated by either party on six (6) months' notice.")
        #expect(u.contains { $0.automatic == true })
    }

    /// "shall not be renewed or extended automatically": both joined verbs are barred, and a bar far from the contract's
    /// name ("expires on … and shall not be …") still bars; a renewal both verbs grant still renews.
    @Test func aBarOnJoinedRenewalVerbs() {
        #expect(renewals("This Agreement shall not be extended or renewed automatically.").isEmpty)
        #expect(renewals("This Agreement shall expire on December 31, 2021 and shall not be renewed or extended automatically for any period.").isEmpty)
        #expect(renewals("This Agreement shall be extended or renewed automatically for successive one-year terms.").first?.automatic == true)
    }

    /// Evergreen after a first period ("shall continue after the Initial Period unless and until terminated", "Thereafter,
    /// this Agreement shall continue … until terminated") renews by itself; a contract of no fixed term ("shall continue in force until terminated in accordance with clause 15")
    /// renews nothing.
    @Test func evergreenAfterTheInitialPeriod() throws {
        for sentence in ["This Agreement shall continue after the Initial Period unless and until terminated by either party giving to the other not less than three months' written notice.",
                         "At the end of the Initial Period this agreement shall continue in force unless and until terminated by either party giving not less than 120 days' written notice.",
                         // "Thereafter" after a first term, and "indefinitely after that".
                         "Thereafter, this Agreement shall continue in effect until terminated by either party upon ninety (90) days' prior written notice.",
                         "This Agreement shall continue for an initial term of one (1) year and indefinitely after that until terminated by either party on 60 days' notice."] {
            let term = try #require(renewals(sentence).first, "\(sentence)")
            #expect(term.automatic == true)
        }
        #expect(renewals("This agreement shall commence on the Commencement Date and shall continue in force until terminated in accordance with clause 15.").isEmpty)
        #expect(renewals("This Agreement shall continue in effect until terminated by either party upon ninety (90) days' prior written notice.").isEmpty)
    }

    /// An option to renew the lease or the franchise is a renewal term held by a party, not automatic, and says so.
    @Test func anOptionToRenewTheLeaseOrTheFranchise() throws {
        let lease = try #require(renewals("Provided the Client is not then in default, the Client shall have one option to renew this Lease for a further term of three (3) years.").first)
        #expect(lease.automatic == false)
        #expect(lease.summary.en.hasPrefix("Renewal at the option of Client"))
        #expect(!renewals("The Agency may, at its option, renew the franchise for one additional term of ten (10) years.").isEmpty)
        // "has an option to renew" and an option the landlord must grant on request.
        #expect(renewals("Subject to clause 9, the Tenant has an option to renew this Lease for a further term of five (5) years.").first?.automatic == false)
        #expect(!renewals("The Lessor shall, at the written request of the Lessee made before the expiry of the Term, grant the Lessee a further term of one (1) year at the market rent.").isEmpty)
        // Near miss: a registration renewed is no renewal of the contract.
        #expect(renewals("The Agency shall renew its franchise registration with the State each year.").isEmpty)
        // A charter party extended at the charterers' option; and a holdover that continues on a monthly basis.
        #expect(renewals("The Charterers shall have the option to extend this Charter for a further period of six months, to be declared thirty days before expiry.").first?.automatic == false)
        #expect(renewals("If the Contractor keeps working after the end of the Term without a new agreement, this agreement continues on a monthly basis until either party ends it.").first?.automatic == true)
        // A licence renewed at a party's option; a plan rolling on after its minimum term.
        #expect(renewals("The Client may extend this Licence for one further period of five years by written notice.").first?.automatic == false)
        #expect(renewals("At the end of the Minimum Term the Services will continue on a 30-day rolling basis at the standard price.").first?.automatic == true)
    }

    /// A holdover "deemed a licence from month to month" renews by itself; a renewal "subject to the parties first
    /// agreeing in writing" needs a new agreement.
    @Test func aMonthlyLicenceByHoldoverAndARenewalSubjectToAgreement() throws {
        let holdover = try #require(renewals("If the Client remains in occupation of the Premises after the expiry of the Term with the Agency's acquiescence, such occupation shall be deemed a licence from month to month on the same terms.").first)
        #expect(holdover.automatic == true)
        #expect(renewals("Any renewal of this Agreement shall be subject to the parties first agreeing in writing revised Minimum Purchase Requirements for the renewal period.").isEmpty)
    }

    /// Holdover by conduct "deemed to continue on the same terms", or "as a monthly tenant", renews by itself; an extension a landlord "may agree
    /// to", one "neither party shall be obligated to agree to" and one with "no representation" that it will be offered
    /// do not.
    @Test func holdoverDeemedToContinueAndRenewalsNobodyPromised() throws {
        let tenant = try #require(renewals("If the Client continues to occupy the Premises with the consent of the Agency after the expiry of the Term, the Client does so as a monthly tenant on the same terms, and either party may end that monthly tenancy by giving one month's notice.").first)
        #expect(tenant.automatic == true)
        let holdover = try #require(renewals("If, after the expiry of the Term, Distributor continues to purchase and the Company continues to supply Products without a new agreement having been executed, this Agreement shall be deemed to continue on the same terms until terminated by either party on twenty-eight days' written notice.").first)
        #expect(holdover.automatic == true)
        for sentence in [
            "The Agency may, in its sole discretion, agree to extend the Term at the Client's request, on such terms and conditions as the Agency may then require.",
            "No later than the first day of the final Contract Year, the parties shall commence good-faith negotiations regarding a possible renewal of this Agreement, but neither party shall be obligated to agree to any renewal.",
            "The Client acknowledges that the Agency has made no representation that it will offer the Client a renewal of this Agreement.",
        ] {
            #expect(renewals(sentence).isEmpty, "\(sentence)")
        }
    }

    /// A contract that goes on after its first period by itself renews: "on a rolling quarterly basis", "continue in force
    /// after the Initial Period unless and until terminated", a booking that "shall roll forward automatically".
    @Test func rollingOnAfterTheFirstPeriodIsAutomatic() throws {
        for sentence in [
            "After the Initial Term, this Agreement shall continue on a rolling quarterly basis until terminated by either Party in accordance with Clause 15.",
            "This Agreement shall continue in force after the Initial Period unless and until terminated by either party giving to the other not less than three months' written notice.",
            "The Client's weekly booking of the Studio shall roll forward automatically for each following term unless the Client cancels it in writing before the end of the current term.",
        ] {
            let term = try #require(renewals(sentence).first, "\(sentence)")
            #expect(term.automatic == true, "\(sentence)")
        }
    }

    /// "The Landlord grants the Tenant an option to renew": the grantee's right to renew, a renewal term.
    @Test func anOptionGrantedIsTheGranteesRight() throws {
        let u = PackageLexicons.understand(["This Lease is made between Harbour Estates Ltd (the \"Landlord\") and Acme Retail Ltd (the \"Tenant\").",
                                            "The Landlord grants the Tenant an option to renew this Lease for a further term of five (5) years."])
        let renewal = try #require(u.keyTerms.first { $0.family == .auto_renewal })
        #expect(renewal.modality == .right)
        #expect(renewal.party?.text == "Tenant")
    }

    /// "may extend the Term by a written agreement signed by both of them": the parties' new agreement, no renewal term.
    @Test func anExtensionBothMustSignIsNoTerm() {
        #expect(renewals("The parties may extend the Term by a written agreement signed by both of them.").isEmpty)
        #expect(renewals("This Agreement may be extended only by written agreement signed by authorised representatives of both parties.").isEmpty)
        #expect(!renewals("The Client may extend the Term by one further year by written notice given before expiry.").isEmpty)
    }

    /// An option to extend "the Retainer Term" and to "take a further lease of the Premises" renew the contract; extending
    /// the time for performance does not.
    @Test func extendingANamedTermAndTakingAFurtherLease() {
        #expect(!renewals("7.4 Client may extend the Retainer Term for one further period of 12 months by giving at least 30 days' written notice.").isEmpty)
        #expect(!renewals("11.1 Provided there is no subsisting material breach, Client shall have the option to take a further lease of the Premises for a term of five years.").isEmpty)
        #expect(renewals("The Agency may extend the time for performance by ten days.").isEmpty)
    }

    /// A renewal that waits on an act ("renewed only if Customer signs that quotation") is no renewal term; a UK lease
    /// held over "from quarter to quarter" renews by itself.
    @Test func aRenewalOnlyIfSignedIsNoneAndQuarterToQuarterIsAutomatic() {
        #expect(renewals("Agency will send Client a renewal quotation before the end of the Term, and the engagement will be renewed only if Client signs that quotation.").isEmpty)
        #expect(PackageLexicons.understand([parties, "If the Client stays in occupation after the end of the Term, the tenancy shall continue from quarter to quarter until determined by either party."])
            .frames.contains { $0.action == .renew && $0.automatic })
    }
}
