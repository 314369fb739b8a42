import WorkbookModel

/// The kinds of thing a rule can read.
typealias RecordKind = RuleRecord.Kind

/// One field a rule can read, with its type and what it means.
public struct RuleField: Sendable, Equatable, Hashable {
    /// The field's name, as written after the last '.' of a path.
    public var name: String
    /// Its type.
    public var type: ExpressionType
    /// What it means, in a phrase (used by the docs and hints).
    public var summary: String

    /// Creates a field.
    public init(name: String, type: ExpressionType, summary: String) {
        self.name = name
        self.type = type
        self.summary = summary
    }

    static func number(_ name: String, _ summary: String) -> RuleField {
        RuleField(name: name, type: .number, summary: summary)
    }

    static func text(_ name: String, _ summary: String) -> RuleField {
        RuleField(name: name, type: .text, summary: summary)
    }

    static func bool(_ name: String, _ summary: String) -> RuleField {
        RuleField(name: name, type: .bool, summary: summary)
    }
}

extension RuleRecord {
    /// The kinds of thing a rule can read, each with a fixed set of typed fields.
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
        case overall, chain, group, element, question

        /// The fields a record of this kind has, in the order the docs list them.
        ///
        /// Scoring must fill every one (a value, or `.missing(reason:)`): the type checker
        /// accepts exactly these names, and a field absent at run time makes the rule
        /// instance not evaluated.
        public var schema: [RuleField] {
            switch self {
            case .overall:
                [
                    .number("score", "the weighted mean of all scored elements"),
                    .number("percent", "the score as a percentage of the scale's range (0-100)"),
                    .number("coverage", "answered questions as a share of those that apply (0-1)"),
                    .text("band", "the id of the band the score falls in"),
                ]
            case .chain:
                [.number("strength", "the lowest scored element's score: the weakest link")]
            case .group:
                [
                    .text("id", "the group's id"),
                    .text("title", "the group's title"),
                    .number("score", "the weighted mean of its scored elements"),
                    .number("percent", "the score as a percentage of the scale's range (0-100)"),
                    .number("coverage", "answered questions as a share of those that apply (0-1)"),
                    .number("weight", "the total weight of its elements"),
                    .text("band", "the id of the band the score falls in"),
                    .text("position", "where it is drawn: left, right or centre"),
                ]
            case .element:
                [
                    .text("id", "the element's id"),
                    .text("title", "the element's title"),
                    .text("group", "the id of its group"),
                    .number("score", "the weighted mean of its answered questions"),
                    .number("percent", "the score as a percentage of the scale's range (0-100)"),
                    .number("coverage", "answered questions as a share of those that apply (0-1)"),
                    .number("weight", "its weight (default 1)"),
                    .number("index", "its 1-based position in the workbook"),
                    .text("band", "the id of the band the score falls in"),
                    .number("answered", "how many of its questions were answered"),
                    .number("split", "how many of its questions are split (docs/scoring.md, agreement and split)"),
                ]
            case .question:
                [
                    .text("id", "the question's id"),
                    .text("text", "the question as asked"),
                    .text("element", "the id of its element"),
                    .number("score", "its rating, or the median (or mean) of its workshop ratings"),
                    .number("spread", "highest minus lowest workshop rating"),
                    .bool("contested", "whether the spread is above consensus.max_spread"),
                    .bool("split", "whether its ratings are split by the agreement rule (false for one rating)"),
                    .number("weight", "its weight (default 1)"),
                ]
            }
        }

        /// The type of a field, or nil when this kind has no such field.
        public func type(of field: String) -> ExpressionType? {
            schema.first { $0.name == field }?.type
        }

        /// The field names, as a sentence lists them: "score, percent, coverage and band".
        var fieldList: String {
            let names = schema.map({ $0.name })
            guard names.count > 1, let last = names.last else { return names.first ?? "" }
            return names.dropLast().joined(separator: ", ") + " and " + last
        }

        /// The path root (`overall`, `element`, ...) that names this kind.
        var root: String { rawValue }

        /// Whether a path of this kind names an id (`element.<id>.score`) or not (`overall.score`).
        var hasIDs: Bool { self == .group || self == .element || self == .question }
    }
}

extension Rule.Subject {
    /// The kind of record a `for_each` rule runs over.
    var recordKind: RecordKind {
        switch self {
        case .element: .element
        case .group: .group
        case .question: .question
        }
    }
}
