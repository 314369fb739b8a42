import WorkbookScoring
import WorkbookComparison
import WorkbookModel
import WorkbookSupport

/// `compare`'s agreement sections in every format: per element, in how many areas a question
/// was split, and each area's stakeholder-group gaps. Shown only when some area has either.
extension CompareRenderer {
    /// "split in 3 of 12 areas" lines, for elements split somewhere.
    static func splitLines(_ comparison: Comparison) -> [(title: String, text: String)] {
        guard comparison.anySplit else { return [] }
        return comparison.workbook.elements.compactMap { element in
            let count = comparison.areasSplit(on: element.id)
            return count == 0 ? nil : (element.title, "split in \(count) of \(comparison.areas.count) areas")
        }
    }

    /// "Saltmere (2025/26): community 1.3 vs nhs 3.0: 1.8 apart" lines, by element.
    static func gapLines(_ comparison: Comparison) -> [(title: String, area: String, text: String)] {
        comparison.groupGaps.map { item in
            (
                comparison.workbook.title(ofElement: item.gap.element), "\(item.area) (\(item.period))",
                ConsensusWording.gap(item.gap)
            )
        }
    }

    static func consensusText(_ comparison: Comparison, into text: inout TextWriter) {
        let split = splitLines(comparison)
        if !split.isEmpty {
            text.blank()
            text.heading("Split questions")
            text.paragraph("  ", "A question is \(ConsensusWording.rule(comparison.workbook.consensus)).", indent: 2)
            for line in split { text.line("  \(line.title): \(line.text)") }
        }
        let gaps = gapLines(comparison)
        if !gaps.isEmpty {
            text.blank()
            text.heading("Where stakeholder groups see it differently")
            for line in gaps { text.paragraph("  \(line.title), \(line.area): ", line.text, indent: 4) }
        }
    }

    static func consensusMarkdown(_ comparison: Comparison) -> String {
        var out = ""
        let split = splitLines(comparison)
        if !split.isEmpty {
            out +=
                "\n## Split questions\n\nA question is \(ConsensusWording.rule(comparison.workbook.consensus).markdownEscaped).\n\n"
            for line in split { out += "- \(line.title.markdownEscaped): \(line.text)\n" }
        }
        let gaps = gapLines(comparison)
        if !gaps.isEmpty {
            out +=
                "\n## Where stakeholder groups see it differently\n\n| Element | Area | Groups |\n| --- | --- | --- |\n"
            for line in gaps {
                out +=
                    "| \(line.title.markdownEscaped) | \(line.area.markdownEscaped) | \(line.text.markdownEscaped) |\n"
            }
        }
        return out
    }

    static func consensusHTML(_ comparison: Comparison) -> HTML {
        let split = splitLines(comparison)
        let gaps = gapLines(comparison)
        guard !split.isEmpty || !gaps.isEmpty else { return "" }
        var out: HTML = "<section><h2>Agreement across areas</h2>\n"
        if !split.isEmpty {
            out += "<p>A question is \(ConsensusWording.rule(comparison.workbook.consensus)).</p>\n<ul>\n"
            for line in split { out += "<li>\(line.title): \(line.text)</li>\n" }
            out += "</ul>\n"
        }
        if !gaps.isEmpty {
            out +=
                "<h3>Where stakeholder groups see it differently</h3>\n<table><thead><tr><th scope=\"col\">Element</th>"
            out += "<th scope=\"col\">Area</th><th scope=\"col\">Groups</th></tr></thead><tbody>\n"
            for line in gaps {
                out +=
                    "<tr><td>\(line.title)</td><td>\(line.area)</td><td>\(line.text)</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        return out + "</section>\n"
    }

    /// `groupGaps` in the compare JSON.
    static func consensusJSON(_ comparison: Comparison) -> JSONValue {
        .array(
            comparison.groupGaps.map { item in
                .object([
                    ("area", .string(item.area)), ("period", .string(item.period)),
                    ("element", .string(item.gap.element)),
                    ("low", .string(item.gap.low)), ("lowScore", .number(item.gap.lowScore)),
                    ("high", .string(item.gap.high)), ("highScore", .number(item.gap.highScore)),
                    ("gap", .number(item.gap.gap)),
                ])
            })
    }
}
