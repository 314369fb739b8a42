public import WorkbookDiagnostics
import WorkbookModel

/// A problem found in one expression, located by offset into the expression's text.
///
/// The lexer, parser and type checker speak in offsets; `RuleCompiler` turns each into a
/// `Diagnostic` with the file position, so position arithmetic lives in one place. The static
/// functions below are the only places rule messages are worded.
struct RuleError: Error, Sendable, Equatable {
    var severity: Diagnostic.Severity = .error
    var code: DiagnosticCode
    var message: String
    var span: Span
    var hint: String?

    /// The diagnostic, with `span` mapped to a file position through `text`.
    ///
    /// - Parameters:
    ///   - text: the YAML value the expression sits in.
    ///   - base: the expression's offset inside `text` (non-zero inside message templates).
    /// - Returns: the located diagnostic.
    func diagnostic(in text: SourceText, base: Int = 0) -> Diagnostic {
        Diagnostic(
            severity, code, message, at: text.location(ofOffset: base + span.offset), hint: hint,
            length: span.length)
    }

    // MARK: - Syntax

    static func syntax(_ message: String, at span: Span, hint: String? = nil) -> RuleError {
        RuleError(code: .ruleSyntax, message: message, span: span, hint: hint)
    }

    static func unexpected(_ token: Token, expected: String, hint: String? = nil) -> RuleError {
        syntax("expected \(expected), but found \(token.description)", at: token.span, hint: hint)
    }

    static func tooLong(_ length: Int) -> RuleError {
        RuleError(
            code: .ruleTooLong,
            message: "the expression is \(length) characters long; the limit is \(Limits.characters)",
            span: Span(offset: 0, length: 1), hint: "split it into several rules")
    }

    static func tooComplex(_ what: String, at span: Span) -> RuleError {
        RuleError(code: .ruleTooComplex, message: what, span: span, hint: "split it into several simpler rules")
    }

    // MARK: - Names

    static func unknownName(_ name: String, at span: Span, hint: String?) -> RuleError {
        RuleError(code: .ruleUnknownName, message: "unknown name '\(name)'", span: span, hint: hint)
    }

    static func unknownID(_ id: String, kind: RecordKind, at span: Span, hint: String?) -> RuleError {
        RuleError(code: .ruleUnknownID, message: "the workbook has no \(kind.rawValue) '\(id)'", span: span, hint: hint)
    }

    static func missingID(_ kind: RecordKind, example: String, at span: Span) -> RuleError {
        RuleError(
            code: .ruleUnknownID, message: "'\(kind.root)' needs an id and a field after it", span: span,
            hint: "write \(kind.root).<id>.<field>, for example \(example)")
    }

    static func unknownField(_ field: String, of what: String, at span: Span, hint: String?) -> RuleError {
        RuleError(code: .ruleUnknownField, message: "\(what) has no field '\(field)'", span: span, hint: hint)
    }

    static func missingField(_ path: String, kind: RecordKind, at span: Span) -> RuleError {
        RuleError(
            code: .ruleUnknownField, message: "'\(path)' needs a field after it", span: span,
            hint: "for example '\(path).\(kind.exampleField)'; \(kind.rawValue) fields are \(kind.fieldList)")
    }

    static func unknownFunction(_ name: String, at span: Span) -> RuleError {
        RuleError(
            code: .ruleUnknownFunction, message: "unknown function '\(name)'", span: span,
            hint: Suggestions.hint(for: name, in: Builtin.names)
                ?? "the functions are \(Builtin.names.joined(separator: ", "))")
    }

    static func unknownCollection(_ name: String, at span: Span) -> RuleError {
        let names = CollectionKind.allCases.map({ $0.rawValue })
        return RuleError(
            code: .ruleUnknownCollection, message: "'\(name)' is not a collection", span: span,
            hint: Suggestions.hint(for: name, in: names) ?? "use one of \(names.joined(separator: ", "))")
    }

    // MARK: - Types

