/// One area's rounds over time: what `workbook trend` reports.
public struct Trend: Sendable, Equatable {
    /// An element's change between the last two rounds.
    public struct Change: Sendable, Equatable {
        /// The element.
        public var element: String
        /// Its score in the round before, and in the last round.
        public var from: Double?
        public var to: Double?
        /// `to − from`; nil when either is unscored.
        public var change: Double? { from.flatMap { from in to.map { $0 - from } } }
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
    /// Its rounds, oldest first (by date, then period).
    public var rounds: [AreaSummary]
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
    ///   - workbook: the workbook they were scored on.
    public static func trend(_ rounds: [AreaSummary], area: String, workbook: Workbook) -> Trend {
        let ordered = rounds.sorted { ($0.date ?? "", $0.period, $0.file) < ($1.date ?? "", $1.period, $1.file) }
        guard ordered.count >= 2, let last = ordered.last else {
            return Trend(
                workbook: workbook, area: area, rounds: ordered, changes: [], previousWeakestLinks: [], targets: [],
                added: [], removed: [])
        }
        let before = ordered[ordered.count - 2]
        // Only what both rounds' workbook versions share is compared.
        let shared = last.elementIDs.filter(before.elementIDs.contains)
        let changes = shared.map { Trend.Change(element: $0, from: before.score($0), to: last.score($0)) }
        let weak = before.weakestLinks.map { id in
            let now = last.score(id)
            return Trend.PreviousWeakLink(element: id, score: now, stillWeak: now.map { $0 < workbook.weakestLinks.below })
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
            workbook: workbook, area: area, rounds: ordered, changes: changes, previousWeakestLinks: weak, targets: targets,
            added: last.elementIDs.filter { !before.elementIDs.contains($0) },
            removed: before.elementIDs.filter { !last.elementIDs.contains($0) }, actionReviews: reviews)
    }
}
