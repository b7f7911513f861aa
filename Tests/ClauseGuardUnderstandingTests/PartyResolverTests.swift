import Testing
import ClauseGuardUnderstanding

@Suite struct PartyResolverTests {
    @Test func packageLexiconsLoad() {
        #expect(PackageLexicons.lexicons["zh"] != nil)
        #expect(PackageLexicons.lexicons["en"] != nil)
    }

    @Test func chineseDefinitionWithRoleInParentheses() {
        let u = PackageLexicons.understand(["网店代运营服务合同", "甲方(服务方)：杭州某某网络科技有限公司", "乙方(委托方)：某某旗舰店", "第一条 乙方委托甲方运营其天猫店铺。"])
        #expect(u.parties.role(of: "甲方") == .provider)
        #expect(u.parties.role(of: "乙方") == .client)
        #expect(u.parties.source == .contract)
        #expect(u.parties.party(labelled: "甲方")?.name == "杭州某某网络科技有限公司")
        #expect(u.parties.lettersSwapped)
    }

    /// A warehousing contract's depositor (存货方) buys the service its keeper (仓储服务方) delivers.
    @Test func warehousingRoleWords() {
        let u = PackageLexicons.understand(["仓储物流服务合同", "甲方（存货方）：苏州某某日化有限公司", "乙方（仓储服务方）：昆山某某供应链管理有限公司"])
        #expect(u.parties.role(of: "甲方") == .client)
        #expect(u.parties.role(of: "乙方") == .provider)
        #expect(u.parties.source == .contract)
    }

    /// A franchise's franchisor (特许人) is the provider and its franchisee (被特许人) the client, though one word holds
    /// the other; so is the household-services firm (家政服务机构) whose consumer is the other party.
    @Test func franchiseAndHouseholdServiceRoleWords() {
        let franchise = PackageLexicons.understand(["特许经营合同", "甲方（特许人）：厦门某某餐饮管理有限公司", "乙方（被特许人）：黄某"])
        #expect(franchise.parties.role(of: "甲方") == .provider)
        #expect(franchise.parties.role(of: "乙方") == .client)
        let household = PackageLexicons.understand(["家政服务合同", "甲方（家政服务机构）：武汉某某家政服务有限公司", "乙方（消费者）：＿＿＿"])
        #expect(household.parties.role(of: "甲方") == .provider)
        #expect(household.parties.role(of: "乙方") == .client)
    }

    /// An advertiser (广告主) buys from its agency: the agency 甲方 is the provider by the other side's word.
    @Test func anAdvertiserIsTheClient() {
        let u = PackageLexicons.understand(["互联网广告投放代理合同", "甲方（代理商）：北京某某广告有限公司", "乙方（广告主）：成都某某食品有限公司"])
        #expect(u.parties.role(of: "甲方") == .provider)
        #expect(u.parties.role(of: "乙方") == .client)
    }

