import Foundation
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

/// Every escaper, fed generated text from a hostile alphabet (combining marks, CR/LF pairs,
/// quotes, controls, bidirectional overrides, YAML indicators), is read back by a real parser:
/// Python's `csv` for CSV fields, libyaml for YAML scalars, Python's `json` and `html.parser`.
///
/// Each alphabet entry is a string, not a Character, and texts are joined scalar by scalar, so
/// `\r` + `\n` and `"` + a combining mark become single Characters in the text: the case a
/// Character-wise escaper got wrong.
struct EscaperTests {
    static let hostile: [String] = [
        "\"", "'", ",", ";", "\r", "\n", "\r\n", "\t", " ", "\u{301}", "\u{20DD}", "\u{200D}", "\u{FE0F}",
        "=", "+", "-", "@", ":", "#", "\\", "|", ">", "<", "&", "*", "!", "%", "?", "`", "~", "{", "}", "[", "]",
        "\u{202E}", "\u{2066}", "\u{200F}", "\u{FEFF}", "\u{2028}", "\u{A0}", "a", "Z", "é", "ß", "🙂", "👩🏽‍⚕️",
        "0", "1", ".", "e", "x", "y", "n", "o", "null", "yes", "_", "^", "\u{1B}", "\u{7F}", "\u{9B}", "\u{0}",
    ]

    /// Deterministic texts: the same on every run, so a failure can be reproduced.
    static func texts(count: Int, maxPieces: Int = 10, seed: UInt64 = 0x5EED) -> [String] {
        var state = seed
        func next() -> Int {
            // SplitMix64.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        return (0..<count)
            .map { _ in
                var scalars = String.UnicodeScalarView()
                for _ in 0..<(next() % (maxPieces + 1)) {
                    scalars.append(contentsOf: hostile[next() % hostile.count].unicodeScalars)
                }
                return String(scalars)
            }
    }

    /// Runs a Python script with `input` on its standard input; its standard output.
    static func python(_ script: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        // Written from another thread: a large input would fill the pipe while Python's
        // answer fills the other.
        let data = Data(input.utf8)
        let writer = Thread {
            stdin.fileHandleForWriting.write(data)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    @Test func csvFieldsReadBackWholeByPythonsCSVAndNeverStartAFormula() throws {
        let texts = Self.texts(count: 4000)
        // Each row: the index, the field, and a sentinel: a field that ends its row or closes
        // its quotes early moves or splits the sentinel.
        let csv = texts.enumerated().map { "\($0.offset),\($0.element.csvTextField),end\r\n" }.joined()
        let script = """
            import csv, io, json, sys
            rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline='')))
            print(json.dumps(rows))
            """
        let rows = try JSONDecoder().decode([[String]].self, from: Data(try Self.python(script, input: csv).utf8))
        #expect(rows.count == texts.count)
        for (index, text) in texts.enumerated() where index < rows.count {
            let row = rows[index]
            #expect(
                row.count == 3 && row[0] == String(index) && row[2] == "end",
                "\(text.debugDescription) broke its row: \(row)")
            guard row.count == 3 else { continue }
            let field = row[1]
            let neutralised = text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
            #expect(
                field.unicodeScalars.elementsEqual(((neutralised ? "'" : "") + text).unicodeScalars),
                "\(text.debugDescription)")
            if let first = field.unicodeScalars.first {
                #expect(!"=+-@\t\r".unicodeScalars.contains(first), "\(field.debugDescription) starts a formula")
            }
        }
    }

    @Test func aQuoteWithACombiningMarkAndACRLFAreEscapedAsScalars() {
        // One Character each: '"' + U+0301, and "\r\n".
        #expect("a\"\u{301}b".csvTextField == "\"a\"\"\u{301}b\"")
        #expect("a\r\nb".csvTextField == "\"a\r\nb\"")
        #expect("=1+1".csvTextField == "'=1+1")
        #expect("plain".csvTextField == "plain")
    }

    @Test func yamlScalarsReadBackByLibYAMLAsTheSameText() throws {
        for text in Self.texts(count: 4000) {
            let yaml = "key: \(YAMLQuoting.scalar(text))\n"
            let result = YAMLParser.parse(InputFile(name: "q.yaml", text: yaml), policy: .general)
            let value = result.documents.first?.pairs?.first?.value.text
            let read = value.map { $0.unicodeScalars.elementsEqual(text.unicodeScalars) } ?? false
            #expect(
                !result.diagnostics.containsErrors && read,
                "\(text.debugDescription) written as \(yaml.debugDescription)")
        }
    }

