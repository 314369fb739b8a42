public import WorkbookCore

/// `workbook trend --format docx`: one area over its rounds as a Word document: the rounds,
/// each element's score in each round (shaded by band, labelled) and its change, whether
/// last round's weakest links moved, and the targets set.
public enum TrendDocument {
    /// The .docx bytes; the same trend gives the same bytes.
    public static func render(_ trend: Trend) throws -> [UInt8] {
        let workbook = trend.workbook
        let bands = WordBands(workbook)
        var document = WordDocument(orientation: .landscape)
        document.title("Trend: \(trend.area)")
        document.paragraph("\(workbook.title): \(trend.rounds.count) rounds.", style: "Subtitle")
        document.heading("Rounds", level: 1)
        var rounds = WordTable(
            caption: "Overall score, chain strength and coverage in each round", columns: [20, 20, 22, 22, 16],
            header: ["Round", "Date", "Overall", "Chain strength", "Coverage"].map { WordTable.Cell($0) })
        for round in trend.rounds {
            rounds.rows.append([
                WordTable.Cell(round.period, bold: true), WordTable.Cell(round.date ?? "–"),
                bands.cell(score: round.overall), bands.cell(score: round.chainStrength),
                WordTable.Cell(
                    round.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–", alignRight: true),
            ])
        }
        document.table(rounds)
        document.heading("Elements over time", level: 1)
        let count = trend.rounds.count
        var elements = WordTable(
            caption: "Each element's score in each round, and the change",
            columns: [34] + Array(repeating: 50 / max(count, 1), count: count) + [16],
            header: [WordTable.Cell("Element")] + trend.rounds.map { WordTable.Cell($0.period) } + [
                WordTable.Cell("Change")
            ])
        for element in workbook.elements {
            let change = trend.changes.first { $0.element == element.id }
            let moved = change?.printedChange
            let direction = moved.map { $0 > 0 ? " (improved)" : ($0 < 0 ? " (slipped)" : " (steady)") } ?? ""
            elements.rows.append(
                [WordTable.Cell(element.title)] + trend.rounds.map { bands.cell(score: $0.score(element.id)) }
                    + [WordTable.Cell((change?.printed ?? "–") + direction, bold: moved.map { $0 != 0 } ?? false)])
        }
        document.table(elements)
        if trend.rounds.count >= 2 {
            let before = trend.rounds[trend.rounds.count - 2]
            if !trend.previousWeakestLinks.isEmpty {
                document.heading("Weakest links in \(before.period): did they move?", level: 2)
                document.bullets(
                    trend.previousWeakestLinks.map { link in
                        let verdict =
                            link.stillWeak.map { $0 ? "still weak" : "no longer a weak link" } ?? "not scored now"
                        let then = NumberFormatting.oneDecimal(before.score(link.element), or: "not scored")
                        let now = NumberFormatting.oneDecimal(link.score, or: "not scored")
                        return [
                            WordRun("\(workbook.title(ofElement: link.element)): ", bold: true),
                            WordRun("\(then) → \(now), \(verdict)"),
                        ]
                    })
            }
            if !trend.targets.isEmpty {
                document.heading("Targets set in \(before.period)", level: 2)
                document.bullets(
                    trend.targets.map { target in
                        let now = NumberFormatting.oneDecimal(target.score, or: "not scored")
                        return [
                            WordRun("\(workbook.title(ofElement: target.element)): ", bold: true),
                            WordRun(
                                "aimed for \(NumberFormatting.plain(target.target)), now \(now): \(target.reached ? "met" : "not met")"
                            ),
                        ]
                    })
            }
        }
        if !trend.added.isEmpty || !trend.removed.isEmpty {
            document.heading("Workbook version changed", level: 2)
            var text = "Only elements both versions share are compared."
            if !trend.added.isEmpty { text += " Added: \(trend.added.joined(separator: ", "))." }
            if !trend.removed.isEmpty { text += " Removed: \(trend.removed.joined(separator: ", "))." }
            document.paragraph(text)
        }
        return try WordPackage.bytes(document, title: "Trend: \(trend.area)")
    }
}