    /// Hong Kong terms speak to the merchant as 阁下, as mainland terms say 您: the client.
    @Test func hongKongTermsSpeakToTheClientAsGexia() throws {
        let u = PackageLexicons.understand(["网店代营运服务条款", "阁下可随时以书面通知解除本合同。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.actor?.role == .client)
    }

    /// The bracket beside the letter defines the party; a later sentence that says what it is in another trade
    /// (甲方为京东自营小家电品类的供应商: a supplier to the marketplace) weighs as a recital, not a second definition.
    @Test func aDefinitionOutweighsASentenceAboutAnotherTrade() {
        let u = PackageLexicons.understand(["京东店铺委托运营服务合同", "甲方（委托方）：宁波某某小家电有限公司", "乙方（受托方）：北京某某科技有限公司",
                                            "鉴于甲方为京东自营小家电品类的供应商，同时在京东开设POP店铺。",
                                            "甲方作为供应商，负责商品的供货及售后。"])
        #expect(u.parties.role(of: "甲方") == .client)
        #expect(u.parties.role(of: "乙方") == .provider)
    }

    /// 乙方为甲方指定商户录制视频: 为 before the other letter is "for" it, so 乙方 is not the 商户 (the merchant) it
    /// films for; 乙方为店铺的实际运营商 still says what 乙方 is.
    @Test func forTheOtherPartyIsNoRecitalOfRole() {
        let u = PackageLexicons.understand(["抖音代运营服务协议书", "甲方：＿＿＿", "乙方：＿＿＿传媒有限公司",
                                            "甲方委托乙方为甲方指定商户录制、制作抖音视频。"])
        #expect(u.parties.role(of: "甲方") == .client)
        #expect(u.parties.role(of: "乙方") == .provider)
    }

    /// Materials the client hands over for the service (甲方应向乙方提供必要的资料和协助以达到…推广目的) do not make it
    /// the provider of that service.
    @Test func providingMaterialsForAServiceIsNoRecital() {
        let u = PackageLexicons.understand(["店铺代运营合同", "甲方名称：＿＿＿", "乙方名称：＿＿＿",
                                            "第一条 甲方委托乙方推广的营销项目由附件载明。",
                                            "第二条 甲方应向乙方提供必要的资料和协助以达到本合同规定的推广目的。"])
        #expect(u.parties.role(of: "甲方") == .client)
        #expect(u.parties.role(of: "乙方") == .provider)
        #expect(u.parties.source != .conflict)
    }

    /// A recital that names the parties by the short names the header defined (栎山公司拟委托青屿公司…提供代运营服务)
    /// says who is who as one with the letters would.
    @Test func aRecitalInShortNames() {
        let u = PackageLexicons.understand(["微信视频号代运营服务合同", "甲方：苏州青屿数字科技有限公司（以下简称“青屿公司”）",
                                            "乙方：杭州栎山茶业有限公司（以下简称“栎山公司”）",
                                            "栎山公司拟委托青屿公司对其视频号小店及小程序商城提供代运营服务。"])
        #expect(u.parties.parties.first { $0.label == "甲方" }?.role == .provider)
        #expect(u.parties.parties.first { $0.label == "乙方" }?.role == .client)
    }

    @Test func chineseAliasDefinition() {
        let u = PackageLexicons.understand(["委托方：某某服饰有限公司(以下简称“乙方”)", "服务方：某某电商公司(以下简称“甲方”)"])
        #expect(u.parties.role(of: "乙方") == .client)
        #expect(u.parties.role(of: "甲方") == .provider)
    }

    /// A cross-border contract defines an English short name for a lettered party (甲方（委托方，以下简称“Brand”）).
    @Test func anEnglishShortNameInAChineseDefinition() {
        let u = PackageLexicons.understand(["电商代运营服务合同", "甲方（委托方，以下简称“Brand”）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司"])
        #expect(u.parties.party(labelled: "甲方")?.aliases == ["Brand"])
        #expect(u.parties.party(labelled: "甲方")?.name == "杭州某某商贸有限公司")
        // A list mark or a number in quotes is no name.
        let marks = PackageLexicons.understand(["甲方（委托方，以下简称“1”）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司"])
        #expect(marks.parties.party(labelled: "甲方")?.aliases == nil)
    }

    /// A contract that names its parties only by role words (委托方：某公司 / 受托人：李四), with no letters anywhere.
    @Test func rolesWithoutLettersAreTheParties() {
        let u = PackageLexicons.understand(["店铺托管协议", "委托方：杭州某某商贸有限公司", "受托方：广州某某网络科技有限公司", "委托方委托受托方运营其淘宝店铺。"])
        #expect(u.parties.party(labelled: "委托方")?.role == .client)
        #expect(u.parties.party(labelled: "委托方")?.name == "杭州某某商贸有限公司")
        #expect(u.parties.party(labelled: "受托方")?.role == .provider)
        // With letters, the letters are the parties and the role words their roles.
        let lettered = PackageLexicons.understand(["店铺托管协议", "甲方（委托方）：杭州某某商贸有限公司", "乙方（受托方）：广州某某网络科技有限公司"])
        #expect(lettered.parties.party(labelled: "委托方") == nil)
        #expect(lettered.parties.party(labelled: "甲方")?.role == .client)
    }

    @Test func chineseRecitalDecidesWhenDefinitionsAreSilent() {
        let u = PackageLexicons.understand(["甲方：某某科技有限公司", "乙方：某某商贸有限公司", "乙方委托甲方为其抖音小店提供代运营服务，双方达成如下协议："])
        #expect(u.parties.role(of: "乙方") == .client)
        #expect(u.parties.role(of: "甲方") == .provider)
    }

    @Test func chineseDefaultIsSaid() {
        let u = PackageLexicons.understand(["甲方：张三", "乙方：李四", "第一条 合作内容"])
        #expect(u.parties.role(of: "甲方") == .client)
        #expect(u.parties.source == .default)
        #expect(!u.parties.notes.isEmpty)
    }

    @Test func clientOptionOverridesTheContract() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司"], client: "乙方")
        #expect(u.parties.role(of: "乙方") == .client)
        #expect(u.parties.role(of: "甲方") == .provider)
        #expect(u.parties.source == .option)
    }

    @Test func englishDefinedShortNameAndRecital() {
        let u = PackageLexicons.understand([
            "DISTRIBUTION AGREEMENT",
            "This Agreement is made by and between Inktomi Corporation, a Delaware corporation (\"Inktomi\"), and Acme Retail Inc. (\"Acme\").",
            "WHEREAS, Inktomi shall provide the Services to Acme on the terms below.",
        ])
        #expect(u.language == "en")
        #expect(u.parties.role(of: "Inktomi") == .provider)
        #expect(u.parties.role(of: "Acme") == .client)
        #expect(u.parties.party(labelled: "Inktomi")?.name == "Inktomi Corporation")
    }

    @Test func englishRoleWordLabel() {
        let u = PackageLexicons.understand(["This Services Agreement is entered into between Foo LLC (the \"Provider\") and Bar Inc. (the \"Customer\")."])
        #expect(u.parties.role(of: "Provider") == .provider)
        #expect(u.parties.role(of: "Customer") == .client)
    }
}
