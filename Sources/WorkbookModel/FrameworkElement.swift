public import WorkbookDiagnostics

/// One element of a framework, assessed through its questions.
public struct FrameworkElement: Sendable, Equatable {
    /// The element's id.
    public var id: String
    /// The group it belongs to, if the workbook has groups.
    public var group: String?
    /// Where the `group:` reference is written, for diagnostics about it.
    public var groupLocation: FileLocation?
    /// Its title.
    public var title: String
    /// What it means.
    public var description: String?
    /// Its weight in group and overall scores (> 0, default 1).
    public var weight: Double
    /// Where the `weight:` value is written, when it is; diagnostics about it point there.
    public var weightLocation: FileLocation?
    /// Its questions, in order.
    public var questions: [Question]
    /// Where it is written.
    public var location: FileLocation

    /// Creates an element.
    public init(
        id: String, group: String?, groupLocation: FileLocation? = nil, title: String, description: String?,
        weight: Double, weightLocation: FileLocation? = nil, questions: [Question], location: FileLocation
    ) {
        self.id = id
        self.group = group
        self.groupLocation = groupLocation
        self.title = title
        self.description = description
        self.weight = weight
        self.weightLocation = weightLocation
        self.questions = questions
        self.location = location
    }
}
