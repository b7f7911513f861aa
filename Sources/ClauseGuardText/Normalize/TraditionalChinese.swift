import COpenCC
import Synchronization

/// Traditional Chinese read as Simplified for matching (issue 13 § 5): rules, lexicons and the understanding layer are
/// written in Simplified characters, so a Traditional copy of a risky contract found nothing. OpenCC's `t2s` converts;
/// only characters whose Simplified form has the same UTF-8 length are replaced (all but a handful), so a normalised
/// text keeps its offset map and reports quote the original Traditional words.
public enum TraditionalChinese {
    /// Characters common in Traditional contracts and absent from Simplified ones (約 條 應 費 為 …): a text holding
    /// none of them is not converted, so Simplified contracts pay one scan of their scalars and nothing else.
    static let markers: Set<UInt32> = Set("約條應費為與這個們於時後將從說對關開權責義額給還進當發現經問題資訊號實際業產價數據帳戶續終達單議轉讓務議託營運書協終雙違償賠".unicodeScalars.map(\.value))

    /// The markers of the unified Han block as bits (U+4E00 is bit 0): one load per character instead of hashing it.
    private static let markerBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0xA000 - 0x4E00) / 64)
        for v in markers where v >= 0x4E00 && v < 0xA000 { bits[Int(v - 0x4E00) >> 6] |= 1 << UInt64((v - 0x4E00) & 63) }
        return bits
    }()

    @inline(__always)
    static func isMarker(_ v: UInt32) -> Bool {
        guard v >= 0x4E00 else { return false }
        guard v < 0xA000 else { return markers.contains(v) }
        return markerBits[Int(v - 0x4E00) >> 6] & (1 << UInt64((v - 0x4E00) & 63)) != 0
    }

    /// Whether any of the texts looks Traditional.
    public static func looksTraditional(_ texts: [NormalizedText]) -> Bool {
        texts.contains { text in
            var text = text.text
            return text.withUTF8(holdsMarker)
        }
    }

    /// Every marker is in U+4E00–U+9FFF, whose UTF-8 is three bytes led by E4–E9; no other byte of valid UTF-8 is
    /// one of those leads, so the scan decodes only those sequences instead of every scalar (it was 2 % of reading a
    /// contract).
    static func holdsMarker(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let end = utf8.count - 2
        while i < end {
            let lead = utf8[i]
            if lead >= 0xE4, lead <= 0xE9 {
                let v = UInt32(lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                if isMarker(v) { return true }
                i += 3
            } else {
                i += 1
            }
        }
        return false
    }

    /// The Simplified form of every Traditional character in `texts` that has one of the same UTF-8 length; nil when
    /// OpenCC or its `t2s.json` cannot be opened (the caller says so in the report).
    public static func simplifications(in texts: [NormalizedText]) -> [Unicode.Scalar: Unicode.Scalar]? {
        var seen = Set<Unicode.Scalar>()
        for text in texts { for scalar in text.text.unicodeScalars where scalar.value >= 0x3400 { seen.insert(scalar) } }
        let input = seen.sorted { $0.value < $1.value }
        guard !input.isEmpty else { return [:] }
        // One character per line: OpenCC converts phrases, and a newline keeps each character on its own.
        guard let output = Converter.shared.convert(input.map { String($0) }.joined(separator: "\n")) else { return nil }
        let converted = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard converted.count == input.count else { return nil }
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in zip(input, converted) {
            guard let target = to.unicodeScalars.first, to.unicodeScalars.count == 1, target != from,
                  String(target).utf8.count == String(from).utf8.count else { continue }
            map[from] = target
        }
        return map
    }

    /// `texts` with Traditional characters written in Simplified, Taiwan's contract words in the mainland's
    /// (`TaiwanWording`), Hong Kong's written Cantonese in Mandarin (`CantoneseWording`) and Hong Kong's legal words in
    /// the mainland's (`HongKongLegalWording`); texts that do not look Traditional get only the last.
    /// `unavailable` is true when they looked Traditional but OpenCC could not be used.
    /// `converted` says whether they looked Traditional and were converted.
    public static func simplified(_ texts: [NormalizedText]) -> (texts: [NormalizedText], unavailable: Bool, converted: Bool) {
        guard looksTraditional(texts) else { return (texts.map(HongKongLegalWording.applied), false, false) }
        guard let map = simplifications(in: texts) else { return (texts, true, false) }
        // 帳戶 becomes 帐户: read as 账户 like a Simplified text's (`VariantCharacters`).
        return (texts.map { HongKongLegalWording.applied(to: CantoneseWording.applied(to: TaiwanWording.applied(to: VariantCharacters.read($0.replacingScalars(map))))) }, false, true)
    }

    /// OpenCC's converter, opened once. OpenCC does not document its converter as safe to share between threads,
    /// so calls are serialised; only Traditional contracts get here.
    final class Converter: Sendable {
        static let shared = Converter()
        private let handle: Mutex<opencc_t?>

        private init() {
            let opened = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP)
            // opencc_open returns (opencc_t)-1 on failure.
            let failed = opened == nil || UInt(bitPattern: opened) == UInt.max
            handle = Mutex(failed ? nil : opened)
        }

        func convert(_ text: String) -> String? {
            handle.withLock { handle -> String? in
                guard let handle else { return nil }
                let utf8 = Array(text.utf8)
                let result = utf8.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { opencc_convert_utf8(handle, $0.baseAddress, $0.count) }
                }
                guard let result else { return nil }
                defer { opencc_convert_utf8_free(result) }
                return String(cString: result)
            }
        }
    }
}
