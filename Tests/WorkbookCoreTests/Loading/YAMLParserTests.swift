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

struct YAMLParserTests {
    private func root(_ text: String) throws -> YAMLNode {
        let (root, diagnostics) = YAMLParser.parseDocument(.yaml(text))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(root)
    }

    @Test func nodesCarryOneBasedPositions() throws {
        let node = try root("workbook: pots\nelements:\n  - id: evidence\n    title: \"Strong evidence\"\n")
        let pairs = try #require(node.pairs)
        #expect(pairs[0].key.location == FileLocation(file: "test.yaml", line: 1, column: 1))
        #expect(pairs[0].value.location == FileLocation(file: "test.yaml", line: 1, column: 11))
        let element = try #require(pairs[1].value.items?.first?.pairs)
        #expect(element[0].key.location.line == 3)
        #expect(element[0].key.location.column == 5)
        #expect(element[1].value.location == FileLocation(file: "test.yaml", line: 4, column: 12))
    }

    @Test func scalarsKeepTheirTextAndWhetherTheyWereQuoted() throws {
        let pairs = try #require(try root("a: \"2025\"\nb: 2025\nc: 2025/26\nd: 'na'\ne: na\nf:\n").pairs)
        #expect(pairs[0].value.scalar == YAMLNode.Scalar(text: "2025", style: .doubleQuoted))
        #expect(pairs[1].value.scalar == YAMLNode.Scalar(text: "2025", style: .plain))
        #expect(pairs[2].value.text == "2025/26")
        #expect(pairs[3].value.scalar?.style == .singleQuoted)
        #expect(pairs[4].value.scalar?.isPlain == true)
        #expect(pairs[5].value.isNull)
    }

    /// Keys are compared as bytes and large mappings indexed by a hash of them; equal text
    /// must still be found however the mapping is searched, canonically equivalent Unicode
    /// included (as `String` compares it), and ASCII keys that differ must not collide.
    @Test(arguments: [3, 16, 17, 40, 300])
    func duplicateKeysAreFoundInMappingsOfAnySize(keys: Int) throws {
        let lines = (0..<keys).map { "key-\($0): \($0)" }
        for (first, second) in [("key-x", "key-x"), ("caf\u{E9}", "cafe\u{301}"), ("\u{212B}", "\u{C5}")] {
            let text = (["\(first): a"] + lines + ["\(second): b"]).joined(separator: "\n") + "\n"
            let (_, diagnostics) = YAMLParser.parseDocument(.yaml(text))
            let duplicates = diagnostics.filter { $0.code == .yamlDuplicateKey }
            #expect(duplicates.count == 1, "\(first) / \(second) in \(keys) keys: \(diagnostics)")
            #expect(duplicates.first?.location?.line == keys + 2)
        }
        // Keys that differ only in case or by one byte are not duplicates.
        let distinct = (lines + ["KEY-1: x", "key-1x: y", "kéy-1: z"]).joined(separator: "\n") + "\n"
        let (root, diagnostics) = YAMLParser.parseDocument(.yaml(distinct))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(root?.pairs?.value(forKey: "kéy-1")?.text == "z")
        #expect(root?.pairs?.value(forKey: "ke\u{301}y-1")?.text == "z")
        #expect(root?.pairs?.value(forKey: "key-1")?.text == "1")
    }

    @Test func mappingsKeepFileOrder() throws {
        let keys = try #require(try root("z: 1\na: 2\nm: 3\n").pairs).compactMap(\.key.text)
        #expect(keys == ["z", "a", "m"])
    }

    @Test func nonASCIIColumnsCountCharactersNotBytes() throws {
        let pairs = try #require(try root("área: Côte-d’Or\nx: [é, 1]\n").pairs)
        #expect(pairs[0].value.location.column == 7)
        #expect(pairs[1].value.items?[1].location.column == 8)
    }

    @Test func generalPolicyExpandsAliasesWithinTheNodeLimit() throws {
        let result = YAMLParser.parse(.yaml("a: &x [1, 2]\nb: *x\n"), policy: .general)
        #expect(result.diagnostics.isEmpty)
        let pairs = try #require(result.documents.first?.pairs)
        #expect(pairs[1].value.items?.compactMap(\.text) == ["1", "2"])
    }

