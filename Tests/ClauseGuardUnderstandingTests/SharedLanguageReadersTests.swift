import Foundation
import Testing
import ClauseGuardModel
@testable import ClauseGuardUnderstanding

/// One understander serves a whole run: each language's automata and regexes are built when the run first reads that
/// language and are then shared by every contract and worker. What a contract gets must not depend on what was read
/// before it, nor on which thread built the readers.
@Suite struct SharedLanguageReadersTests {
    static let chinese = ["代运营服务合同", "甲方：杭州某某服饰有限公司", "乙方：上海某某电商运营有限公司",
                          "第一条 乙方为甲方天猫店铺提供代运营服务。",
                          "第二条 甲方每月支付服务费人民币20,000元，另按销售额的5%支付提成。",
                          "第三条 甲方提前解除合同的，应向乙方支付违约金人民币100000元。",
                          "第四条 本合同期满自动续约一年，乙方有权调整。"]
    static let english = ["Store Operation Agreement",
                          "This Agreement is made between Acme Apparel Ltd. (the \"Customer\") and Bright Ops Inc. (the \"Provider\").",
                          "Customer may terminate this Agreement on 30 days' prior written notice and shall pay a termination fee of USD 5,000.",
                          "This Agreement renews automatically for successive one-year terms unless either party gives notice.",
                          "Provider may adjust the service fee at any time."]
    /// A Chinese contract with English paragraphs: both languages' readers, in one contract.
    static let mixed = ["服务合同", "甲方：某某店铺", "乙方：某某运营公司",
                        "Party B shall not terminate this Agreement without 60 days' prior written notice.",
                        "乙方有权单方解除合同，甲方已支付的费用不予退还。"]

    private static func json(_ understanding: ContractUnderstanding) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(understanding)
    }

    /// Each contract read alone, by an understander that has read nothing else.
    private static func alone() throws -> [Data] {
        try [chinese, english, mixed].map {
            try json(Understander(lexicons: PackageLexicons.lexicons).understand(PackageLexicons.document($0)))
        }
    }

    @Test func aContractBuildsOnlyTheLanguagesItReads() {
        let understander = Understander(lexicons: PackageLexicons.lexicons)
        #expect(understander.builtLanguages == 0)
        _ = understander.understand(PackageLexicons.document(Self.chinese))
        #expect(understander.builtLanguages == 1)
        _ = understander.understand(PackageLexicons.document(Self.english))
        #expect(understander.builtLanguages == 2)
    }

    @Test func aContractReadsTheSameWhateverWasReadBefore() throws {
        let expected = try Self.alone()
        #expect(!expected.contains(Data()))
        let contracts = [Self.chinese, Self.english, Self.mixed]
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]] {
            let understander = Understander(lexicons: PackageLexicons.lexicons)
            for i in order + order {
                let got = try Self.json(understander.understand(PackageLexicons.document(contracts[i])))
                #expect(got == expected[i], "contract \(i) read after others, order \(order)")
            }
        }
    }

    /// Workers reading contracts of both languages at once from a fresh understander: they race to build the readers,
    /// and every contract still reads as it does alone.
    @Test func concurrentFirstUseReadsTheSame() async throws {
        let expected = try Self.alone()
        let understander = Understander(lexicons: PackageLexicons.lexicons)
        let contracts = [Self.chinese, Self.english, Self.mixed]
        let results = await withTaskGroup(of: (Int, Data?).self) { group in
            for task in 0..<24 {
                group.addTask {
                    let i = task % 3
                    return (i, try? Self.json(understander.understand(PackageLexicons.document(contracts[i]))))
                }
            }
            var out: [(Int, Data?)] = []
            for await result in group { out.append(result) }
            return out
        }
        #expect(results.count == 24)
        for (i, data) in results { #expect(data == expected[i], "contract \(i)") }
        #expect(understander.builtLanguages == 2)
    }
}
