extension RunConfiguration {
    /// The lines the human-readable reports put at their top: the files applied, then each weakening marked ⚠.
    /// Empty when the run used the rule pack as written and no config, ignore file or baseline.
    func reportLines(_ l: Labels) -> [String] {
        var lines: [String] = []
        if let files = filesLine { lines.append(l.settingsApplied + files) }
        for note in weakened { lines.append("⚠ " + l.checksTurnedDown + note) }
        return lines
    }
}
