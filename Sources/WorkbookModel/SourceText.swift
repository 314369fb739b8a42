public import WorkbookDiagnostics

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
    public var location: FileLocation
    /// How it was written.
    public var style: Style
    /// The double-quoted scalar as written, when escapes make it differ from `text`.
    public var source: String?

    /// Creates a source text.
    public init(text: String, location: FileLocation, style: Style = .plain, source: String? = nil) {
        self.text = text
        self.location = location
        self.style = style
        self.source = source
    }

    /// The file position of the character `offset` Unicode scalars into the text.
    ///
    /// Exact for text on one line, plain or quoted (the common case for rules); for text
    /// over several lines, the line is counted and the column is the best estimate.
    public func location(ofOffset offset: Int) -> FileLocation {
        let scalars = Array(text.unicodeScalars.prefix(max(0, offset)))
        switch style {
        case .literal, .folded:
            let lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
            let column = (lines.last?.count ?? 0) + location.column + 2
            return FileLocation(file: location.file, line: location.line + lines.count, column: column)
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
