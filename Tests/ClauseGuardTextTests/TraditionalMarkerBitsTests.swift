import Testing
@testable import ClauseGuardText

/// The bit table answers for every scalar what the marker set answers (markers only count from U+4E00).
@Suite struct TraditionalMarkerBitsTests {
    @Test func bitsAgreeWithTheMarkerSet() {
        let wrong = (UInt32(0)...0x2FFFF).filter { v in
            TraditionalChinese.isMarker(v) != (v >= 0x4E00 && TraditionalChinese.markers.contains(v))
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func looksTraditionalFindsAMarkerAnywhere() {
        #expect(TraditionalChinese.looksTraditional([NormalizedText("甲方"), NormalizedText("本合約")]))
        #expect(!TraditionalChinese.looksTraditional([NormalizedText("本合约 contract 罚款")]))
    }

    @Test func everyMarkerIsAThreeByteHanCharacter() {
        #expect(TraditionalChinese.markers.allSatisfy { (0x4E00..<0xA000).contains($0) })
    }

    /// The byte scan finds a marker at the start, at the end and after characters of one, two, three and four bytes.
    @Test func theByteScanFindsEveryMarkerWhereverItStands() {
        let missed = TraditionalChinese.markers.compactMap(Unicode.Scalar.init).filter { scalar in
            let c = String(scalar)
            return ![c, "a" + c, "é" + c + "x", "😀" + c, "合同" + c + "。"].allSatisfy { TraditionalChinese.looksTraditional([NormalizedText($0)]) }
        }
        #expect(missed.isEmpty, "\(missed.prefix(5))")
        #expect(!TraditionalChinese.looksTraditional([NormalizedText("本合约😀罚款é")]))
    }
}
