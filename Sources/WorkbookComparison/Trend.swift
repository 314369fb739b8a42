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

/// Builds a trend from one area's summaries.
public enum TrendBuilder {
    /// Orders the rounds and works out what changed since the round before the last.
    ///
    /// - Parameters:
    ///   - rounds: the area's summaries, in any order.
    ///   - area: the area's name (for the report).
    ///   - plan: the plan followed within the area, if any (for the report).
    ///   - workbook: the workbook they were scored on.
    /// - Returns: the rounds oldest first, with the changes, weakest links and targets of the last
    ///   round against the one before.
    /// - Throws: `RoundOrder.Unknown` when a round has no date and a period that does not read
    ///   as a time, so the order cannot be known.
    public static func trend(
        _ rounds: [AreaSummary], area: String, plan: String? = nil, workbook: Workbook
    ) throws(RoundOrder.Unknown) -> Trend {
        let order = try RoundOrder.order(rounds).get()
        let ordered = order.rounds
        guard ordered.count >= 2, let last = ordered.last else {
            return Trend(
                workbook: workbook, area: area, plan: plan, rounds: ordered, placedByPeriod: order.placedByPeriod,
                changes: [], previousWeakestLinks: [], targets: [], added: [], removed: [])
        }
        let before = ordered[ordered.count - 2]
        // Only what both rounds' workbook versions share is compared.
        let shared = last.elementIDs.filter(before.elementIDs.contains)
        let changes = shared.map { Trend.Change(element: $0, from: before.score($0), to: last.score($0)) }
        let weak = before.weakestLinks.map { id in
            let now = last.score(id)
            return Trend.PreviousWeakLink(element: id, score: now, stillWeak: now.map(workbook.isWeakLink))
        }
        let targets = before.targets.map { target in
            let now = last.score(target.elementID)
            return TargetStatus(element: target.elementID, target: target.level, score: now, reached: now.map { $0 >= target.level } ?? false)
        }
        // Only an area that keeps action plans is told which weakest links had none.
        let keepsPlans = ordered.contains { !$0.actions.isEmpty }
        let reviews = keepsPlans ? zip(ordered, ordered.dropFirst())
            .map { ActionReview.review($0, against: $1, scale: workbook.scale) }.filter { !$0.isEmpty } : []
        return Trend(
            workbook: workbook, area: area, plan: plan, rounds: ordered, placedByPeriod: order.placedByPeriod,
            changes: changes, previousWeakestLinks: weak, targets: targets,
            added: last.elementIDs.filter { !before.elementIDs.contains($0) },
            removed: before.elementIDs.filter { !last.elementIDs.contains($0) }, actionReviews: reviews)
    }
}
