import Testing
import ClauseGuardUnderstanding

/// Automatic renewal as Chinese contracts word it beyond 自动续约: deemed renewal by conduct (视为本合同续签, the cue a
/// few words before the action) and 自动延长; renewal by a new agreement and a right of first refusal are not automatic.
@Suite struct RenewalWordingTests {
    private func renewals(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence]).keyTerms.filter { $0.family == .auto_renewal }
    }

    @Test(arguments: [
        "合同期满，甲方继续使用乙方服务的，视为本合同续签，续签期限与原合同相同。",
        // Using the service on is renewing it (Hong Kong usage: 倘阁下继续使用…续用本服务三个月).
        "本合约期满后，倘甲方继续使用本服务，即视为甲方同意按当时适用之收费续用本服务三个月。",
        "任何一方在期满前一个月未书面通知对方终止的，本合同自动延长一年。",
        // Stated bare after a party's silence at the term's end.
        "合同期满前一个月，双方均未提出书面异议的，本合同顺延一年。",
        "服务期满，委托方未在期满前提交书面终止通知且继续支付下一服务周期费用的，本合同按相同条款顺延一个服务周期。",
        // The deeming cue further back in the renewal's sub-clause; the contract going on after its term.
        "本协议到期后，若甲方继续使用乙方服务且未提出终止，视为双方同意按原条件续约一年。",
        "合同期满，乙方继续履行、甲方未表示反对的，本合同继续有效，期限为一年。",
        "租赁期满，承租人继续使用租赁物，出租人没有提出异议的，原租赁合同继续有效，但租赁期限为不定期。",
        // The term going on in other words: re-hired for the next year, carried on to the same day next year, renewed
        // for no fixed term (Traditional, as Taiwan's civil code words it).
        "本年度顾问合同届满，委托方未于期满前两周书面通知终止的，视为同意按本合同条件续聘下一个顾问年度。",
        "年度服务期满后，若甲方账户余额足够，系统将自动扣费并将服务期续至次年同日。",
        "租賃期限屆滿後，承租人仍為租賃物之使用收益，而出租人不即表示反對之意思者，視為以不定期限繼續契約。",
        // The contract deemed extended by conduct until a new one is signed.
        "协议有效期届满后，双方未签署新的经销协议但仍继续按本协议进行交易的，本协议视为延长至双方签署新协议之日。",
        // The parties going on with their obligations is the condition; the contract is what is deemed renewed.
        "服务期满后，双方仍继续履行本合同项下义务的，视为本合同自动顺延六个月。",
        // 续延: renewed in another word.
        "合作期满，甲方未书面通知终止且乙方继续提供服务的，视为本合同按原条件续延一年。",
        // A lease holding over "for no fixed term" (不定期 holds a 不 that negates nothing) under the word 合约.
        "租期届满而承租人继续使用租赁设备、出租人未表示反对者，视为本合约以不定期方式延续。",
        "租期届满后，本合约自动续期一年。",
        // A subscription renewed by charging the account on file; the service period extended to match.
        "商家开通的年度托管套餐到期当日，平台将从商家绑定的账户中自动扣款续费，服务期相应延长一年。",
        // An advertisement placed on after its 发布期 (续投), a parking space let on by default.
        "发布期满后甲方未撤画且未通知乙方下刊的，视为按原价续投一个月。",
        "月租车位服务按月计费，乙方在当月届满前未办理退租手续的，系统默认为乙方续租一个月。",
        // The term lengthened by conduct (视为委托期限延长).
        "委托期限届满，受托人继续代运营、委托人继续支付服务费的，视为委托期限延长，每次延长期限为三个月。",
    ])
    func automatic(sentence: String) throws {
        let term = try #require(renewals(sentence).first)
        #expect(term.automatic == true)
    }

    /// A reminder of the renewal sent automatically (系统将自动向甲方发送续约提醒，但续约仍须经甲方书面确认) renews nothing.
    @Test func anAutomaticReminderRenewsNothing() {
        #expect(renewals("乙方系统将于服务到期前自动向甲方发送续约提醒，但续约仍须经甲方书面确认。").isEmpty)
        #expect(renewals("期满前任何一方未发出不续约通知的，本合同自动续约一年。").first?.automatic == true)
    }

    /// A silence that is no condition of the renewal (乙方未确认的合同到期自然终止，续约价格不高于本期价格) makes nothing
    /// automatic.
    @Test func aSilenceThatEndsTheContractRenewsNothing() {
        let sentence = "合同到期前三十日，乙方应书面提醒甲方，甲方书面确认续约的方可续约，甲方未确认的合同到期自然终止，续约价格不高于本期价格。"
        #expect(!renewals(sentence).contains { $0.automatic == true })
    }

    /// 续订 is a renewal word (系统将默认为您续订一个服务周期); both sides together may renew (双方可以续订合同) only by a
    /// new agreement, so it is no renewal term.
    /// 继续占用场地、出租方照常收取租金的，本合同按月延续: the term running on month by month by conduct is automatic; a
    /// delivery date put off month by month (交货期按月顺延) renews nothing.
    @Test func aContractRunningOnMonthByMonthRenewsItself() throws {
        let term = try #require(renewals("租期届满后承租方继续占用场地、出租方照常收取租金的，本合同按月延续，任何一方可随时通知对方终止。").first)
        #expect(term.automatic == true)
        #expect(renewals("因不可抗力致使交货延误的，交货期按月顺延。").isEmpty)
    }

    /// 视为双方同意按原条件逐月续租: a lease going on by itself; a lease the lessor may agree to renew (甲方可同意乙方续租)
    /// is an option, no renewal term.
    @Test func aLeaseRunningOnMonthByMonthRenewsItself() throws {
        let term = try #require(renewals("租赁期届满，乙方继续使用租赁设备且甲方未书面表示异议的，视为双方同意按原条件逐月续租，每次续租期限为一个月。").first)
        #expect(term.automatic == true)
        #expect(renewals("在租赁期满后，甲方可同意乙方续租或按附表所列名义货价将租赁物件售与乙方。").isEmpty)
        #expect(renewals("租赁期满后乙方继续使用该房屋而甲方未提出书面异议的，视为双方以原合同约定的条件继续不定期租赁。").first?.automatic == true)
        #expect(renewals("托管期满后乙方继续接受甲方服务的，视为乙方同意按本协议原条件续托管三个月，续期可依此类推。").first?.automatic == true)
    }

    /// 按月延续期间，任何一方均可提前10日通知终止: a time within the renewed term renews nothing of its own; the renewal
    /// stated beside such a time still does.
    @Test func aTimeWithinTheRenewedTermIsNoRenewal() {
        #expect(renewals("按月延续期间，任何一方均可以提前10日书面通知对方终止本合同，且无需承担违约责任。").isEmpty)
        #expect(renewals("期满60日前，甲方未书面通知乙方终止合作的，本合同自动续期一年，续期期间基础服务费不变。").first?.automatic == true)
    }

    /// "it auto renews another 12 months": the short form is automatic renewal.
    @Test func autoRenewsIsAutomatic() throws {
        let u = PackageLexicons.understand(["This Agreement is made between Acme Inc. (\"Customer\") and Northwind LLC (\"Provider\").",
                                            "If Customer does not give notice before expiry, this Agreement auto renews for another 12 months."])
        #expect(u.frames.contains { $0.action == .renew && $0.automatic })
    }

    @Test func renewingAnOrderAndRenewingTogether() throws {
        let term = try #require(renewals("合作期满前，如果甲方没有主动联系乙方说不续，系统将默认为甲方续订一个同样长度的服务周期。").first)
        #expect(term.automatic == true)
        #expect(renewals("合同期满时，如甲方需要继续合作，经乙方同意，双方可以续订合同。").isEmpty)
        // Near miss: one side's option to renew is a renewal term.
        #expect(!renewals("合同期满时，甲方有权按原条件续订合同一年。").isEmpty)
    }

    @Test(arguments: ["本协议有效期一年，期满后双方另行签订续约协议。", "本合同期满后自行终止，不自动续期。",
                      // Staying in force while the parties negotiate, before any term ran out.
                      "协商未成之前，原抵押合同继续有效。",
                      // Renewal only if the owners decide it together.
                      "物业服务期限届满前，业主依法共同决定续聘的，应当与原物业服务人在合同期限届满前续订物业服务合同。",
                      // A deeming cue that belongs to the negated renewal before it deems nothing of the next one.
                      "本合同不因任何一方的沉默或者继续履行而视为续约，续约须经甲乙双方书面盖章确认。",
                      // A definition naming the renewal the contract makes elsewhere.
                      "1.3 “服务期”指本合同第5条约定的期间，包括自动续展的期间。",
                      // A renewal that needs a new agreement signed at the desk.
                      "会员卡到期后，会员可享受续卡八折优惠，续卡须至前台办理并签署新的会员协议。",
                      // A duty to renew denied.
                      "本合同期满自动终止，甲方不负有与乙方续约的义务。"])
    func notAutomatic(sentence: String) {
        #expect(!renewals(sentence).contains { $0.automatic == true })
    }

    /// A right of first refusal to renew a booking (优先续订权), and the fee of a renewed term (续展期的服务费), are no
    /// renewal term.
    @Test func aFirstRefusalAndARenewedTermsFeeAreNoRenewal() {
        #expect(renewals("本合同期满后，甲方在同等条件下对原展位享有优先续订权。").isEmpty)
        // The first refusal with the counterparty between 优先 and the renewal: 优先与主播续签.
        #expect(renewals("本协议期满后，甲方在同等条件下享有优先与乙方续签的权利。").isEmpty)
        #expect(renewals("甲方应于续展期开始前十日支付续展期的年度订阅费。").isEmpty)
    }

    /// Plain words of a studio's contract: 就当双方按月续下去 is a deemed renewal; 是否续约由品牌方自主决定 leaves it to a
    /// decision still to take.
    @Test func plainWordsOfRenewal() {
        #expect(renewals("合同到期以后，甲方继续给乙方干活、乙方也继续付钱的，就当双方按月续下去，每次续一个月。").first?.automatic == true)
        #expect(renewals("服务期届满前五十日，服务商可以向品牌方提交续约方案，是否续约由品牌方自主决定。").isEmpty)
    }

    /// A new order to go on (如需继续托管应重新下单) renews nothing.
    @Test func aNewOrderRenewsNothing() {
        #expect(renewals("托管期满本协议即行终止，不自动续期，委托方如需继续托管应重新下单。").isEmpty)
        #expect(renewals("托管期满本协议自动续期一年，委托方如需增加服务应重新下单。").first?.automatic == true)
    }

    /// A lease held over without objection goes on for no fixed term (民法典第七百三十四条: 原租赁合同继续有效，但是租赁期限
    /// 为不定期): a renewal by itself.
    @Test func aLeaseHeldOverWithoutObjectionRenewsItself() {
        #expect(renewals("租赁期满后承租方继续使用房屋且出租方未提出异议的，视为按原条件继续租赁，继续租赁的期限为不定期。").first?.automatic == true)
        #expect(renewals("租赁期限届满，承租人继续使用租赁物，出租人没有提出异议的，原租赁合同继续有效，但是租赁期限为不定期。").first?.automatic == true)
        // Near miss: a renewal that needs a new lease.
        #expect(renewals("租赁期满后承租方需继续租赁的，应另行签订租赁合同。").isEmpty)
    }

    /// The term's end with no renewal signed (期限届满后，双方未另行签订续约协议的，本协议自然终止) is the plain expiry: no
    /// termination term; a membership that lapses unrenewed (会员到期后未续费的，本协议自动终止) still ends the contract early.
    @Test func expiryWithNoRenewalSignedIsNoTermination() {
        let terminations = { (s: String) in
            PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", s]).keyTerms.filter { $0.family == .termination } }
        #expect(terminations("本托管协议期限届满后，双方未另行签订续约协议的，本协议自然终止。").isEmpty)
        #expect(terminations("托管期满且未依本协议第二条第2款续期的，本协议自然终止。").isEmpty)
        #expect(terminations("服务期限届满且未依第3.1条延续的，本合同自然终止。").isEmpty)
        // The condition is the term's end itself (届满且未续展的); another instrument's end (品牌授权到期) still ends it early.
        #expect(terminations("本合同服务期届满且未续展的，本合同自然终止。").isEmpty)
        #expect(!terminations("本合同履行期间，如甲方的品牌授权到期且未获续展，本合同随之终止。").isEmpty)
        // Taking back what the term let when it runs out is at expiry; for a default it is for cause.
        let takeBack = { (s: String) in
            PackageLexicons.understand(["甲方(出租方)：某公司", "乙方(承租方)：某店", s]).frames.first { $0.action == .terminate }?.trigger }
        #expect(takeBack("租赁期满，甲方有权收回该房屋，乙方应如期返还。") == .expiry)
        #expect(takeBack("承包期届满后，甲方有权收回承包的土地。") == .expiry)
        #expect(takeBack("租赁期满的，甲方可以收回商铺。") == .expiry)
        #expect(takeBack("乙方逾期支付租金超过三十日的，甲方有权收回该房屋。") == .for_cause)
        #expect(!terminations("甲方的诚信通会员资格被取消，或会员到期后甲方未续费的，本协议自会员资格终止之日起自动终止。").isEmpty)
    }

    /// 视为双方按原条件逐日续租: a car lease going on day by day is automatic; 不因…而视为续约 renews nothing.
    @Test func aLeaseRunningOnDayByDayAndARenewalDeniedByConduct() throws {
        let term = try #require(renewals("租期届满后，乙方继续使用车辆并按日支付租金，甲方未提出异议的，视为双方按原条件逐日续租，续租期间仍适用本合同。").first)
        #expect(term.automatic == true)
        #expect(renewals("本协议期满后如需续约，须经甲方书面确认并另行签署续约协议，不因乙方继续提供服务而视为续约。").allSatisfy { $0.automatic != true })
    }

    /// 经营考核合格…自动续展三年: an assessment passed is the renewal's condition, not a time extended (考核期延长 is); the
    /// assessment as the basis for renewing (作为续约的依据) renews nothing.
    @Test func anAssessmentPassedBeforeARenewal() throws {
        let term = try #require(renewals("加盟期满，被特许人经营考核合格且未提出退出申请的，本合同自动续展三年。").first)
        #expect(term.automatic == true)
        #expect(renewals("甲方有权对乙方的服务质量进行考核，考核结果作为运费结算和续约的依据。").isEmpty)
        #expect(renewals("乙方考核期满未达标的，甲方可将考核期延长一个月。").isEmpty)
    }
}
