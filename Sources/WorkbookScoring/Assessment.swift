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
