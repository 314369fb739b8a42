public import WorkbookModel
import WorkbookScoring
import WorkbookSupport

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
            return TargetStatus(
                element: target.elementID, target: target.level, score: now,
                reached: now.map { $0 >= target.level } ?? false)
        }
        // Only an area that keeps action plans is told which weakest links had none.
        let keepsPlans = ordered.contains { !$0.actions.isEmpty }
        let reviews =
            keepsPlans
            ? zip(ordered, ordered.dropFirst())
                .map { ActionReview.review($0, against: $1, scale: workbook.scale) }.filter { !$0.isEmpty } : []
        return Trend(
            workbook: workbook, area: area, plan: plan, rounds: ordered, placedByPeriod: order.placedByPeriod,
            changes: changes, previousWeakestLinks: weak, targets: targets,
            added: last.elementIDs.filter { !before.elementIDs.contains($0) },
            removed: before.elementIDs.filter { !last.elementIDs.contains($0) }, actionReviews: reviews)
    }
}
