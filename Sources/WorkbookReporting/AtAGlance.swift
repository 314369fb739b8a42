import WorkbookRules
public import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The one page a board member can read alone, worked out once so that the HTML, Markdown,
/// printed and Word reports say the same: who and when, how much was answered, the overall
/// score and chain strength in words and figures, the weakest links, the findings that matter
/// most, what was agreed, and what changed since the last round.
///
/// Plain text throughout (the renderers escape it); the wording comes from `ReportWording`
/// where a sentence is said elsewhere too.
public struct AtAGlance: Sendable, Equatable {
    /// A headline figure: "2.2 out of 4" and its band ("Developing"), or "not scored".
    public struct Figure: Sendable, Equatable {
        /// "Overall score", "Chain strength".
        public var label: String
        /// "2.2 out of 4 (55%)", or "not scored".
        public var figure: String
        /// The band's label, or "not scored".
        public var words: String
        /// The band, for its colour; nil when not scored.
        public var band: Band?
        /// What the figure is: "weighted mean of the 13 elements", "set by Service volumes".
        public var note: String
    }

    /// A finding as the first page shows it.
    public struct Point: Sendable, Equatable {
        /// "Priority", "Concern" or "Note".
        public var severity: String
        /// The finding's message.
        public var message: String
        /// What to do, when the workbook says.
        public var recommendation: String?
    }

    /// How many findings the page shows, most severe first.
    public static let findingsShown = 3

    /// The area assessed.
    public var area: String
    /// The round: "2025/26".
    public var period: String
    /// The workshop's date, as written.
    public var date: String?
    /// "48 of 54 applicable questions answered (89%)".
    public var coverage: String
    /// The warning a report leads with when too little is answered.
    public var coverageWarning: String?
    /// The overall score.
    public var overall: Figure
    /// The chain strength (the lowest element score).
    public var chain: Figure
    /// "Unmet need and demand: 1.3, Weak link", weakest first.
    public var weakestLinks: [String]
    /// What the weakest-links line says when it lists none, or the "… and 2 more" line.
    public var weakestLinksNote: String?
    /// The findings that matter most.
    public var findings: [Point]
    /// How many findings there are in all.
    public var findingsTotal: Int
    /// The targets agreed for the next round: "Unmet need and demand: 1.3 now, aiming for 2".
    public var targets: [String]
    /// The moves worth making when no target is set.
    public var moves: [String]
    /// What changed since the previous round, when one was given.
    public var changes: [String]?
    /// The previous round's period.
    public var previousPeriod: String?

    /// The first page of a report.
    public init(_ report: Report) {
        let assessment = report.assessment
        let workbook = assessment.workbook
        let response = assessment.response
        let maximum = NumberFormatting.plain(workbook.scale.maximum)
        area = response.area
        period = response.period
        date = response.date
        let percent = assessment.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–"
        coverage =
            "\(assessment.answeredCount) of \(assessment.applicableCount) applicable questions answered (\(percent))"
        coverageWarning = ReportWording.coverageWarning(assessment)

        func figure(_ label: String, _ reading: ScoreReading?, note: String) -> Figure {
            guard let reading else {
                return Figure(label: label, figure: "not scored", words: "not scored", band: nil, note: note)
            }
            let value =
                "\(NumberFormatting.oneDecimal(reading.score)) out of \(maximum) "
                + "(\(NumberFormatting.fixed(reading.percent, places: 0))%)"
            // Spelled out, not `reading.band?.label ?? …`: Swift 6.3.1's optimizer (CopyPropagation)
            // crashes on that form here in release builds.
            var words = "no band"
            if let band = reading.band { words = band.label }
            return Figure(label: label, figure: value, words: words, band: reading.band, note: note)
        }
        let scored = assessment.elements.filter { $0.score != nil }.count
        overall = figure(
            "Overall score", assessment.overall,
            note: "the weighted mean of the \(scored) scored \(ReportWording.plural(scored, "element"))")
        var chainNote = "the lowest element score: a system is only as strong as its weakest link"
        if let id = assessment.chainElement {
            chainNote = "set by \(workbook.title(ofElement: id)), the lowest element"
        }
        chain = figure("Chain strength", assessment.chainStrength, note: chainNote)

        weakestLinks = assessment.weakestLinks.compactMap { id in
            guard let element = assessment.element(id), let reading = element.reading else { return nil }
            var band = "no band"
            if let label = reading.band?.label { band = label }
            return "\(element.element.title): \(NumberFormatting.oneDecimal(reading.score)), \(band)"
        }
        weakestLinksNote =
            weakestLinks.isEmpty ? ReportWording.noWeakLinks(assessment) : ReportWording.moreWeakLinks(assessment)

        let ordered = report.findings(atLeast: .info)
        findingsTotal = ordered.count
        findings = ordered.prefix(Self.findingsShown)
            .map {
                Point(
                    severity: ReportWording.severity($0.severity), message: $0.message,
                    recommendation: $0.recommendation)
            }

        targets = response.targets.map { target in
            var now = "not scored"
            if let score = assessment.element(target.elementID)?.score { now = NumberFormatting.oneDecimal(score) }
            return
                "\(workbook.title(ofElement: target.elementID)): \(now) now, aiming for \(NumberFormatting.plain(target.level))"
        }
        moves = ReportWording.usefulMoves(assessment)
            .map { move in
                "\(workbook.title(ofElement: move.element)): \(ReportWording.move(move, in: workbook))"
            }

        previousPeriod = assessment.previous?.period
        changes = assessment.previous.map { Self.changes(since: $0, assessment) }
    }

    /// Overall change, what improved and slipped most, and the targets set last time.
    private static func changes(since previous: PreviousRound, _ assessment: Assessment) -> [String] {
        var lines: [String] = []
        if let now = assessment.overall?.score, let before = previous.overall {
            lines.append(
                "Overall \(NumberFormatting.change(from: before, to: now)): "
                    + "\(NumberFormatting.oneDecimal(before)) in \(previous.period), \(NumberFormatting.oneDecimal(now)) now."
            )
        } else {
            lines.append(
                "The overall score cannot be compared with \(previous.period): one of the rounds is not scored.")
        }
        var moved: [(title: String, change: Double, text: String)] = []
        for element in assessment.elements {
            guard let now = element.score, let before = previous.score(element.id) else { continue }
            let change = NumberFormatting.reported(now) - NumberFormatting.reported(before)
            if abs(change) < 0.05 { continue }
            moved.append((element.element.title, change, NumberFormatting.change(from: before, to: now)))
        }
        let up = moved.filter { $0.change > 0 }.sorted { $0.change > $1.change }
        let down = moved.filter { $0.change < 0 }.sorted { $0.change < $1.change }
        func list(_ items: [(title: String, change: Double, text: String)]) -> String {
            items.prefix(3).map { "\($0.title) (\($0.text))" }.joined(separator: ", ")
                + (items.count > 3 ? " and \(items.count - 3) more" : "")
        }
        if !up.isEmpty { lines.append("Improved: \(list(up)).") }
        if !down.isEmpty { lines.append("Slipped: \(list(down)).") }
        if up.isEmpty && down.isEmpty { lines.append("No element moved by 0.1 or more.") }
        let met = assessment.targetsMet
        if !met.isEmpty {
            lines.append("Targets set in \(previous.period): \(met.filter({ $0.reached }).count) of \(met.count) met.")
        }
        return lines
    }
}
