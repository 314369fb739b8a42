import WorkbookRules
public import WorkbookModel
public import WorkbookScoring
import WorkbookSupport

/// The sentences every board-facing report (text, HTML, Markdown) says the same way, so the
/// pages cannot disagree: coverage warnings, weakest links and their truncation, severities,
/// checks not made, moves worth making, who took part and changes between rounds.
///
/// Plain words for a board: no rule ids, no question ids, no upper-case severities. JSON and
/// CSV keep the ids. Every function returns plain text; each renderer escapes it for its format.
public enum ReportWording {
    /// The warning a report leads with when too little is answered for its figures to stand,
    /// or nil when coverage is at or above `Assessment.lowCoverageThreshold`.
    public static func coverageWarning(_ assessment: Assessment) -> String? {
        let (answered, applicable) = (assessment.answeredCount, assessment.applicableCount)
        if assessment.nothingAnswered {
            return
                "Nothing is answered yet (0 of \(applicable) questions). There are no scores, weak links or findings "
                + "to report until the questions are rated."
        }
        guard assessment.isLowCoverage else { return nil }
        let percent = NumberFormatting.fixed((assessment.coverage ?? 0) * 100, places: 0)
        let threshold = NumberFormatting.fixed(Assessment.lowCoverageThreshold * 100, places: 0)
        return
            "Only \(answered) of \(applicable) questions are answered (\(percent)%). Every figure below is provisional "
            + "and may change a lot as more questions are rated; an area under \(threshold)% is not ranked in a comparison."
    }

    /// What the weakest-links section says when it lists none.
    public static func noWeakLinks(_ assessment: Assessment) -> String {
        let below = NumberFormatting.oneDecimal(assessment.workbook.weakestLinks.below)
        let scored = assessment.elements.filter { $0.score != nil }.count
        let unscored = assessment.elements.count - scored
        if scored == 0 { return "None can be named yet: no element is scored." }
        if unscored > 0 {
            return "None among the \(scored) scored \(plural(scored, "element")): each is at \(below) or above. "
                + "\(unscored) \(plural(unscored, "element")) \(unscored == 1 ? "is" : "are") not scored yet."
        }
        return "None: every element scores \(below) or above."
    }

    /// "… and 2 more: Equitable focus and targeting (1.3), Service volumes (1.4)" when the list
    /// is cut at `weakest_links.show`, or nil when every weak link is listed.
    public static func moreWeakLinks(_ assessment: Assessment) -> String? {
        let more = assessment.unlistedWeakLinks
        guard !more.isEmpty else { return nil }
        let names = more.map { id in
            // Spelled out: Swift 6.3.1's optimizer crashes on `?.score.map(…) ?? "–"` here.
            var score = "–"
            if let value = assessment.element(id)?.score { score = NumberFormatting.oneDecimal(value) }
            return "\(assessment.workbook.title(ofElement: id)) (\(score))"
        }
        return "… and \(more.count) more: \(names.joined(separator: ", "))"
    }

    /// A finding's severity as a board reads it.
    public static func severity(_ severity: Rule.Severity) -> String {
        switch severity {
        case .critical: "Priority"
        case .warning: "Concern"
        case .info: "Note"
        }
    }

    /// Plain sentences for the checks that could not be made, or none.
    public static func checksNotMade(_ report: Report) -> [String] {
        let items = report.notEvaluated
        guard !items.isEmpty else { return [] }
        var sentences: [String] = []
        let needsPrevious = items.filter({ $0.needsPrevious }).count
        if needsPrevious > 0 {
            sentences.append(
                "\(needsPrevious) \(plural(needsPrevious, "check")) \(needsPrevious == 1 ? "compares" : "compare") this round "
                    + "with the last one and \(needsPrevious == 1 ? "was" : "were") not made: no previous round was given."
            )
        }
        var reasons: [(reason: String, count: Int)] = []
        for item in items where !item.needsPrevious {
            if let index = reasons.firstIndex(where: { $0.reason == item.reason }) {
                reasons[index].count += 1
            } else {
                reasons.append((item.reason, 1))
            }
        }
        for (reason, count) in reasons {
            sentences.append("\(count) \(plural(count, "check")) could not be made: \(reason).")
        }
        return sentences
    }

    /// Who took part, as written: "22 participants", "Taking part: A; B", or both; nil when
    /// the response does not say.
    public static func participants(_ participants: Response.Participants?) -> String? {
        guard let participants else { return nil }
        var parts: [String] = []
        if let count = participants.count { parts.append("\(count) \(plural(count, "participant"))") }
        if !participants.names.isEmpty { parts.append("Taking part: " + participants.names.joined(separator: "; ")) }
        return parts.isEmpty ? nil : parts.joined(separator: ". ")
    }

    /// The moves worth listing under "where to act first": those that change something.
    public static func usefulMoves(_ assessment: Assessment, limit: Int = 3) -> [Leverage] {
        Array(assessment.leverage.filter { $0.overallGain > 0 || $0.chainGain > 0 }.prefix(limit))
    }

    /// What one move changes, in words: "1.3 → 2.3: out of the weak links, into Developing;
    /// chain strength +0.3; overall +0.08; 4 questions can rise".
    public static func move(_ move: Leverage, in workbook: Workbook) -> String {
        var effects: [String] = []
        if move.leavesWeakLinks { effects.append("out of the weak links") }
        if let band = move.newBand { effects.append("into \(band.label)") }
        var figures: [String] = []
        if move.chainGain > 1e-12 {
            figures.append("chain strength \(NumberFormatting.signed(move.chainGain))")
        } else if !move.tiedAtLowest.isEmpty {
            var others = move.tiedAtLowest.map(workbook.title(ofElement:)).joined(separator: ", ")
            let unnamed = move.othersAtLowest - move.tiedAtLowest.count
            if unnamed > 0 { others += " and \(unnamed) more" }
            figures.append("chain strength rises only if \(others) \(move.othersAtLowest == 1 ? "rises" : "rise") too")
        }
        figures.append("overall +\(NumberFormatting.fixed(move.overallGain, places: 2))")
        let questions = move.questionsWithRoom
        figures.append("\(questions) \(plural(questions, "question")) can rise")
        let head = "\(NumberFormatting.oneDecimal(move.score)) → \(NumberFormatting.oneDecimal(move.newScore))"
        return head + (effects.isEmpty ? "" : ": " + effects.joined(separator: ", ")) + "; "
            + figures.joined(separator: "; ")
    }

    /// `word`, or its plural for any count but 1.
    public static func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }
}
