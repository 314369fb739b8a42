/// A field a rule reads: a value, or the reason there is none.
public enum RuleValue: Sendable, Equatable {
    /// The field has a value.
    case value(Value)
    /// The field has no value, for example "element 'needs-assessment' is not scored".
    ///
    /// A rule that needs it is not evaluated, and the reason is shown to the user.
    case missing(reason: String)
}

/// The fields of one thing a rule can read: the overall score, the chain, a group, an
/// element or a question.
///
/// `RuleSchema` lists the fields each kind has and their types; Scoring fills them in.
public struct RuleRecord: Sendable, Equatable {
    /// The thing's id (`overall` and `chain` for those two).
    public var id: String
    /// Field name → value, for example `score` → `.value(.number(2.5))`.
    public var fields: [String: RuleValue]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - id: the group, element or question id (`overall`, `chain` for those).
    ///   - fields: field name → value; unscored numbers are `.missing(reason:)`.
    public init(id: String, fields: [String: RuleValue]) {
        self.id = id
        self.fields = fields
    }

    /// The field's value, or nil when the record does not have the field at all.
    public subscript(field: String) -> RuleValue? { fields[field] }
}

/// The values a rule can read: filled in by Scoring from an assessment.
///
/// The arrays are in workbook order, which is the order `for_each` rules report in.
public struct RuleContext: Sendable, Equatable {
    /// The overall figures (`overall.score`, ...), id `overall`.
    public var overall: RuleRecord
    /// The chain figures (`chain.strength`), id `chain`.
    public var chain: RuleRecord
    /// One record per group, in workbook order.
    public var groups: [RuleRecord]
    /// One record per element, in workbook order.
    public var elements: [RuleRecord]
    /// One record per question, in workbook order.
    public var questions: [RuleRecord]
    /// The same area's earlier round, read by `previous.` paths and `change(...)`.
    public var previous: RuleContext? {
        get { previousStorage.first }
        set { previousStorage = newValue.map { [$0] } ?? [] }
    }

    /// Zero or one earlier round: an array makes the recursive type legal without a class.
    private var previousStorage: [RuleContext]

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - overall: the overall figures.
    ///   - chain: the chain figures.
    ///   - groups: the groups, in workbook order.
    ///   - elements: the elements, in workbook order.
    ///   - questions: the questions, in workbook order.
    ///   - previous: the earlier round, if one was given.
    public init(
        overall: RuleRecord, chain: RuleRecord, groups: [RuleRecord], elements: [RuleRecord],
        questions: [RuleRecord], previous: RuleContext? = nil
    ) {
        self.overall = overall
        self.chain = chain
        self.groups = groups
        self.elements = elements
        self.questions = questions
        self.previousStorage = previous.map { [$0] } ?? []
    }

    /// The records of one kind (`overall` and `chain` give their single record).
    func records(_ kind: RecordKind) -> [RuleRecord] {
        switch kind {
        case .overall: [overall]
        case .chain: [chain]
        case .group: groups
        case .element: elements
        case .question: questions
        }
    }

    /// The record of this kind with this id, if the context has it.
    func record(_ kind: RecordKind, id: String) -> RuleRecord? {
        records(kind).first { $0.id == id }
    }
}
