public import WorkbookModel

/// A scored response: every figure a report shows, and how each was made.
///
/// Produced by `Scorer.assess`; reporters, `compare` and `trend` read only this. An unscored
/// figure is `nil`, never 0.
public struct Assessment: Sendable, Equatable {
    /// The workbook the response answers.
    public var workbook: Workbook
    /// The response scored.
    public var response: Response
    /// The overall score: the weighted mean of all scored elements.
    public var overall: ScoreReading?
    /// The chain strength: the lowest scored element, since a system is as strong as its weakest link.
    public var chainStrength: ScoreReading?
    /// The element that sets the chain strength.
    public var chainElement: String?
    /// Answered questions as a share (0–1) of those that apply; nil when none apply.
    public var coverage: Double?
    /// How the overall score was made: the scored elements with their weights, and what was
    /// left out. Made once, by scoring; reports only show it.
    public var overallDerivation: Derivation
    /// The groups, in workbook order.
    public var groups: [GroupScore]
    /// The elements, in workbook order.
    public var elements: [ElementScore]
    /// Every weak link (a scored element below `weakest_links.below`, as printed), weakest
    /// first (ties: higher weight, then workbook order).
    public var weakLinks: [String]
    /// The weakest links reports list: the first `weakest_links.show` of `weakLinks`.
    public var weakestLinks: [String] { Array(weakLinks.prefix(workbook.weakestLinks.show)) }
    /// The weak links past the listed ones, which reports name as "… and N more".
    public var unlistedWeakLinks: [String] { Array(weakLinks.dropFirst(workbook.weakestLinks.show)) }
    /// For a chain: the first step below the weak-link threshold.
    public var breakPoint: String?
    /// Questions whose ratings disagree by more than the consensus allows, in workbook order.
    public var contested: [String]
    /// Questions not answered (neither rated nor `na`), in workbook order.
    public var missing: [String]
    /// The earlier round's targets, checked against this round (when `--previous` was given).
    public var targetsMet: [TargetStatus]
    /// The earlier round, when one was given.
    public var previous: PreviousRound?

    /// For each scored element, what raising it one level would gain; most first.
    ///
    /// Worked out when asked for (reports ask; `compare` does not), from the element scores.
    public var leverage: [Leverage] { Scorer.leverage(elements, in: workbook) }

    /// Coverage below this share of applicable questions makes every figure provisional:
    /// reports lead with a warning and `compare` does not rank the area.
    public static let lowCoverageThreshold = 0.5

    /// How many questions were answered.
    public var answeredCount: Int { elements.reduce(0) { $0 + $1.answered } }
    /// How many questions apply (are not `na`).
    public var applicableCount: Int { elements.reduce(0) { $0 + $1.applicable } }
    /// Whether nothing at all is answered yet (a blank response from `workbook new`, say).
    public var nothingAnswered: Bool { answeredCount == 0 }
    /// Whether coverage is below `lowCoverageThreshold` (or nothing applies), so the figures
    /// are provisional.
    public var isLowCoverage: Bool { (coverage ?? 0) < Self.lowCoverageThreshold }

    /// The element score with this id.
    public func element(_ id: String) -> ElementScore? { elements.first { $0.id == id } }

    /// The group score with this id.
    public func group(_ id: String) -> GroupScore? { groups.first { $0.id == id } }
}

/// A score read three ways: on the scale, as a percentage of its range, and as a band.
public struct ScoreReading: Sendable, Equatable {
    /// The score on the scale's units, full precision.
    public var score: Double
    /// (score − min) / (max − min) × 100.
    public var percent: Double
    /// The band it falls in.
    public var band: Band?

    /// Reads a score against a workbook's scale and bands.
    public init(_ score: Double, in workbook: Workbook) {
        self.score = score
        self.percent = workbook.scale.percent(score)
        self.band = workbook.band(for: score)
    }
}

/// One question's scoring.
public struct QuestionScore: Sendable, Equatable {
    /// The question.
    public var question: Question
    /// The ratings given (one for an agreed score, several for a workshop, none if unanswered).
    public var ratings: [Double]
    /// The rating, or the median (or mean) of the ratings; nil when unanswered or `na`.
    public var score: Double?
    /// Highest minus lowest rating (0 for a single agreed rating); nil when unanswered.
    public var spread: Double?
    /// Whether the spread is above the consensus limit.
    public var contested: Bool
    /// Whether it was answered `na`.
    public var notApplicable: Bool
    /// The evidence note.
    public var evidence: String?

