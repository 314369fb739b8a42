package import WorkbookFormat
package import WorkbookDiagnostics
package import WorkbookModel
package import WorkbookYAML

/// Reads model values out of YAML nodes, collecting a located diagnostic for every problem.
///
/// Every accessor returns nil when the value is absent or wrong, after recording why; the
/// loaders then carry on, so one pass finds every mistake in a file.
package struct NodeDecoder {
    package var diagnostics: [Diagnostic]

    package init(diagnostics: [Diagnostic] = []) { self.diagnostics = diagnostics }

    package mutating func error(
        _ code: DiagnosticCode, _ message: String, at location: FileLocation, hint: String? = nil, length: Int? = nil
    ) {
        diagnostics.append(.error(code, message, at: location, hint: hint, length: length))
    }

    /// Checks that `node` is a mapping with only known keys and every required key.
    ///
    /// - Parameters:
    ///   - node: the value to check.
    ///   - what: the mapping named for messages, with its article ("an element").
    ///   - keys: the keys the mapping may have, and those it must have.
    /// - Returns: the mapping's fields, even when a key is unknown or missing (each recorded as
    ///   an error); nil when `node` is not a mapping.
    package mutating func fields(of node: YAMLNode, what: @autoclosure () -> String, keys: KeySet) -> Fields? {
        guard let pairs = node.pairs else {
            error(
                .wrongType, "\(what()) should be a mapping of keys to values, but here is \(node.kindDescription)",
                at: node.location, hint: "write it as 'key: value' lines, indented under its parent")
            return nil
        }
        let allowed = keys.all
        for pair in pairs {
            guard pair.key.isScalar else {
                error(
                    .wrongType, "a key in \(what()) should be a word, but here is \(pair.key.kindDescription)",
                    at: pair.key.location)
                continue
            }
            // Compared as bytes: a key's text is made only when it is not one of these.
            if !pair.key.hasText(in: allowed), let key = pair.key.text {
                // In `{ a: x, y }` an unquoted comma ends the value, and what follows reads as a key.
                let splitByComma = pair.value.isNull && key.contains(" ")
                let hint =
                    splitByComma
                    ? "if this is the end of the text before it: a ',' inside { } ends a value, so put that text in quotes"
                    : Suggestions.hint(for: key, in: allowed)
                        ?? "the keys of \(what()) are: \(allowed.joined(separator: ", "))"
                error(
                    .unknownKey, "unknown key '\(key)' in \(what())", at: pair.key.location, hint: hint,
                    length: key.count)
            }
        }
        let fields = Fields(node: node, pairs: pairs)
        for key in keys.required where fields[key] == nil {
            error(
                .missingKey, "\(what()) has no '\(key)'", at: node.location,
                hint: "add '\(key): ...' to it")
        }
        return fields
    }

    /// Text: any scalar. An empty value counts as absent (and, if required, is reported).
    package mutating func text(_ fields: Fields, _ key: String, what: @autoclosure () -> String, required: Bool = false)
        -> String?
    {
        guard let node = fields[key] else { return nil }
        return text(node, key: key, what: what(), required: required)
    }

    package mutating func text(_ node: YAMLNode, key: String, what: @autoclosure () -> String, required: Bool = false)
        -> String?
    {
        guard let scalar = node.scalar else {
            error(
                .wrongType, "'\(key)' in \(what()) should be text, but here is \(node.kindDescription)",
                at: node.location,
                hint: "if it is meant as text, put it in quotes")
            return nil
        }
        // A required value written as "" or "  " is as empty as one left out: an area with no
        // name would be reported, compared and trended as nobody.
        if scalar.isNull || (required && Self.isBlank(scalar.text)) {
            if required {
                error(
                    .missingKey, "'\(key)' in \(what()) is empty", at: node.location,
                    hint: "write a value after '\(key):'")
            }
            return nil
        }
        return scalar.text
    }

    /// Whether text is empty or only white space: what a required value may not be.
    package static func isBlank(_ text: String) -> Bool {
        // A printable ASCII first character is not white space: no properties looked up.
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Text that keeps its position, for expressions.
    package mutating func sourceText(
        _ fields: Fields, _ key: String, what: @autoclosure () -> String, required: Bool = false
    ) -> SourceText? {
        guard let node = fields[key], let text = text(node, key: key, what: what(), required: required) else {
            return nil
        }
        guard let scalar = node.scalar else { return SourceText(text: text, location: node.location) }
        return SourceText(text: text, location: node.location, style: Self.style(scalar.style), source: scalar.source)
    }

    /// The model's record of how a scalar was written.
    private static func style(_ style: YAMLNode.Scalar.Style) -> SourceText.Style {
        switch style {
        case .plain: .plain
        case .singleQuoted: .singleQuoted
        case .doubleQuoted: .doubleQuoted
        case .literal: .literal
        case .folded: .folded
        }
    }

    /// An id: lowercase letters, digits and '-', starting with a letter.
    package mutating func identifier(
        _ fields: Fields, _ key: String, what: @autoclosure () -> String, required: Bool = true
    ) -> String? {
        guard let node = fields[key], let text = text(node, key: key, what: what(), required: required) else {
            return nil
        }
        return checkIdentifier(text, at: node.location, what: what())
    }

    package mutating func checkIdentifier(_ text: String, at location: FileLocation, what: @autoclosure () -> String)
        -> String?
    {
        if Identifier.isValid(text) { return text }
        error(
            .invalidID, "'\(text)' is not a valid id for \(what())", at: location,
            hint: Identifier.suggestion(for: text)
                .map {
                    "ids use lowercase letters, digits and '-', starting with a letter: try '\($0)'"
                } ?? "ids use lowercase letters, digits and '-', starting with a letter")
        return nil
    }

    /// A number written as a plain decimal (`3`, `-1`, `2.5`).
    package mutating func number(_ fields: Fields, _ key: String, what: @autoclosure () -> String) -> Double? {
        guard let node = fields[key] else { return nil }
        return number(node, what: "'\(key)' in \(what())")
    }

    package mutating func number(_ node: YAMLNode, what: @autoclosure () -> String) -> Double? {
        guard let scalar = node.scalar, !scalar.isNull else {
            error(.wrongType, "\(what()) should be a number, but here is \(node.kindDescription)", at: node.location)
            return nil
        }
        return number(scalar.text, at: node, what: what())
    }

    /// The number a scalar's text is written as (the scalar already known not to be null).
    package mutating func number(_ text: String, at node: YAMLNode, what: @autoclosure () -> String) -> Double? {
        guard let value = NumberSyntax.parse(text) else {
            error(
                .invalidNumber, "\(what()) should be a number, but '\(text)' is not written as one", at: node.location,
                hint: NumberSyntax.hint(for: text))
            return nil
        }
        return value
    }

    /// A whole number.
    package mutating func integer(_ fields: Fields, _ key: String, what: @autoclosure () -> String) -> Int? {
        guard let node = fields[key], let value = number(node, what: "'\(key)' in \(what())") else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else {
            error(.invalidNumber, "'\(key)' in \(what()) should be a whole number", at: node.location)
            return nil
        }
        return Int(value)
    }

    /// `true` or `false`.
    package mutating func bool(_ fields: Fields, _ key: String, what: @autoclosure () -> String) -> Bool? {
        guard let node = fields[key] else { return nil }
        switch node.scalar?.text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(.invalidValue, "'\(key)' in \(what()) should be true or false", at: node.location)
            return nil
        }
    }

    /// One of an enum's raw values, with "did you mean" for a near miss.
    package mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ key: String, what: @autoclosure () -> String, as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        guard let node = fields[key], let text = text(node, key: key, what: what(), required: true) else { return nil }
        if let value = Choice(rawValue: text) { return value }
        let options = Choice.allCases.map(\.rawValue)
        error(
            .invalidValue, "'\(text)' is not a valid '\(key)' for \(what())", at: node.location,
            hint: Suggestions.hint(for: text, in: options) ?? "use one of: \(options.joined(separator: ", "))")
        return nil
    }

    /// A list; a lone value where a list belongs is reported.
    package mutating func list(_ fields: Fields, _ key: String, what: @autoclosure () -> String) -> [YAMLNode]? {
        guard let node = fields[key] else { return nil }
        if node.isNull { return [] }
        guard let items = node.items else {
            error(
                .wrongType, "'\(key)' in \(what()) should be a list, but here is \(node.kindDescription)",
                at: node.location,
                hint: "write each item on its own line starting with '- '")
            return nil
        }
        return Array(items)
    }
}
