public import WorkbookDiagnostics

/// A question a room rates on the workbook's scale.
public struct Question: Sendable, Equatable {
    /// The question's id, unique in the workbook.
    public var id: String
    /// The element it belongs to.
    public var element: String
    /// The question as asked.
    public var text: String
    /// What evidence looks like at low and high levels.
    public var guidance: String?
    /// Its weight in the element's score (> 0, default 1).
    public var weight: Double
    /// Where the `weight:` value is written, when it is; diagnostics about it point there.
    public var weightLocation: FileLocation?
    /// Wording for particular scale values, lowest first.
    public var levels: [QuestionLevel]
    /// Where it is written.
    public var location: FileLocation

    /// Creates a question.
    public init(
        id: String, element: String, text: String, guidance: String?, weight: Double,
        weightLocation: FileLocation? = nil, levels: [QuestionLevel], location: FileLocation
    ) {
        self.id = id
        self.element = element
        self.text = text
        self.guidance = guidance
        self.weight = weight
        self.weightLocation = weightLocation
        self.levels = levels
        self.location = location
    }
}
