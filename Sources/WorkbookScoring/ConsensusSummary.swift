/// Whether a question's ratings agree, by the rule in `Consensus`.
public enum ConsensusStatus: String, Sendable, Equatable {
    /// Fewer than a third of the ratings lie outside the three levels around the median.
    case agreement
    /// The room is split: the median is uncertain.
    case split
}

/// One question with two or more ratings: where the room stands and how far it agrees.
public struct QuestionConsensus: Sendable, Equatable {
    /// The question.
    public var question: String
    /// Its element.
    public var element: String
    /// How many ratings.
    public var count: Int
    /// Their median (whatever the workbook's `aggregate`: the rule is about the median).
    public var median: Double
    /// The first quartile (QUARTILE.INC, as spreadsheets compute it).
    public var lowerQuartile: Double
    /// The third quartile.
    public var upperQuartile: Double
    /// The share (0–1) of ratings in the three levels around the median.
    public var withinOneLevel: Double
    /// Agreement or split; nil for a single rating.
    public var status: ConsensusStatus?

    /// The interquartile range.
    public var interquartileRange: Double { upperQuartile - lowerQuartile }
}

/// One stakeholder group's score for an element.
public struct GroupScoreForElement: Sendable, Equatable {
    /// The stakeholder group.
    public var group: String
    /// Its score from its own raters' ratings; nil when it rated none of the element's questions.
    public var score: Double?
}

/// One element's agreement figures.
public struct ElementConsensus: Sendable, Equatable {
    /// The element.
    public var element: String
    /// How many of its questions have two or more ratings.
    public var rated: Int
    /// How many of those are split.
    public var split: Int
    /// Each stakeholder group's score, in the summary's group order.
    public var groups: [GroupScoreForElement]
}

/// An element the lowest and highest stakeholder groups see at least a level apart.
public struct GroupGap: Sendable, Equatable {
    /// The element.
    public var element: String
    /// The group that scores it lowest.
    public var low: String
    /// That group's score.
    public var lowScore: Double
    /// The group that scores it highest.
    public var high: String
    /// That group's score.
    public var highScore: Double

    /// How far apart they are.
    public var gap: Double { highScore - lowScore }
}

/// Agreement, split and stakeholder groups for one response.
public struct ConsensusSummary: Sendable, Equatable {
    /// Every question with two or more ratings, in workbook order.
    public var questions: [QuestionConsensus]
    /// Every element, in workbook order.
    public var elements: [ElementConsensus]
    /// The stakeholder groups raters belong to (none when no rater names a group).
    public var groups: [String]
    /// Elements where groups differ by at least `gapThreshold`, in workbook order.
    public var gaps: [GroupGap]
    /// The gap reported, in scale units.
    public var gapThreshold: Double

    /// The split questions, in workbook order.
    public var split: [QuestionConsensus] { questions.filter { $0.status == .split } }

    /// The figures for a question, if it has two or more ratings.
    public func question(_ id: String) -> QuestionConsensus? { questions.first { $0.question == id } }

    /// The figures for an element.
    public func element(_ id: String) -> ElementConsensus? { elements.first { $0.element == id } }
}