    static func notACondition(_ type: ExpressionType, what: String, at span: Span) -> RuleError {
        RuleError(
            code: .ruleNotACondition, message: "\(what) must be true or false, but this is \(type.article)",
            span: span, hint: type == .number ? "compare it with something, for example 'score < 2'" : nil)
    }

    static func typeMismatch(_ message: String, at span: Span, hint: String? = nil) -> RuleError {
        RuleError(code: .ruleTypeMismatch, message: message, span: span, hint: hint)
    }

    static func argumentCount(_ builtin: Builtin, given: Int, at span: Span) -> RuleError {
        let given = given == 1 ? "1 was given" : "\(given) were given"
        return RuleError(
            code: .ruleArgumentCount, message: "\(builtin.name) takes \(builtin.arity.description), but \(given)",
            span: span, hint: "for example \(builtin.example)")
    }

    static func invalidArgument(_ message: String, at span: Span, hint: String? = nil) -> RuleError {
        RuleError(code: .ruleInvalidArgument, message: message, span: span, hint: hint)
    }

    static func template(_ message: String, at offset: Int, hint: String? = nil) -> RuleError {
        RuleError(code: .ruleTemplate, message: message, span: Span(offset: offset, length: 1), hint: hint)
    }

    // MARK: - Model checks

    static func neverFires(_ message: String, at span: Span, hint: String? = nil) -> RuleError {
        RuleError(severity: .warning, code: .ruleNeverFires, message: message, span: span, hint: hint)
    }

    static func constant(_ message: String, at span: Span) -> RuleError {
        RuleError(
            severity: .warning, code: .ruleConstant, message: message, span: span,
            hint: "a condition normally reads a score, for example 'element.evidence.score < 1.5'")
    }
}

extension DiagnosticCode {
    /// A rule expression or template that does not parse.
    public static let ruleSyntax: DiagnosticCode = "rule.syntax"
    /// A rule expression longer than the language allows.
    public static let ruleTooLong: DiagnosticCode = "rule.too-long"
    /// A rule expression with too many tokens, too deep a nesting, or too many nested collections.
    public static let ruleTooComplex: DiagnosticCode = "rule.too-complex"
    /// A name that is not a path root, a `for_each` field or a collection variable.
    public static let ruleUnknownName: DiagnosticCode = "rule.unknown-name"
    /// A path naming a group, element or question the workbook does not have.
    public static let ruleUnknownID: DiagnosticCode = "rule.unknown-id"
    /// A path naming a field the thing does not have (or no field at all).
    public static let ruleUnknownField: DiagnosticCode = "rule.unknown-field"
    /// A call to a function the language does not have.
    public static let ruleUnknownFunction: DiagnosticCode = "rule.unknown-function"
    /// `count`, `any` or `all` over something other than `elements`, `groups`, `questions`.
    public static let ruleUnknownCollection: DiagnosticCode = "rule.unknown-collection"
    /// A number or text where a true/false condition is needed.
    public static let ruleNotACondition: DiagnosticCode = "rule.not-a-condition"
    /// An operator or function given a value of the wrong type.
    public static let ruleTypeMismatch: DiagnosticCode = "rule.type-mismatch"
    /// A function called with too few or too many arguments.
    public static let ruleArgumentCount: DiagnosticCode = "rule.argument-count"
    /// A function argument of the wrong form (not a name where a name is needed, say).
    public static let ruleInvalidArgument: DiagnosticCode = "rule.invalid-argument"
    /// A message or recommendation whose `{...}` braces do not pair up.
    public static let ruleTemplate: DiagnosticCode = "rule.template"
    /// The rules could fill a report with more findings, or more text, than its limit.
    public static let ruleReportTooLarge: DiagnosticCode = "rule.report-too-large"
    /// A warning: the condition can never be true on this workbook.
    public static let ruleNeverFires: DiagnosticCode = "rule.never-fires"
    /// A warning: the condition refers to no score or field, so it is a constant.
    public static let ruleConstant: DiagnosticCode = "rule.constant"
}
