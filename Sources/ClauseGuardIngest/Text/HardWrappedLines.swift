import ClauseGuardText

/// Chinese contracts copied out of PDFs and old web pages are often wrapped at a fixed width, so a sentence runs on
/// over two or three lines ("…必须符合中国有关" / "法规；"). Read one block per line, each piece would be a clause of
/// its own and no frame would see the whole sentence: who may terminate, on what notice.
///
/// A Chinese line joins the next when the next line carries on a sentence (it starts with Chinese text that is no
/// clause label, 第五条 / 一、 / （二）/ 1.1, and no form field, 地址：) and the line cannot end where it does:
/// - it ends with a comma or an enumeration comma (no sentence, heading or signature line ends so); or
/// - it ends with a word that needs what follows (应当提前 / 按照 / 向 / 至: "乙方解除本合同，应当提前" over
///   "三十日以书面形式通知甲方。"), wherever the line breaks; or
/// - it ends with a Chinese character at the file's wrap column. A file is wrapped when at least three such lines,
///   and at least two in five of them, end within a few columns of one width of 30 columns or more; a heading, a
///   party line or a one-paragraph-per-line file has no such column.
/// Lines of a form or a table (a "|" cell rule, runs of spaces, spaces between Chinese words) are never joined.
/// English lines are left alone: English text files here hold one paragraph per line.
enum HardWrappedLines {
    static func join(_ lines: [String]) -> [String] {
        guard lines.count > 1 else { return lines }
        let joinsNext = linesThatJoinTheNext(lines)
        guard !joinsNext.isEmpty else { return lines }
        var joined: [String] = []
        joined.reserveCapacity(lines.count)
        var joining = false
        for (i, line) in lines.enumerated() {
            if joining { joined[joined.count - 1] += line } else { joined.append(line) }
            joining = joinsNext.contains(i)
        }
        return joined
    }

    private static func linesThatJoinTheNext(_ lines: [String]) -> Set<Int> {
        var joins = Set<Int>()
        var atColumnCandidates: [(index: Int, width: Int)] = []
        for i in 0..<(lines.count - 1) {
            let line = lines[i]
            guard let last = line.unicodeScalars.last, !isFormOrTable(line) else { continue }
            // 应提前 / 30日通知: after a word that needs more, a figure carries the sentence on too.
            let dangling = endsOnAWordThatNeedsMore(line)
            guard startsContinuation(lines[i + 1], orWithAFigure: dangling) else { continue }
            if last == "，" || last == "、" || dangling { joins.insert(i) }
            else if CJK.isIdeograph(last) { atColumnCandidates.append((i, ColumnWidth.of(line))) }
        }
        guard atColumnCandidates.count >= 3 else { return joins }
        let widths = atColumnCandidates.map(\.width)
        func nearColumn(_ width: Int, _ column: Int) -> Bool { width >= column - 8 && width <= column + 4 }
        let column = widths.max { a, b in
            let (na, nb) = (widths.count { nearColumn($0, a) }, widths.count { nearColumn($0, b) })
            return na != nb ? na < nb : a < b
        }!
        let atColumn = atColumnCandidates.filter { nearColumn($0.width, column) }
        if column >= 30, atColumn.count >= 3, atColumn.count * 5 >= atColumnCandidates.count * 2 {
            joins.formUnion(atColumn.map(\.index))
        }
        return joins
    }

    /// 应当提前 / 须按照 / 向 / 自…至: words a sentence cannot stop on (a modal, a preposition, a conjunction), so the line
    /// breaks inside a sentence. Not 的: a list item ends on it (…不能从事原工作的).
    private static func endsOnAWordThatNeedsMore(_ line: String) -> Bool {
        danglingWords.contains { line.hasSuffix($0) }
    }

    private static let danglingWords = ["提前", "应当", "应该", "必须", "应", "须", "需", "按照", "按", "依照", "根据", "向", "于", "在", "由",
                                        "将", "并", "及", "和", "与", "或", "以", "对", "给", "从", "自", "至", "把", "被", "经"]

    /// A line that carries on the sentence before it.
    private static func startsContinuation(_ line: String, orWithAFigure figure: Bool = false) -> Bool {
        guard let first = line.unicodeScalars.first,
              CJK.isIdeograph(first) || "（(「《“【".unicodeScalars.contains(first)
                || figure && ((0x30...0x39).contains(first.value) || (0xFF10...0xFF19).contains(first.value)) else { return false }
        if isFormOrTable(line) || ClauseLabel.detect(in: line) != nil { return false }
        return !startsFormField(line)
    }

    /// 地址：… / 法定代表人： / 甲方（盖章）：: a short name and a colon open a field of a form, not a sentence.
    private static func startsFormField(_ line: String) -> Bool {
        var count = 0
        for scalar in line.unicodeScalars {
            if scalar == "：" || scalar == ":" { return count > 0 }
            count += 1
            if count > 10 { return false }
        }
        return false
    }

    /// 名称 | 金额 / 营业执照号码      个人身份证号 / 年 月 日甲方: cells of a table or blanks of a form.
    private static func isFormOrTable(_ line: String) -> Bool {
        var previous: Unicode.Scalar = "\n", beforePrevious: Unicode.Scalar = "\n"
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            if scalar == "|" || scalar == "│" || scalar == "\u{3000}" { return true }
            if scalar == " " && previous == " " { return true }
            // A space between two Chinese characters past a clause label (第一条 租赁物件 is a heading, not a form).
            if offset > 10, previous == " ", CJK.isIdeograph(scalar), CJK.isIdeograph(beforePrevious) { return true }
            beforePrevious = previous
            previous = scalar
        }
        return false
    }
}
