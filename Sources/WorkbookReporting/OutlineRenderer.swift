public import WorkbookModel
import WorkbookSupport

/// The framework's outline as text: `workbook show`.
public enum OutlineRenderer {
    /// The outline: title, scale, bands, then groups with their elements and questions.
    public static func render(_ workbook: Workbook) -> String {
        var out = "\(workbook.title)\n"
        out += "id \(workbook.id), version \(workbook.version), layout \(workbook.layout.rawValue), "
        out += "\(workbook.elements.count) elements, \(workbook.questions.count) questions\n"
        if !workbook.sources.isEmpty {
            out += "\nSources:\n"
            for source in workbook.sources {
                let details = [source.publisher, source.year.map(String.init), source.section].compactMap { $0 }
                out += "  - \(source.title)\(details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")\n"
            }
        }
        out += "\nScale:\n"
        for level in workbook.scale.levels {
            out += "  \(NumberFormatting.plain(level.value))  \(level.label): \(level.description)\n"
        }
        if workbook.scale.allowsNotApplicable { out += "  na Not applicable\n" }
        out += "\nBands:\n"
        var lower = workbook.scale.minimum
        for band in workbook.bands {
            let range =
                band.below.map { "\(NumberFormatting.plain(lower)) to below \(NumberFormatting.plain($0))" }
                ?? "\(NumberFormatting.plain(lower)) and above"
            out += "  \(band.label) (\(band.id)): \(range)\n"
            lower = band.below ?? lower
        }
        if workbook.groups.isEmpty {
            out += "\nElements:\n"
            out += elements(workbook.elements, numbered: workbook.layout == .chain)
        }
        for group in workbook.groups {
            let position = group.position.map { " [\($0.rawValue)]" } ?? ""
            out += "\n\(group.title) (\(group.id))\(position)\n"
            out += elements(workbook.elements(in: group.id), numbered: false)
        }
        if !workbook.rules.isEmpty {
            out += "\nRules:\n"
            for rule in workbook.rules {
                out += "  \(rule.id) [\(rule.severity.rawValue)]: \(rule.when.text)\n"
            }
        }
        // Shown on a terminal: no value may drive it (see `String.visibleControls`).
        return out.visibleControls(keepingLineBreaks: true)
    }

    private static func elements(_ elements: [FrameworkElement], numbered: Bool) -> String {
        var out = ""
        for (index, element) in elements.enumerated() {
            let number = numbered ? "\(index + 1). " : ""
            let weight = element.weight == 1 ? "" : " (weight \(NumberFormatting.plain(element.weight)))"
            out += "  \(number)\(element.title) (\(element.id))\(weight)\n"
            for question in element.questions {
                out += "      \(question.id): \(question.text.replacingLineBreaks())\n"
            }
        }
        return out
    }
}
