/// Splits a rule expression into located tokens.
///
/// Hand-written, one pass over the Unicode scalars, no backtracking. Names are ASCII letters,
/// digits and '_'; a dotted name is one token, and after a '.' a segment may also contain '-'
/// (`question.evidence-nice.score`), because ids do. A minus sign therefore needs spaces
/// around it when it follows a dotted name: `a.score - b.score`.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Creates a lexer over `text`.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Every token, ending with `.end`.
    ///
    /// - Throws: `RuleError` for the first character that cannot start a token, an unclosed
    ///   string, or an expression over the length or token limits.
    static func tokenize(_ text: String) throws(RuleError) -> [Token] {
        var lexer = Lexer(text)
        return try lexer.tokenize()
    }

    private mutating func tokenize() throws(RuleError) -> [Token] {
        guard scalars.count <= Limits.characters else { throw .tooLong(scalars.count) }
        var tokens: [Token] = []
        while let token = try next() {
            tokens.append(token)
            if tokens.count > Limits.tokens {
                throw .tooComplex(
                    "the expression has more than \(Limits.tokens) tokens", at: token.span)
            }
        }
        tokens.append(Token(kind: .end, span: Span(offset: scalars.count, length: 0)))
        return tokens
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func next() throws(RuleError) -> Token? {
        while let scalar = peek(), scalar.properties.isWhitespace { position += 1 }
        guard let scalar = peek() else { return nil }
        let start = position
        if Self.isDigit(scalar) { return try number() }
        if Self.isNameStart(scalar) { return try name() }
        if scalar == "\"" || scalar == "'" { return try string(quote: scalar) }
        if let symbol = symbol() {
            return Token(kind: .symbol(symbol), span: Span(offset: start, length: position - start))
        }
        throw unexpectedCharacter(scalar, at: start)
    }

    private mutating func number() throws(RuleError) -> Token {
        let start = position
        while let scalar = peek(), Self.isDigit(scalar) { position += 1 }
        if peek() == ".", let after = peek(1), Self.isDigit(after) {
            position += 1
            while let scalar = peek(), Self.isDigit(scalar) { position += 1 }
        }
        let span = Span(offset: start, length: position - start)
        if let scalar = peek(), Self.isNameStart(scalar) || scalar == "." {
            throw .syntax(
                "a number cannot run straight into '\(scalar)'", at: Span(offset: position, length: 1),
                hint: scalar == "." ? "write decimals as 2.5" : "put a space or an operator after the number")
        }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        guard let value = Double(text), value.isFinite else {
            throw .syntax("'\(text)' is not a number the language can use", at: span)
        }
        return Token(kind: .number(value), span: span)
    }

    private mutating func name() throws(RuleError) -> Token {
        let start = position
        var segments = [segment(allowingHyphens: false)]
        while peek() == ".", let after = peek(1), Self.isNameStart(after) || Self.isDigit(after) {
            position += 1
            segments.append(segment(allowingHyphens: true))
        }
        if peek() == "." {
            throw .syntax(
                "a '.' must join two names, as in element.evidence.score", at: Span(offset: position, length: 1),
                hint: "write a path without spaces around its dots")
        }
        let span = Span(offset: start, length: position - start)
        if segments.count == 1, let keyword = Keyword(rawValue: segments[0].text) {
            return Token(kind: .keyword(keyword), span: span)
        }
        return Token(kind: .name(segments), span: span)
    }

    /// One segment of a name; after a '.', '-' may join parts of an id but never ends one.
    private mutating func segment(allowingHyphens: Bool) -> NameSegment {
        let start = position
        while let scalar = peek() {
            if Self.isNameStart(scalar) || Self.isDigit(scalar) {
                position += 1
            } else if allowingHyphens, scalar == "-", let after = peek(1),
                Self.isNameStart(after) || Self.isDigit(after)
            {
                position += 1
            } else {
                break
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        return NameSegment(text: text, span: Span(offset: start, length: position - start))
    }

    private mutating func string(quote: Unicode.Scalar) throws(RuleError) -> Token {
        let start = position
        position += 1
        var text = String.UnicodeScalarView()
        while let scalar = peek(), scalar != quote {
            text.append(scalar)
            position += 1
        }
        guard peek() == quote else {
            throw .syntax(
                "this text has no closing \(quote)", at: Span(offset: start, length: 1),
                hint: "end it with \(quote) on the same line")
        }
        position += 1
        return Token(kind: .string(String(text)), span: Span(offset: start, length: position - start))
    }

    private mutating func symbol() -> Symbol? {
        guard let first = peek() else { return nil }
        let two = peek(1).map { String(first) + String($0) }
        if let two, let symbol = Symbol(rawValue: two) {
            position += 2
            return symbol
        }
        if let symbol = Symbol(rawValue: String(first)) {
            position += 1
            return symbol
        }
        return nil
    }

    private func unexpectedCharacter(_ scalar: Unicode.Scalar, at offset: Int) -> RuleError {
        let span = Span(offset: offset, length: 1)
        let next = peek(1)
        switch scalar {
        case "=": return .syntax("'=' on its own is not an operator", at: span, hint: "write '==' to compare")
        case "!": return .syntax("'!' on its own is not an operator", at: span, hint: "write 'not' or '!='")
        case "&" where next == "&": return .syntax("'&&' is not an operator", at: span, hint: "write 'and'")
        case "|" where next == "|": return .syntax("'||' is not an operator", at: span, hint: "write 'or'")
        case ".": return .syntax("a '.' must follow a name, as in element.evidence.score", at: span)
        case "{", "}":
            return .syntax(
                "'\(scalar)' cannot appear inside an expression", at: span,
                hint: "braces mark {expressions} in messages, not in 'when'")
        default:
            return .syntax("unexpected character '\(scalar)'", at: span)
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }
}
