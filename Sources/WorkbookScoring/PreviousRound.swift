import WorkbookModel

/// The earlier round a report was given, in brief.
public struct PreviousRound: Sendable, Equatable {
    /// Its period.
    public var period: String
    /// Its date.
    public var date: String?
    /// Its overall score.
    public var overall: Double?
    /// Its element scores by id, in workbook order.
    public var elements: [(id: String, score: Double?)]

    /// Whether two rounds have the same period, date, overall score, and element scores in the same order.
    public static func == (lhs: PreviousRound, rhs: PreviousRound) -> Bool {
        lhs.period == rhs.period && lhs.date == rhs.date && lhs.overall == rhs.overall
            && lhs.elements.map({ $0.id }) == rhs.elements.map({ $0.id })
            && lhs.elements.map({ $0.score }) == rhs.elements.map({ $0.score })
    }

    /// The earlier score of an element.
    public func score(_ element: String) -> Double? { elements.first { $0.id == element }?.score ?? nil }
}
