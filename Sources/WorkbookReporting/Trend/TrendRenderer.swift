import WorkbookScoring
import WorkbookModel
package import WorkbookComparison
package import WorkbookSupport

/// The pieces of the renderers of a `Trend` (`workbook trend`) in any report format.
public enum TrendRenderer {
    package static func json(_ trend: Trend) -> JSONValue {
        let workbook = trend.workbook
        return .object([
            ("schemaVersion", .integer(JSONReport.schemaVersion)),
            (
                "workbook",
                .object([
                    ("id", .string(workbook.id)), ("version", .string(workbook.version)),
                    ("title", .string(workbook.title)),
                ])
            ),
            ("area", .string(trend.area)),
            ("plan", .string(trend.plan)),
            (
                "rounds",
                .array(
                    trend.rounds.map { round in
                        .object([
                            ("period", .string(round.period)), ("date", .string(round.date)),
                            ("file", .string(round.file)),
                            ("version", .string(round.statedVersion)),
                            ("overall", .number(round.overall)), ("chainStrength", .number(round.chainStrength)),
                            ("coverage", .number(round.coverage)),
                            ("weakestLinks", .array(round.weakestLinks.map { .string($0) })),
                            ("elements", .object(zip(round.elementIDs, round.elementScores).map { ($0, .number($1)) })),
                        ])
                    })
            ),
            (
                "changes",
                .array(
                    trend.changes.map { change in
                        .object([
                            ("element", .string(change.element)), ("from", .number(change.from)),
                            ("to", .number(change.to)),
                            ("change", .number(change.change)),
                        ])
                    })
            ),
            (
                "previousWeakestLinks",
                .array(
                    trend.previousWeakestLinks.map { link in
                        .object([
                            ("element", .string(link.element)), ("score", .number(link.score)),
                            ("stillWeak", link.stillWeak.map { .bool($0) } ?? .null),
                        ])
                    })
            ),
            (
                "targets",
                .array(
                    trend.targets.map { target in
                        .object([
                            ("element", .string(target.element)), ("target", .number(target.target)),
                            ("score", .number(target.score)), ("reached", .bool(target.reached)),
                        ])
                    })
            ),
            ("added", .array(trend.added.map { .string($0) })),
            ("removed", .array(trend.removed.map { .string($0) })),
            ("actionReviews", actionsJSON(trend)),
        ])
    }

    static func csv(_ trend: Trend) -> String {
        let ids = trend.workbook.elements.map({ $0.id })
        var out =
            CSVReport.byteOrderMark
            + (["area", "period", "date", "overall", "chain_strength", "coverage"] + ids).map({ $0.csvTextField })
            .joined(separator: ",") + "\r\n"
        for round in trend.rounds {
            let cells =
                [
                    round.area.csvTextField, round.period.csvTextField, (round.date ?? "").csvTextField,
                    CompareRenderer.number(round.overall),
                    CompareRenderer.number(round.chainStrength), CompareRenderer.number(round.coverage),
                ] + ids.map { CompareRenderer.number(round.score($0)) }
            out += cells.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The last round and the one before, when there are two.
    static func lastTwo(_ trend: Trend) -> (before: AreaSummary, last: AreaSummary)? {
        guard trend.rounds.count >= 2, let last = trend.rounds.last else { return nil }
        return (trend.rounds[trend.rounds.count - 2], last)
    }

    /// What a trend says about its order when some rounds had no date, or nil when all had one.
    static func orderNote(_ trend: Trend) -> String? {
        let placed = trend.placedByPeriod
        guard !placed.isEmpty else { return nil }
        let which = placed.count == 1 ? "1 round has" : "\(placed.count) rounds have"
        return
            "\(which) no date (\(placed.joined(separator: ", "))): placed by period, a financial year such as 2024/25 "
            + "from its April, a year from its January, a quarter from its first month."
    }

    static func score(_ value: Double?) -> String { value.map { NumberFormatting.oneDecimal($0) } ?? "–" }

}
