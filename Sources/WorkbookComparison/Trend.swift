public import WorkbookModel
public import WorkbookScoring
import WorkbookSupport

/// One area's rounds over time: what `workbook trend` reports.
public struct Trend: Sendable, Equatable {
    /// An element's change between the last two rounds.
    public struct Change: Sendable, Equatable {
        /// The element.
        public var element: String
        /// Its score in the round before the last.
        public var from: Double?
        /// Its score in the last round.
        public var to: Double?
        /// `to − from`; nil when either is unscored.
        public var change: Double? { from.flatMap { from in to.map { $0 - from } } }
        /// The change as reports print it: the difference of the two printed scores ("+0.3"),
        /// or "–" when either is unscored.
        public var printed: String {
            guard let from, let to else { return "–" }
            return NumberFormatting.change(from: from, to: to)
        }
        /// The printed change as a number (so "Improved" and "Slipped" agree with the page).
        public var printedChange: Double? {
            guard let from, let to else { return nil }
            return NumberFormatting.printedDifference(from: from, to: to)
        }
    }

    /// Whether one of last-but-one round's weakest links is still weak.
    public struct PreviousWeakLink: Sendable, Equatable {
        /// The element.
        public var element: String
        /// Its score now.
        public var score: Double?
        /// Still below the weak-link threshold; nil when it is not scored now.
        public var stillWeak: Bool?
    }

    /// The workbook the rounds were scored on.
    public var workbook: Workbook
    /// The area.
    public var area: String
    /// The plan followed within the area, if its responses name one.
    public var plan: String? = nil
    /// The area, with the plan when one is named: what the report is about.
    public var assessed: String { Response.assessed(area: area, plan: plan) }
    /// Its rounds, oldest first (`RoundOrder`).
    public var rounds: [AreaSummary]
    /// The periods of rounds that had no date and were placed by their period.
    public var placedByPeriod: [String]
    /// Per element, last round against the one before, in workbook order.
    public var changes: [Change]
    /// The last-but-one round's weakest links and whether each moved.
    public var previousWeakestLinks: [PreviousWeakLink]
    /// The last-but-one round's targets, checked against the last round.
    public var targets: [TargetStatus]
    /// Elements in the last round's workbook version but not the one before (new in this version).
    public var added: [String]
    /// Elements in the round before but not the last (removed in this version).
    public var removed: [String]
    /// Each round's open actions judged at the round after, oldest first; pairs with nothing
    /// to say (no open action and no weakest link) are left out.
    public var actionReviews: [ActionReview] = []
}
