import WorkbookSupport

/// A message or recommendation with `{expressions}` in it, checked when the workbook loads.
///
/// `{{` and `}}` stand for literal braces. Each expression is parsed and type-checked like a
/// `when:` (any type is allowed), and prints as: numbers with one decimal (whole numbers such
/// as counts and positions without), text as is, true/false as `yes`/`no`, and a value that
/// cannot be evaluated as `not scored`.
struct Template: Sendable, Equatable {
    /// A piece of a template.
    enum Part: Sendable, Equatable {
        /// Text printed as is (braces already unescaped).
        case literal(String)
        /// An expression printed by value.
        case expression(TypedExpression)
    }

    /// A piece of template source, before its expressions are compiled.
    enum Piece: Sendable, Equatable {
        /// Literal text.
        case literal(String)
        /// The source of an expression, and the offset of its first character in the template.
        case expression(String, offset: Int)
    }

    /// What a value that cannot be evaluated prints as.
    static let unavailable = "not scored"

    /// The parts, in order.
    var parts: [Part]

    /// Splits a template into literal text and expression sources.
    ///
    /// - Throws: `RuleError` (`rule.template`) for a `{` never closed, a lone `}`, or `{}`.
    static func split(_ text: String) throws(RuleError) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var expressions = 0
        var literal = String.UnicodeScalarView()
        var index = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if (scalar == "{" && next == "{") || (scalar == "}" && next == "}") {
                literal.append(scalar)
                index += 2
            } else if scalar == "}" {
                throw .template("a '}' with no '{' before it", at: index, hint: "write '}}' for a brace")
            } else if scalar == "{" {
                guard let close = closingBrace(in: scalars, after: index) else {
                    throw .template(
                        "this '{' is never closed", at: index,
                        hint: "end the expression with '}', or write '{{' for a brace")
                }
                let source = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                if source.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                    throw .template(
                        "'{}' has no expression in it", at: index,
                        hint: "write a value inside, such as {score}, or '{{}}' for braces")
                }
                flush()
                expressions += 1
                if expressions > Limits.templateExpressions {
                    throw .tooComplex(
                        "the text has more than \(Limits.templateExpressions) {...} values (the limit for one text)",
                        at: Span(offset: index, length: 1))
                }
                pieces.append(.expression(source, offset: index + 1))
                index = close + 1
            } else {
                literal.append(scalar)
                index += 1
            }
        }
        flush()
        return pieces
    }

    /// The `}` that ends the expression opened at `open`, skipping quoted text.
    private static func closingBrace(in scalars: [Unicode.Scalar], after open: Int) -> Int? {
        var quote: Unicode.Scalar?
        var index = open + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if let current = quote {
                if scalar == current { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "}" {
                return index
            } else if scalar == "{" {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The text with every expression's value filled in, cut (with `…`) once it passes
    /// `limit` bytes of UTF-8: what is left of the report's text limit.
    func render(with evaluator: inout Evaluator, limit: Int = Int.max) -> String {
        var out = ""
        for part in parts {
            if out.utf8.count > limit { break }
            switch part {
            case .literal(let text):
                out += text
            case .expression(let expression):
                do throws(Unevaluable) {
                    let value = try evaluator.evaluate(expression)
                    if case .number(let number) = value, expression.isWholeNumber {
                        out += NumberFormatting.plain(number)
                    } else {
                        out += value.interpolated
                    }
                } catch {
                    out += Self.unavailable
                }
            }
        }
        if out.utf8.count > limit {
            // Cut on a scalar boundary.
            var cut = String.UnicodeScalarView()
            var bytes = 0
            for scalar in out.unicodeScalars {
                bytes += UTF8.width(scalar)
                if bytes > max(0, limit) { break }
                cut.append(scalar)
            }
            out = String(cut) + "…"
        }
        return out
    }
}
