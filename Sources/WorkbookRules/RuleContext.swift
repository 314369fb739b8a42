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
