/// One character written two ways: 帐 for 账 in money words (帐户, 帐号, 对帐, 帐单) — the Traditional conversion gives 帐
/// for 帳, and mainland contracts use both — read as 账, the form the rules and lexicons are written with. A tent or a
/// bed-curtain (帐篷, 蚊帐, 营帐) keeps its 帐. Same length, so every offset keeps its place and reports quote the text.
enum VariantCharacters {
    private static let curtainBefore: Set<Unicode.Scalar> = Set("蚊营军纱床罗幔".unicodeScalars)
    private static let curtainAfter: Set<Unicode.Scalar> = Set("篷幕幔子".unicodeScalars)

    static func read(_ text: NormalizedText) -> NormalizedText {
        guard text.text.has("帐") else { return text }
        return text.replacing(["帐"], with: "账") { bytes, word in
            (ScalarNeighbours.before(word.lowerBound, in: bytes).map(curtainBefore.contains) ?? false)
                || (ScalarNeighbours.at(word.upperBound, in: bytes).map(curtainAfter.contains) ?? false)
        }
    }
}