    @Test func billionLaughsStopsAtTheNodeLimit() throws {
        let input = try Fixtures.input("invalid/yaml-billion-laughs.yaml")
        let clock = ContinuousClock()
        let start = clock.now
        let result = YAMLParser.parse(input, policy: .general)
        #expect(clock.now - start < .seconds(1))
        #expect(result.diagnostics.map(\.code) == [.yamlLimit])
        #expect(result.diagnostics.first?.message.contains("node limit") == true)
    }

    @Test func anUnknownAliasIsReported() {
        let result = YAMLParser.parse(.yaml("a: *nowhere\n"), policy: .general)
        #expect(result.diagnostics.map(\.code) == [.yamlUnknownAlias])
        #expect(result.diagnostics.first?.location?.column == 4)
    }

    @Test func generalPolicyReadsSeveralDocuments() {
        let result = YAMLParser.parse(.yaml("a: 1\n---\nb: 2\n"), policy: .general)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 2)
    }

    @Test func tenThousandDeepNestingEndsInTheDepthLimit() {
        let text = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = YAMLParser.parse(.yaml(text))
        #expect(result.diagnostics.map(\.code) == [.yamlLimit])
        #expect(result.diagnostics.first?.message.contains("nesting limit") == true)
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        let limits = YAMLLimits(maxBytes: 100, maxDepth: 64, maxNodes: 1000, maxScalarBytes: 100)
        let result = YAMLParser.parse(.yaml("a: " + String(repeating: "x", count: 200)), limits: limits)
        #expect(result.diagnostics.map(\.code) == [.yamlLimit])
        #expect(result.diagnostics.first?.message.contains("limit for one file") == true)
    }

    @Test func aLongScalarIsRefused() {
        let limits = YAMLLimits(maxBytes: 10_000, maxDepth: 64, maxNodes: 1000, maxScalarBytes: 100)
        let result = YAMLParser.parse(.yaml("a: " + String(repeating: "x", count: 200)), limits: limits)
        #expect(result.diagnostics.map(\.code) == [.yamlLimit])
        #expect(result.diagnostics.first?.location?.column == 4)
    }

    @Test func utf16IsRefusedWithAnEncodingHint() {
        let result = YAMLParser.parse(InputFile(name: "w.yaml", bytes: [0xFF, 0xFE, 0x61, 0x00]))
        #expect(result.diagnostics.map(\.code) == [.yamlEncoding])
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let input = InputFile(name: "w.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        let (root, diagnostics) = YAMLParser.parseDocument(input)
        #expect(diagnostics.isEmpty)
        #expect(root?.pairs?.first?.key.location.column == 1)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<300 {
            let count = Int(generator.next() % 400)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = YAMLParser.parse(InputFile(name: "r.yaml", bytes: bytes), policy: .general)
            // Printable noise gets past the encoding checks and exercises libyaml itself.
            let printable = bytes.map { 0x20 + $0 % 0x5F }
            _ = YAMLParser.parse(InputFile(name: "r.yaml", bytes: printable), policy: .general)
        }
    }
}

/// A small deterministic generator for tests (no global random state).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct SourceTextPositionTests {
    /// A rule error after escapes in a double-quoted value points at the right column.
    @Test func positionsInsideDoubleQuotedTextAllowForEscapes() throws {
        let yaml = #"when: "a == \"caf\u00e9\" and b.scroe""# + "\n"
        let (root, diagnostics) = YAMLParser.parseDocument(.yaml(yaml))
        #expect(diagnostics.isEmpty)
        let node = try #require(root?.pairs?.first?.value)
        let scalar = try #require(node.scalar)
        #expect(scalar.style == .doubleQuoted)
        #expect(scalar.text == "a == \"café\" and b.scroe")
        let text = SourceText(text: scalar.text, location: node.location, style: .doubleQuoted, source: scalar.source)
        let offset = scalar.text.unicodeScalars.count - "scroe".count
        // `when: "` is 7 columns; the written value up to 'scroe' is 30 characters long.
        #expect(text.location(ofOffset: offset).column == 7 + 1 + #"a == \"caf\u00e9\" and b."#.count)
    }

    @Test func plainAndSingleQuotedPositionsAreUnchanged() {
        let plain = SourceText(text: "a < 2", location: FileLocation(file: "f", line: 3, column: 11))
        #expect(plain.location(ofOffset: 4).column == 15)
        let quoted = SourceText(
            text: "it's", location: FileLocation(file: "f", line: 3, column: 11), style: .singleQuoted)
        // 'it''s': the doubled quote takes one more column.
        #expect(quoted.location(ofOffset: 3).column == 16)
    }
}
