import Testing
import ClauseGuardRules
import ClauseGuardText
import ClauseGuardPipeline

/// The command line wins over `.clauseguard.yml`, which wins over the defaults; lists come from both.
@Suite struct ScanSettingsTests {
    private func config() -> ScanConfiguration {
        var file = ScanConfiguration.File()
        file.failOn = .medium
        file.minSeverity = .low
        file.perspective = .provider
        file.lang = .en
        file.include = ["*.docx"]
        file.disable = ["penalty"]
        file.rules = ["/extra"]
        return ScanConfiguration(path: "/p/.clauseguard.yml", file: file)
    }

    @Test func commandLineOverConfigOverDefaults() {
        let none = ScanSettings(commandLine: .init(), configuration: ScanConfiguration())
        #expect(none.failOn == .high && none.minimumSeverity == .info && none.perspective == .client && none.language == nil)

        let fromConfig = ScanSettings(commandLine: .init(include: ["*.txt"]), configuration: config())
        #expect(fromConfig.failOn == .medium && fromConfig.minimumSeverity == .low && fromConfig.perspective == .provider)
        #expect(fromConfig.language == .en && fromConfig.include == ["*.txt", "*.docx"] && fromConfig.extraRuleFolders == ["/extra"])

        let overridden = ScanSettings(commandLine: .init(perspective: .client, failOn: .low, minimumSeverity: .info, language: .zh),
                                      configuration: config())
        #expect(overridden.failOn == .low && overridden.minimumSeverity == .info && overridden.perspective == .client && overridden.language == .zh)
    }

    @Test func disabledRulesComeFromBothAndAreAudited() {
        let yaml = """
        - id: penalty.a
          family: penalty
          severity: high
          match: 违约金
          message: x
        - id: notice.b
          family: notice
          severity: high
          match: 提前通知
          message: y
        - id: renewal.c
          family: auto_renewal
          severity: high
          match: 自动续约
          message: z
        """
        let rules = RuleSet(RuleLoader.parse(yaml: yaml, file: "t.yml").0)
        #expect(rules.rules.count == 3)
        let settings = ScanSettings(commandLine: .init(disable: ["notice.b"]), configuration: config())
        #expect(settings.configure(rules).rules.map(\.id) == ["renewal.c"])
        let audit = settings.audit(rules)
        #expect(audit.notes.contains("disabled by --disable: notice.b (1 rule)"))
        #expect(audit.notes.contains("disabled by /p/.clauseguard.yml: penalty (1 rule)"))
        #expect(audit.notes.contains("findings below low are left out of the report"))
    }
}
