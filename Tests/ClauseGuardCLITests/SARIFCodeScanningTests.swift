import Testing
import Foundation

/// SARIF as GitHub code scanning reads it ("SARIF support for code scanning"): every rule declared with filled
/// descriptions, help, tags and security-severity; URIs relative to %SRCROOT%; fingerprints on every result.
@Suite struct SARIFCodeScanningTests {
    private func sarif(_ arguments: [String], in dir: URL) throws -> (run: [String: Any], text: String) {
        let run = try CLIRunner.run(["scan", "--format", "sarif"] + arguments, in: dir)
        #expect(run.status == 1, "\(run.stderr)")
        let log = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        return ((log["runs"] as! [[String: Any]])[0], run.stdout)
    }

    private func folder() throws -> URL {
        let dir = try CLIRunner.temporaryFolder()
        try Data(OutputSafetyTests.contract.utf8).write(to: dir.appendingPathComponent("risky contract.txt"))
        return dir
    }

    @Test func everyLoadedRuleIsDeclaredReadably() throws {
        let dir = try folder()
        let json = try CLIRunner.run(["scan", "risky contract.txt", "--format", "json"], in: dir)
        let ruleCount = ((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["tool"] as! [String: Any])["rules"] as! Int
        let placeholder = try Regex(#"\{[A-Za-z0-9_.]+\}"#)
        for lang in ["en", "zh"] {
            let (run, text) = try sarif(["risky contract.txt", "--lang", lang], in: dir)
            let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
            let results = run["results"] as! [[String: Any]]
            #expect(rules.count == ruleCount && ruleCount > Set(results.map { $0["ruleId"] as! String }).count)
            #expect(Set(rules.map { $0["id"] as! String }).count == rules.count)
            for rule in rules {
                let id = rule["id"] as! String
                let name = rule["name"] as! String
                #expect(name.wholeMatch(of: /[A-Z][A-Za-z0-9]*/) != nil, "\(id): \(name)")
                let short = (rule["shortDescription"] as! [String: Any])["text"] as! String
                let full = (rule["fullDescription"] as! [String: Any])["text"] as! String
                let help = rule["help"] as! [String: Any]
                let markdown = help["markdown"] as! String
                for text in [short, full, help["text"] as! String, markdown] {
                    #expect(!text.isEmpty && text.firstMatch(of: placeholder) == nil, "\(id): \(text)")
                }
                let properties = rule["properties"] as! [String: Any]
                let tags = properties["tags"] as! [String]
                #expect(tags.first == properties["family"] as? String && tags.count <= 10)
                let expected = ["high": "8.0", "medium": "5.0", "low": "2.0"][properties["severity"] as! String]
                #expect(properties["security-severity"] as? String == expected, "\(id)")
            }
            // The rule whose message reads "须提前{notice}通知" / "Requires {notice} notice" is worded neutrally.
            #expect(text.contains(lang == "zh" ? "（期限）" : "(period)"))
            // Help in Markdown carries the explanation and the advice under headings.
            #expect(rules.allSatisfy { (($0["help"] as! [String: Any])["markdown"] as! String).contains("### ") })
            for result in results {
                let fingerprints = result["partialFingerprints"] as! [String: String]
                #expect(fingerprints["primaryLocationLineHash"]?.isEmpty == false)
                #expect(result["ruleIndex"] as? Int != nil)
            }
            let (status, output) = try SchemaValidator.validate(text, schema: "docs/sarif-schema-2.1.0.json")
            #expect(status == 0, "\(output)")
        }
    }

    @Test func urisAreRelativeToTheSourceRoot() throws {
        let dir = try folder()
        let absolute = dir.appendingPathComponent("risky contract.txt").path
        for argument in [absolute, "./risky contract.txt"] {
            let (run, _) = try sarif([argument], in: dir)
            let result = (run["results"] as! [[String: Any]])[0]
            let artifact = (((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["artifactLocation"] as! [String: Any])
            #expect(artifact["uri"] as? String == "risky%20contract.txt", "\(argument)")
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            let base = ((run["originalUriBaseIds"] as! [String: Any])["%SRCROOT%"] as! [String: Any])["uri"] as! String
            #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        }
        // A contract outside the working folder keeps an absolute file URI.
        let elsewhere = try CLIRunner.temporaryFolder()
        let (run, _) = try sarif([absolute], in: elsewhere)
        let artifact = ((((run["results"] as! [[String: Any]])[0]["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["artifactLocation"] as! [String: Any])
        #expect((artifact["uri"] as? String)?.hasPrefix("file:///") == true && artifact["uriBaseId"] == nil)
    }
}
