public import WorkbookDiagnostics

/// A set of elements drawn and scored together (POTS's "Service delivery" side).
public struct Group: Sendable, Equatable {
    /// Where a group is drawn in a symmetric layout.
    public enum Position: String, Sendable, Equatable, CaseIterable {
        case left, right, centre
    }

    /// The group's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Where it is drawn (symmetric layout).
    public var position: Position?
    /// What it covers.
    public var description: String?
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a group.
    public init(id: String, title: String, position: Position?, description: String?, location: SourceLocation) {
        self.id = id
        self.title = title
        self.position = position
        self.description = description
        self.location = location
    }
}

/// One element of a framework, assessed through its questions.
public struct Element: Sendable, Equatable {
    /// The element's id.
    public var id: String
    /// The group it belongs to, if the workbook has groups.
    public var group: String?
    /// Where the `group:` reference is written, for diagnostics about it.
    public var groupLocation: SourceLocation?
    /// Its title.
    public var title: String
    /// What it means.
    public var description: String?
    /// Its weight in group and overall scores (> 0, default 1).
    public var weight: Double
    /// Where the `weight:` value is written, when it is; diagnostics about it point there.
    public var weightLocation: SourceLocation?
    /// Its questions, in order.
    public var questions: [Question]
    /// Where it is written.
    public var location: SourceLocation

    /// Creates an element.
    public init(
        id: String, group: String?, groupLocation: SourceLocation? = nil, title: String, description: String?,
        weight: Double, weightLocation: SourceLocation? = nil, questions: [Question], location: SourceLocation
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
    public var weightLocation: SourceLocation?
    /// Wording for particular scale values, lowest first.
    public var levels: [QuestionLevel]
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a question.
    public init(
        id: String, element: String, text: String, guidance: String?, weight: Double,
        weightLocation: SourceLocation? = nil, levels: [QuestionLevel], location: SourceLocation
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

/// What one scale value means for one question.
public struct QuestionLevel: Sendable, Equatable {
    /// The scale value.
    public var value: Double
    /// What it looks like for this question.
    public var text: String
    /// Where the value is written.
    public var location: SourceLocation

    /// Creates a question level.
    public init(value: Double, text: String, location: SourceLocation) {
        self.value = value
        self.text = text
        self.location = location
    }
}
