public import WorkbookDiagnostics

/// A condition over the scores that, when it holds, gives a finding.
///
/// The loader keeps the expression texts with their positions; `RuleCompiler` parses and
/// type-checks them when the workbook loads.
public struct Rule: Sendable, Equatable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Equatable, CaseIterable, Comparable {
        case info, warning, critical

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .critical: 2
            }
        }

        /// Whether `lhs` is less serious than `rhs` (info, then warning, then critical).
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// What a rule runs once for.
    public enum Subject: String, Sendable, Equatable, CaseIterable {
        case element, group, question
    }

    /// The rule's id.
    public var id: String
    /// The condition.
    public var when: SourceText
    /// Run once per element, group or question, with its fields as bare names.
    public var forEach: Subject?
    /// How serious its finding is.
    public var severity: Severity
    /// The finding's message, with `{expressions}`.
    public var message: SourceText
    /// What to do about it, with `{expressions}`.
    public var recommendation: SourceText?
    /// Where the rule is written.
    public var location: SourceLocation

    /// Creates a rule.
    public init(
        id: String, when: SourceText, forEach: Subject?, severity: Severity, message: SourceText,
        recommendation: SourceText?, location: SourceLocation
    ) {
        self.id = id
        self.when = when
        self.forEach = forEach
        self.severity = severity
        self.message = message
        self.recommendation = recommendation
        self.location = location
    }
}

extension SourceText {
    /// How many columns into a double-quoted scalar's written form (opening quote at 0) the
    /// character `offset` characters into its text starts: each escape (`\"`, `\\`, `\x41`,
    /// `\u00e9`, `\U0001F600`) is one character of text but several of source.
    static func writtenColumns(ofOffset offset: Int, in source: String) -> Int {
        let written = Array(source.unicodeScalars)
        var column = 1
        var produced = 0
        while produced < offset, column < written.count {
            if written[column] == "\\", column + 1 < written.count {
                switch written[column + 1] {
                case "x": column += 4
                case "u": column += 6
                case "U": column += 10
                default: column += 2
                }
            } else {
                column += 1
            }
            produced += 1
        }
        return column
    }
}

/// A piece of text from a YAML scalar, with enough about how it was written to find the
/// file position of any character inside it.
public struct SourceText: Sendable, Equatable {
    /// How the text was written in the file: the model's own record of the YAML scalar
    /// style, so that the model knows nothing of the YAML layer.
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The text after YAML unquoting.
    public var text: String
    /// Where the scalar starts (its opening quote, if quoted).
    public var location: SourceLocation
    /// How it was written.
    public var style: Style
    /// The double-quoted scalar as written, when escapes make it differ from `text`.
    public var source: String?

    /// Creates a source text.
    public init(text: String, location: SourceLocation, style: Style = .plain, source: String? = nil) {
        self.text = text
        self.location = location
        self.style = style
        self.source = source
    }

    /// The file position of the character `offset` Unicode scalars into the text.
    ///
    /// Exact for text on one line, plain or quoted (the common case for rules); for text
    /// over several lines, the line is counted and the column is the best estimate.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let scalars = Array(text.unicodeScalars.prefix(max(0, offset)))
        switch style {
        case .literal, .folded:
            let lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
            let column = (lines.last?.count ?? 0) + location.column + 2
            return SourceLocation(file: location.file, line: location.line + lines.count, column: column)
        case .doubleQuoted where source != nil:
            return location.advanced(byColumns: Self.writtenColumns(ofOffset: scalars.count, in: source ?? ""))
        case .plain, .singleQuoted, .doubleQuoted:
            let quote = style == .plain ? 0 : 1
            var extra = 0
            if style == .singleQuoted { extra = scalars.filter { $0 == "'" }.count }
            return location.advanced(byColumns: quote + scalars.count + extra)
        }
    }
}
