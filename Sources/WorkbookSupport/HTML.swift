/// A piece of HTML (or inline SVG) that is safe to place in a page: markup built so that text
/// is escaped unless it is explicitly marked raw.
///
/// A string literal is markup as the code wrote it (`"<p class=\"notes\">"`); a `String`
/// interpolated into it is text and is escaped; an `HTML` interpolated into it is kept as it
/// is; an integer is written in decimal. So
///
///     let title = "Fish & <chips>"
///     let html: HTML = "<h1 title=\"\(title)\">\(title)</h1>"
///
/// gives `<h1 title="Fish &amp; &lt;chips&gt;">Fish &amp; &lt;chips&gt;</h1>`. Text from a
/// workbook or a response cannot become markup except through `HTML.raw`, which is kept for
/// what this program wrote itself (its style sheets, scripts and escaped JSON).
///
/// Escaping is `String.htmlEscaped` (Support/HTMLEscaping.swift), which is safe in element
/// content and in double- or single-quoted attribute values. No Foundation: the type builds
/// under Embedded Swift as well.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup, ready to write into a page.
    public private(set) var markup: String

    private init(markup: String) { self.markup = markup }

    /// Nothing.
    public static let empty = HTML(markup: "")

    /// Text, escaped: `<`, `>`, `&`, `"` and `'` become character references.
    public static func text(_ text: String) -> HTML { HTML(markup: text.htmlEscaped) }

    /// Markup taken as it is, unescaped: only for what this program wrote itself (a style sheet,
    /// a script, JSON already escaped for a `<script>` block), never for text from a file.
    public static func raw(_ markup: String) -> HTML { HTML(markup: markup) }

    /// A literal is markup as written in the code.
    public init(stringLiteral value: String) { markup = value }

    /// Literal segments are markup; interpolated text is escaped (see `StringInterpolation`).
    public init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    /// The markup.
    public var description: String { markup }

    /// Whether there is no markup at all.
    public var isEmpty: Bool { markup.isEmpty }

    /// Appends markup.
    public mutating func append(_ other: HTML) { markup += other.markup }

    /// The two pieces one after the other.
    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(markup: lhs.markup + rhs.markup) }

    /// Appends markup.
    public static func += (lhs: inout HTML, rhs: HTML) { lhs.markup += rhs.markup }

    /// ` name="value"`, with the value escaped: to write inside a start tag.
    public static func attribute(_ name: String, _ value: String) -> HTML {
        HTML(markup: " " + name + "=\"" + value.htmlEscaped + "\"")
    }

    /// ` name="value"` when there is a value, otherwise nothing.
    public static func attribute(_ name: String, _ value: String?) -> HTML {
        guard let value else { return .empty }
        return attribute(name, value)
    }

    /// `<name attributes>content</name>`, attribute values escaped; `name` is the code's own.
    public static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ content: HTML = .empty
    ) -> HTML {
        var html = HTML(markup: "<" + name)
        for (key, value) in attributes { html += attribute(key, value) }
        return html + HTML(markup: ">") + content + HTML(markup: "</" + name + ">")
    }

    /// Builds markup by interpolation: literal segments are markup, a `String` is escaped, an
    /// `HTML` is kept, an integer is written in decimal. Anything else (an optional, a
    /// `Double`) does not compile: say how it is to be written.
    public struct StringInterpolation: StringInterpolationProtocol {
        var markup: String

        /// Room for the literal segments.
        public init(literalCapacity: Int, interpolationCount: Int) {
            markup = ""
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// Markup as the code wrote it.
        public mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) { markup += text.htmlEscaped }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: Substring) { markup += String(text).htmlEscaped }

        /// Markup: kept as it is.
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        /// A whole number, in decimal.
        public mutating func appendInterpolation<Number: BinaryInteger>(_ number: Number) { markup += String(number) }
    }
}

extension Sequence where Element == HTML {
    /// The pieces one after another, with `separator` between them.
    public func joined(separator: HTML = .empty) -> HTML {
        var html = HTML.empty
        var first = true
        for piece in self {
            if !first { html += separator }
            html += piece
            first = false
        }
        return html
    }
}