    /// The question's id.
    public var id: String { question.id }
}

/// One element's scoring.
public struct ElementScore: Sendable, Equatable {
    /// The element.
    public var element: Element
    /// Its 1-based position in the workbook.
    public var index: Int
    /// Its score, or nil when no question was answered.
    public var reading: ScoreReading?
    /// Answered / (questions − na); nil when every question is `na`.
    public var coverage: Double?
    /// How many questions were answered.
    public var answered: Int
    /// How many questions apply (not `na`).
    public var applicable: Int
    /// Its questions, in order.
    public var questions: [QuestionScore]
    /// How the score was made.
    public var derivation: Derivation

    /// The element's id.
    public var id: String { element.id }
    /// The score on the scale, if scored.
    public var score: Double? { reading?.score }
}

/// One group's scoring.
public struct GroupScore: Sendable, Equatable {
    /// The group.
    public var group: Group
    /// Its score, or nil when none of its elements is scored.
    public var reading: ScoreReading?
    /// Answered / applicable questions across its elements.
    public var coverage: Double?
    /// How the score was made.
    public var derivation: Derivation

    /// The group's id.
    public var id: String { group.id }
    /// The score on the scale, if scored.
    public var score: Double? { reading?.score }
}

/// How a weighted mean was made: what went in, with which weights, and what was left out.
public struct Derivation: Sendable, Equatable {
    /// One value that went into the mean.
    public struct Term: Sendable, Equatable {
        /// The question or element id.
        public var id: String
        /// Its value.
        public var value: Double
        /// Its weight.
        public var weight: Double
    }

    /// One thing left out, and why.
    public struct Exclusion: Sendable, Equatable {
        /// The question or element id.
        public var id: String
        /// Why ("not applicable", "not answered", "not scored", "weight 0").
        public var reason: String
    }

    /// What went in.
    public var terms: [Term]
    /// What was left out.
    public var excluded: [Exclusion]

    /// Σ weight × value / Σ weight, or nil when nothing (of positive weight) went in.
    public var weightedMean: Double? {
        var mean = Scorer.WeightedMean()
        for term in terms { mean.add(term.value, weight: term.weight) }
        return mean.value
    }
}

/// What raising one element by a level (each of its answered questions one level up)
/// would do: the figures that tell one such move from another.
public struct Leverage: Sendable, Equatable {
    /// The element.
    public var element: String
    /// Its score now.
    public var score: Double
    /// Its score after the move.
    public var newScore: Double
    /// How much the overall score would rise.
    public var overallGain: Double
    /// How much the chain strength would rise (above zero only for the one lowest element).
    public var chainGain: Double
    /// Whether the move takes it out of the weak links.
    public var leavesWeakLinks: Bool
    /// The band it would move into, when the move changes its band.
    public var newBand: Band?
    /// How many of its answered questions are below the top of the scale (room to rise).
    public var questionsWithRoom: Int
    /// Other elements at the same lowest score (the first three): the chain strength rises
    /// only if they rise too.
    public var tiedAtLowest: [String]
    /// How many other elements share the lowest score (`tiedAtLowest` names at most three).
    public var othersAtLowest: Int
}

/// Whether an element reached the level an earlier round aimed for.
public struct TargetStatus: Sendable, Equatable {
    /// The element.
    public var element: String
    /// The level aimed for.
    public var target: Double
    /// Its score now, if scored.
    public var score: Double?
    /// Whether the score reached the target (false when unscored).
    public var reached: Bool

    /// Creates a target's status.
    public init(element: String, target: Double, score: Double?, reached: Bool) {
        self.element = element
        self.target = target
        self.score = score
        self.reached = reached
    }
}

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
            && lhs.elements.map({ $0.id }) == rhs.elements.map({ $0.id }) && lhs.elements.map({ $0.score }) == rhs.elements.map({ $0.score })
    }

    /// The earlier score of an element.
    public func score(_ element: String) -> Double? { elements.first { $0.id == element }?.score ?? nil }
}
