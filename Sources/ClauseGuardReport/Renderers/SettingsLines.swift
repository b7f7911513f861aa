extension RunConfiguration {
    /// The lines the human-readable reports put at their top: the files applied, then each weakening marked ⚠.
    /// Empty when the run used the rule pack as written and no config, ignore file or baseline.
    func reportLines(chinese: Bool) -> [String] {
        var lines: [String] = []
        if let files = filesLine { lines.append((chinese ? "已应用的设置: " : "Settings applied: ") + files) }
        for note in weakened { lines.append("⚠ " + (chinese ? "检查被调低: " : "Checks turned down: ") + note) }
        return lines
    }
}
