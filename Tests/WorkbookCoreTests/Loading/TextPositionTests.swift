import Testing
@testable import WorkbookCore
@testable import WorkbookComparison
@testable import WorkbookDiagnostics
@testable import WorkbookFormat
@testable import WorkbookForms
@testable import WorkbookLoading
@testable import WorkbookMerge
@testable import WorkbookMigration
@testable import WorkbookModel
@testable import WorkbookReporting
@testable import WorkbookRules
@testable import WorkbookScoring
@testable import WorkbookSupport
@testable import WorkbookValidation
@testable import WorkbookYAML

/// TextPosition reads a file's bytes eight at a time to index its lines and find a control
/// character; these compare it with the plain byte-by-byte answer on generated text.
struct TextPositionTests {
    @Test func theWordAtATimeCheckFindsExactlyTheControlCharacters() {
        // Every byte at every place of a word, after and before the bytes where a borrow or
        // carry between bytes would show: the first control character, as a plain scan says.
        let neighbours: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x61, 0x7F, 0x80, 0xFF]
        for byte in 0...255 {
            for place in 0..<8 {
                for neighbour in neighbours {
                    var bytes = [UInt8](repeating: 0x61, count: 16)
                    bytes[place] = UInt8(byte)
                    if place > 0 { bytes[place - 1] = neighbour }
                    bytes[place + 1] = neighbour
                    let plain = bytes.firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F }
                    #expect(TextPosition.firstControlCharacter(in: bytes) == plain, "\(bytes)")
                }
            }
        }
    }

    @Test func linesAndControlCharactersMatchAPlainScan() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // Mostly text; now and then a line break, a tab, a carriage return, 0x7F, a control
        // character, or a byte of a multi-byte character, NEL (C2 85) or LS/PS (E2 80 A8/A9)
        // among them.
        let rare: [UInt8] = [
            0x0A, 0x0A, 0x0A, 0x09, 0x0D, 0x7F, 0x01, 0x1F, 0x00, 0xC3, 0xA9, 0x80, 0xFF, 0xC2, 0x85, 0xE2, 0xA8,
        ]
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 300] {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in next(12) == 0 ? rare[next(rare.count)] : UInt8(0x20 + next(0x5F)) }
                let position = TextPosition(file: "t.yaml", bytes: bytes)
                let control = bytes.firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F }
                #expect(position.firstControlCharacter == control, "\(bytes)")
                // Lines as libyaml counts them: LF, CRLF, a lone CR, NEL, LS and PS end one.
                func breakLength(at offset: Int) -> Int {
                    let rest = Array(bytes[offset...].prefix(3))
                    if rest.starts(with: [0x0D, 0x0A]) || rest.starts(with: [0xC2, 0x85]) { return 2 }
                    if rest.starts(with: [0xE2, 0x80, 0xA8]) || rest.starts(with: [0xE2, 0x80, 0xA9]) { return 3 }
                    return rest.first == 0x0A || rest.first == 0x0D ? 1 : 0
                }
                var line = 1
                var lineStart = 0
                var breakEnd = 0
                for offset in bytes.indices {
                    let column = bytes[lineStart..<offset].filter { ($0 & 0xC0) != 0x80 }.count + 1
                    let location = position.location(ofByte: offset)
                    #expect(location.line == line && location.column == column, "offset \(offset) of \(bytes)")
                    if offset >= breakEnd, breakLength(at: offset) > 0 {
                        breakEnd = offset + breakLength(at: offset)
                    }
                    if offset + 1 == breakEnd {
                        line += 1
                        lineStart = breakEnd
                    }
                }
            }
        }
    }
}
