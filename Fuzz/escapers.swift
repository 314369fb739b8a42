// Fuzz target `escapers`: any bytes as text (UTF-8, invalid bytes replaced), through every
// escaper, each result read back by a real parser and compared with the text, scalar by scalar.
// Run with Scripts/fuzz.sh escapers.
//
// - CSV (`csvTextField`): a row `0,FIELD,end` read by the RFC 4180 reader below must give
//   three fields, the middle one the text (after the `'` that neutralises a formula), and no
//   field may start a formula.
// - YAML (`YAMLQuoting.scalar`): `key: SCALAR` read by libyaml must give the text back.
// - HTML (`htmlEscaped`): no `<`, `>`, `"` or `'` left, every `&` starts a reference, and
//   decoding the references gives the text back.
// - Terminals (`visibleControls`): nothing a terminal would act on is left.
// - Markdown (`markdownEscaped`): no line break and no unescaped table bar.

/// libFuzzer's entry: the text through every escaper and back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscapers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzSupport.bytes(data, size), as: UTF8.self)
    FuzzSupport.checkCSV(text)
    FuzzSupport.checkYAML(text)
    FuzzSupport.checkHTML(text)
    FuzzSupport.checkTerminal(text)
    FuzzSupport.checkMarkdown(text)
    return 0
}

extension FuzzSupport {
    /// Nothing to prepare for this target.
    static func warmUp() {}

    static let formulaStarts = "=+-@\t\r".unicodeScalars

    static func checkCSV(_ text: String) {
        let row = "0,\(text.csvTextField),end\r\n"
        guard let fields = RFC4180.firstRecord(Array(row.unicodeScalars)) else {
            fatalError("CSV: the row of \(text.debugDescription) does not parse")
        }
        guard fields.count == 3, fields[0] == ["0"], fields[2] == Array("end".unicodeScalars) else {
            fatalError("CSV: \(text.debugDescription) broke its row into \(fields.count) fields")
        }
        let neutralised = text.unicodeScalars.first.map { formulaStarts.contains($0) } ?? false
        guard fields[1] == Array(((neutralised ? "'" : "") + text).unicodeScalars) else {
            fatalError("CSV: \(text.debugDescription) read back differently")
        }
        if let first = fields[1].first, formulaStarts.contains(first) {
            fatalError("CSV: \(text.debugDescription) starts a formula")
        }
    }

    static func checkYAML(_ text: String) {
        let written = YAMLQuoting.scalar(text)
        let input = InputFile(name: "quoted.yaml", text: "key: \(written)\n")
        let result = YAMLParser.parse(input, policy: .general)
        guard !result.diagnostics.containsErrors, let back = result.documents.first?.pairs?.first?.value.text else {
            fatalError("YAML: \(text.debugDescription) written as \(written.debugDescription) does not read back")
        }
        guard back.unicodeScalars.elementsEqual(text.unicodeScalars) else {
            fatalError(
                "YAML: \(text.debugDescription) written as \(written.debugDescription) reads back as \(back.debugDescription)"
            )
        }
        // libyaml itself, with none of our checks in between, agrees.
        guard YAMLParser.libYAMLAccepts(input.bytes) else {
            fatalError("YAML: libyaml refuses \(written.debugDescription)")
        }
    }

    static func checkHTML(_ text: String) {
        let escaped = Array(text.htmlEscaped.unicodeScalars)
        var decoded = String.UnicodeScalarView()
        var index = 0
        let references: [(String, Unicode.Scalar)] = [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
        ]
        while index < escaped.count {
            let scalar = escaped[index]
            if "<>\"'".unicodeScalars.contains(scalar) {
                fatalError("HTML: \(text.debugDescription) keeps a raw \(scalar)")
            }
            if scalar == "&" {
                guard
                    let (name, value) = references.first(where: { reference in
                        let name = Array(reference.0.unicodeScalars)
                        return index + name.count <= escaped.count && Array(escaped[index..<index + name.count]) == name
                    })
                else { fatalError("HTML: \(text.debugDescription) has an '&' that starts no reference") }
                decoded.append(value)
                index += name.unicodeScalars.count
            } else {
                decoded.append(scalar)
                index += 1
            }
        }
        guard decoded.elementsEqual(text.unicodeScalars) else {
            fatalError("HTML: \(text.debugDescription) decodes differently")
        }
    }

    static func checkTerminal(_ text: String) {
        for keeping in [false, true] {
            let shown = text.visibleControls(keepingLineBreaks: keeping)
            for scalar in shown.unicodeScalars
            where String.visibleControlName(scalar, keepingLineBreaks: keeping) != nil {
                fatalError("terminal: \(text.debugDescription) keeps U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    static func checkMarkdown(_ text: String) {
        let escaped = Array(text.markdownEscaped.unicodeScalars)
        var backslashes = 0
        for scalar in escaped {
            if scalar == "\n" || scalar == "\r" { fatalError("Markdown: \(text.debugDescription) keeps a line break") }
            if scalar == "|", backslashes % 2 == 0 {
                fatalError("Markdown: \(text.debugDescription) keeps an unescaped '|'")
            }
            backslashes = scalar == "\\" ? backslashes + 1 : 0
        }
    }
}

/// A CSV reader written from RFC 4180 section 2, independent of the writer: records end with
/// CRLF (a lone CR or LF also ends one, as spreadsheets read them); a field is either
/// unquoted (no quote, comma, CR or LF in it) or quoted, with `""` for a quote inside.
enum RFC4180 {
    /// The fields of the first record, or nil when it is not well-formed.
    static func firstRecord(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
        var fields: [[Unicode.Scalar]] = []
        var index = 0
        while true {
            var field: [Unicode.Scalar] = []
            if index < scalars.count, scalars[index] == "\"" {
                index += 1
                while true {
                    guard index < scalars.count else { return nil }  // quotes never closed
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(scalars[index])
                    index += 1
                }
                // After a closing quote: only a separator or the end of the record.
                guard index >= scalars.count || ",\r\n".unicodeScalars.contains(scalars[index]) else { return nil }
            } else {
                while index < scalars.count, !",\r\n".unicodeScalars.contains(scalars[index]) {
                    if scalars[index] == "\"" { return nil }  // a quote inside an unquoted field
                    field.append(scalars[index])
                    index += 1
                }
            }
            fields.append(field)
            if index >= scalars.count || scalars[index] != "," { return fields }
            index += 1
        }
    }
}
