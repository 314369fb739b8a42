public import WorkbookModel
import WorkbookSupport

/// What came of one round's actions, judged at the next round: `trend` (and `report
/// --previous`) show it beside the targets. docs/actions.md explains the rules to users.
///
/// The rules:
/// - the actions judged are those still open (planned or in progress) in the earlier round's
///   file: an action already done or dropped there was judged at that round;
/// - an action's status is the one this round's file gives it (the room updates it; `new
///   --from` carries it over), or, when this round's file does not list it, the earlier one;
/// - **done and improved**: done, and every element it addresses that both rounds score rose
///   by at least half a step of the scale (0.5 on a 0–4 scale); **done, no change**: done, but
///   some element rose by less (or fell); **done, not judged**: done, but no element it
///   addresses is scored in both rounds;
/// - **overdue**: not done or dropped, and due before this round's date; **not done**: not done
///   or dropped, and not (yet) due; **dropped**: dropped;
/// - the earlier round's weakest links that no open action addressed are listed apart.
public struct ActionReview: Sendable, Equatable {
    /// The judgement of one action.
    public enum Verdict: String, Sendable, Equatable, CaseIterable {
        case improved = "done-improved"
        case noChange = "done-no-change"
        case notJudged = "done-not-judged"
        case notDone = "not-done"
        case overdue
        case dropped

        /// How reports write it.
        public var label: String {
            switch self {
            case .improved: "done and improved"
            case .noChange: "done, no change"
            case .notJudged: "done, not judged (not scored in both rounds)"
            case .notDone: "not done"
            case .overdue: "overdue"
            case .dropped: "dropped"
            }
        }
    }

    /// One element an action addresses, then and now.
    public struct ElementChange: Sendable, Equatable {
        /// The element.
        public var element: String
        /// Its score in the earlier round.
        public var from: Double?
        /// Its score in this round.
        public var to: Double?
        /// `to − from`; nil when either is unscored.
        public var change: Double? { from.flatMap { from in to.map { $0 - from } } }
        /// The change as reports print it: the difference of the printed scores, so a verdict
        /// always agrees with the two figures shown beside it (docs/scoring.md).
        public var printedChange: Double? {
            from.flatMap { from in to.map { NumberFormatting.printedDifference(from: from, to: $0) } }
        }
    }

    /// One action and what came of it.
    public struct Item: Sendable, Equatable {
        /// The action as the earlier round agreed it (its due date is the one agreed then).
        public var action: Action
        /// Its status now.
        public var status: Action.Status
        /// Whether this round's file lists it (and so gave its status now).
        public var updated: Bool
        /// The judgement.
        public var verdict: Verdict
        /// Each element it addresses, then and now.
        public var elements: [ElementChange]
    }

    /// The earlier round's period.
    public var fromPeriod: String
    /// This round's period.
    public var toPeriod: String
    /// The earlier round's open actions, in its file order, each judged.
    public var items: [Item]
    /// The earlier round's weakest links that no open action addressed.
    public var weakLinksWithoutAction: [String]

    /// Whether there is anything to say.
    public var isEmpty: Bool { items.isEmpty && weakLinksWithoutAction.isEmpty }

    /// How much an element's score must rise for an action to have improved it: half the
    /// smallest step between the scale's levels (0.5 on a 0–4 scale).
    public static func improvement(on scale: Scale) -> Double {
        let values = Set(scale.levels.map({ $0.value })).sorted()
        let steps = zip(values.dropFirst(), values).map { $0 - $1 }
        return (steps.min() ?? 1) / 2
    }

    /// Judges the earlier round's actions against this round.
    ///
    /// - Parameters:
    ///   - before: the earlier round.
    ///   - now: this round.
    ///   - scale: the scale both are rated on, for what "improved" means.
    /// - Returns: each of the earlier round's open actions with its verdict, and the earlier
    ///   round's weakest links that no open action addressed.
    public static func review(_ before: AreaSummary, against now: AreaSummary, scale: Scale) -> ActionReview {
        let threshold = improvement(on: scale)
        let open = before.actions.filter({ $0.isOpen })
        let items = open.map { agreed in
            let current = now.actions.first { $0.id == agreed.id }
            let status = current?.status ?? agreed.status
            let changes = agreed.elements.map { ElementChange(element: $0, from: before.score($0), to: now.score($0)) }
            return Item(
                action: agreed, status: status, updated: current != nil,
                verdict: verdict(status, due: agreed.due, date: now.date, changes: changes, threshold: threshold),
                elements: changes)
        }
        let unaddressed = before.weakestLinks.filter { id in !open.contains { $0.addresses(id) } }
        return ActionReview(
            fromPeriod: before.period, toPeriod: now.period, items: items, weakLinksWithoutAction: unaddressed)
    }

    static func verdict(
        _ status: Action.Status, due: String?, date: String?, changes: [ElementChange], threshold: Double
    ) -> Verdict {
        switch status {
        case .dropped: return .dropped
        case .planned, .inProgress:
            // Dates are YYYY-MM-DD, so text order is date order.
            if let due, let date, due < date { return .overdue }
            return .notDone
        case .done:
            let scored = changes.compactMap({ $0.printedChange })
            if scored.isEmpty { return .notJudged }
            // Judged on the printed change, so 1.26 → 1.75 (printed 1.3 → 1.8, +0.5) is improved;
            // a small tolerance, as decimals such as 1.8 − 1.3 are not exact in binary.
            return scored.allSatisfy { $0 >= threshold - 1e-9 } ? .improved : .noChange
        }
    }
}
