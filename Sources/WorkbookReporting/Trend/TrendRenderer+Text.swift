import WorkbookScoring
import WorkbookComparison
import WorkbookModel
import WorkbookSupport

extension TrendRenderer {
    /// The rounds side by side, per-element change since the round before, whether last
    /// round's weakest links moved, and the targets it set.
    static func text(_ trend: Trend, options: RenderOptions) -> String {
        var text = TextWriter(colour: options.colour)
        let workbook = trend.workbook
        text.line(text.bold("Trend: \(trend.assessed)") + " on \(workbook.title) (\(workbook.id) \(workbook.version))")
        text.line("\(trend.rounds.count) round\(trend.rounds.count == 1 ? "" : "s")")
        if let note = orderNote(trend) { text.paragraph("", note, indent: 0) }
        text.blank()
        text.line(pad("Round", 12) + pad("Date", 12) + pad("Overall", 9) + pad("Chain", 7) + "Coverage")
        for round in trend.rounds {
            text.line(
                pad(round.period, 12) + pad(round.date ?? "–", 12) + pad(score(round.overall), 9)
                    + pad(score(round.chainStrength), 7)
                    + (round.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–"))
        }
        guard let (before, last) = lastTwo(trend) else {
            text.blank()
            text.line("One round only: nothing to compare yet.")
            return text.output
        }
        text.blank()
        text.heading("Change by element, \(before.period) to \(last.period)")
        let columns = trend.rounds.suffix(3)
        text.line("  " + pad("Element", 42) + columns.map { pad($0.period, 9) }.joined() + "Change")
        for change in trend.changes {
            let scores = columns.map { pad(score($0.score(change.element)), 9) }.joined()
            let lines = DisplayWidth.wrap(workbook.title(ofElement: change.element), width: 40)
            text.line("  " + pad(lines[0], 42) + scores + change.printed)
            for continuation in lines.dropFirst() { text.line("    " + continuation) }
        }
        let improved = trend.changes.filter { ($0.printedChange ?? 0) > 0 }
            .map { workbook.title(ofElement: $0.element) }
        let slipped = trend.changes.filter { ($0.printedChange ?? 0) < 0 }.map { workbook.title(ofElement: $0.element) }
        text.wrapped("  Improved: ", improved.isEmpty ? ["none"] : improved)
        text.wrapped("  Slipped: ", slipped.isEmpty ? ["none"] : slipped)
        if !trend.previousWeakestLinks.isEmpty {
            text.blank()
            text.heading("Weakest links in \(before.period): did they move?")
            for link in trend.previousWeakestLinks {
                let verdict = link.stillWeak.map { $0 ? "still weak" : "no longer a weak link" } ?? "not scored now"
                text.line(
                    "  \(workbook.title(ofElement: link.element)): \(score(before.score(link.element))) → \(score(link.score)), \(verdict)"
                )
            }
        }
        if !trend.targets.isEmpty {
            text.blank()
            text.heading("Targets set in \(before.period)")
            for target in trend.targets {
                text.line(
                    "  \(workbook.title(ofElement: target.element)): aimed for \(NumberFormatting.plain(target.target)), now \(score(target.score)): "
                        + (target.reached ? "met" : "not met"))
            }
        }
        actionsText(trend, into: &text)
        if !trend.added.isEmpty || !trend.removed.isEmpty {
            text.blank()
            text.heading("Workbook version changed between these rounds: only shared elements are compared")
            if !trend.added.isEmpty { text.line("  Added: " + trend.added.joined(separator: ", ")) }
            if !trend.removed.isEmpty { text.line("  Removed: " + trend.removed.joined(separator: ", ")) }
        }
        return text.output
    }

    static func markdown(_ trend: Trend) -> String {
        let workbook = trend.workbook
        var out =
            "# Trend: \(trend.assessed.markdownEscaped)\n\n\(workbook.title.markdownEscaped) (\(workbook.id.markdownEscaped) \(workbook.version.markdownEscaped))\n\n"
        if let note = orderNote(trend) { out += note.markdownEscaped + "\n\n" }
        out += "| Round | Date | Overall | Chain strength | Coverage |\n| --- | --- | ---: | ---: | ---: |\n"
        for round in trend.rounds {
            out +=
                "| \(round.period.markdownEscaped) | \(round.date ?? "–") | \(score(round.overall)) | \(score(round.chainStrength)) | "
                + "\(round.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–") |\n"
        }
        guard let (before, last) = lastTwo(trend) else { return out }
        out += "\n## Change by element, \(before.period.markdownEscaped) to \(last.period.markdownEscaped)\n\n"
        out +=
            "| Element | \(before.period.markdownEscaped) | \(last.period.markdownEscaped) | Change |\n| --- | ---: | ---: | ---: |\n"
        for change in trend.changes {
            out +=
                "| \(workbook.title(ofElement: change.element).markdownEscaped) | \(score(change.from)) | \(score(change.to)) | \(change.printed) |\n"
        }
        if !trend.previousWeakestLinks.isEmpty {
            out += "\n## Weakest links in \(before.period.markdownEscaped)\n\n"
            for link in trend.previousWeakestLinks {
                let verdict = link.stillWeak.map { $0 ? "still weak" : "no longer a weak link" } ?? "not scored now"
                out +=
                    "- \(workbook.title(ofElement: link.element).markdownEscaped): \(score(before.score(link.element))) → \(score(link.score)), \(verdict)\n"
            }
        }
        if !trend.targets.isEmpty {
            out += "\n## Targets set in \(before.period.markdownEscaped)\n\n"
            for target in trend.targets {
                out +=
                    "- \(workbook.title(ofElement: target.element).markdownEscaped): aimed for \(NumberFormatting.plain(target.target)), now \(score(target.score)): \(target.reached ? "met" : "not met")\n"
            }
        }
        out += actionsMarkdown(trend)
        return out
    }
}
