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
    public var location: FileLocation

    /// Creates a rule.
    public init(
        id: String, when: SourceText, forEach: Subject?, severity: Severity, message: SourceText,
        recommendation: SourceText?, location: FileLocation
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