    @Test(arguments: [": \u{301}x", "a: \u{301}b", "a \u{301}#b", "a #\u{301}"])
    func aColonOrHashBeforeACombiningMarkIsQuoted(_ text: String) {
        let written = YAMLQuoting.scalar(text)
        let result = YAMLParser.parse(InputFile(name: "q.yaml", text: "key: \(written)\n"), policy: .general)
        #expect(result.documents.first?.pairs?.first?.value.text == text, "written as \(written)")
    }

    @Test func yamlScalarsAlsoReadBackByPyYAML() throws {
        // A second, independent reader (PyYAML with libyaml's C loader when it has it).
        let texts = Self.texts(count: 1500).filter { !$0.unicodeScalars.contains(where: TreeBuilder.isRefusedControl) }
        let yaml = texts.enumerated().map { "k\($0.offset): \(YAMLQuoting.scalar($0.element))\n" }.joined()
        let script = """
            import json, sys, yaml
            loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)
            data = yaml.load(sys.stdin.buffer.read().decode('utf-8'), Loader=loader)
            print(json.dumps([data['k%d' % i] for i in range(len(data))]))
            """
        let read = try JSONDecoder().decode([String].self, from: Data(try Self.python(script, input: yaml).utf8))
        #expect(read.count == texts.count)
        for (text, back) in zip(texts, read) {
            #expect(
                back.unicodeScalars.elementsEqual(text.unicodeScalars),
                "\(text.debugDescription) read back as \(back.debugDescription)")
        }
    }

    @Test func jsonAndHTMLEscapingReadBackByPython() throws {
        let texts = Self.texts(count: 1500)
        let json = JSONValue.array(texts.map { .string($0) }).serialized(escapingHTML: true)
        let html = texts.map { "<p title=\"\($0)\">\($0)</p>\n" as HTML }.joined().markup
        let script = """
            import html.parser, json, sys
            data = sys.stdin.buffer.read().decode('utf-8')
            head, body = data.split('\\u0001SPLIT\\u0001', 1)
            class P(html.parser.HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True); self.items = []; self.text = None
                def handle_starttag(self, tag, attrs):
                    self.items.append([dict(attrs)['title'], '']); self.text = self.items[-1]
                def handle_data(self, data):
                    if self.text is not None: self.text[1] += data
                def handle_endtag(self, tag): self.text = None
            p = P(); p.feed(body); p.close()
            print(json.dumps({'json': json.loads(head), 'html': p.items}))
            """
        struct Back: Decodable {
            var json: [String]
            var html: [[String]]
        }
        let back = try JSONDecoder()
            .decode(Back.self, from: Data(try Self.python(script, input: json + "\u{1}SPLIT\u{1}" + html).utf8))
        #expect(back.json.count == texts.count && back.html.count == texts.count)
        for (index, text) in texts.enumerated() where index < back.json.count && index < back.html.count {
            #expect(back.json[index].unicodeScalars.elementsEqual(text.unicodeScalars), "JSON \(text.debugDescription)")
            // Python's parser keeps CR and NUL as they are (a browser would change both).
            #expect(
                back.html[index].count == 2
                    && back.html[index].allSatisfy { $0.unicodeScalars.elementsEqual(text.unicodeScalars) },
                "HTML \(text.debugDescription) read back as \(back.html[index])")
        }
    }
}
