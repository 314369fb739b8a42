package import WorkbookModel
package import WorkbookSupport

/// The action plan section of each report format, beside the weakest links.
extension ActionPlan {
    static let heading = "Actions for the weakest links"

    /// For the text report (80 columns).
    func text(_ workbook: Workbook, into text: inout TextWriter) {
        guard !isEmpty else { return }
        text.blank()
        text.heading(Self.heading)
        for link in weakLinks {
            let title = workbook.title(ofElement: link.element)
            guard !link.actions.isEmpty else {
                text.line("  \(title): no action agreed, a weakest link")
                continue
            }
            text.line("  \(title):")
            for action in link.actions { Self.textLine(action, into: &text) }
        }
        if !otherActions.isEmpty {
            text.line("  Other actions:")
            for action in otherActions { Self.textLine(action, into: &text, naming: workbook) }
        }
        if !closed.isEmpty { text.paragraph("  Closed at this round: ", closedList, indent: 4) }
    }

    private static func textLine(_ action: Action, into text: inout TextWriter, naming workbook: Workbook? = nil) {
        let elements =
            workbook.map { workbook in
                " (" + action.elements.map(workbook.title(ofElement:)).joined(separator: ", ") + ")"
            } ?? ""
        text.paragraph(
            "    - ", "\(action.id): \(action.what.replacingLineBreaks())\(elements). \(particulars(action)).",
            indent: 6)
        if let measure = action.measure {
            text.paragraph("      ", "Measure: \(measure.replacingLineBreaks())", indent: 6)
        }
    }

    /// For the Markdown report.
    func markdown(_ workbook: Workbook) -> String {
        guard !isEmpty else { return "" }
        var out = "\n## \(Self.heading)\n\n"
        for link in weakLinks {
            let title = workbook.title(ofElement: link.element).markdownEscaped
            if link.actions.isEmpty {
                out += "- **\(title)**: no action agreed, a weakest link\n"
                continue
            }
            out += "- **\(title)**:\n"
            for action in link.actions { out += "  - " + Self.markdownLine(action) + "\n" }
        }
        if !otherActions.isEmpty {
            out += "\nOther actions:\n\n"
            for action in otherActions {
                let elements = action.elements.map { workbook.title(ofElement: $0).markdownEscaped }
                    .joined(separator: ", ")
                out += "- " + Self.markdownLine(action) + " (\(elements))\n"
            }
        }
        if !closed.isEmpty { out += "\nClosed at this round: \(closedList.markdownEscaped).\n" }
        return out
    }

    private static func markdownLine(_ action: Action) -> String {
        var line = "`\(action.id)`: \(action.what.markdownEscaped). \(particulars(action).markdownEscaped)."
        if let measure = action.measure { line += " *Measure:* \(measure.markdownEscaped)" }
        return line
    }

    /// For the HTML report: a table of the weakest links and their actions.
    func html(_ workbook: Workbook) -> HTML {
        guard !isEmpty else { return "" }
        var html: HTML = "<h3 id=\"actions\">\(Self.heading)</h3>\n"
        html += "<table class=\"actions\">\n<thead><tr><th scope=\"col\">Element</th><th scope=\"col\">Action</th>"
        html +=
            "<th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
        func row(_ action: Action, _ title: String) -> HTML {
            var what = HTML.text(action.what)
            if let measure = action.measure { what += "<br><small>Measure: \(measure)</small>" }
            return "<tr data-action=\"\(action.id)\"><th scope=\"row\">\(title)</th><td>\(what)</td>"
                + "<td>\(action.owner ?? "no owner named")</td><td>\(action.due ?? "no date set")</td>"
                + "<td>\(action.status.label)</td></tr>\n"
        }
        for link in weakLinks {
            let title = workbook.title(ofElement: link.element)
            if link.actions.isEmpty {
                html += "<tr class=\"no-action\" data-element=\"\(link.element)\"><th scope=\"row\">\(title)</th>"
                html += "<td colspan=\"4\"><strong>No action agreed</strong>, a weakest link</td></tr>\n"
            }
            for action in link.actions { html += row(action, title) }
        }
        for action in otherActions {
            html += row(action, action.elements.map(workbook.title(ofElement:)).joined(separator: ", "))
        }
        html += "</tbody>\n</table>\n"
        if !closed.isEmpty { html += "<p>Closed at this round: \(closedList).</p>\n" }
        return html
    }

    /// For the JSON report: every action, and the weakest links without one.
    package static func json(_ actions: [Action]) -> JSONValue {
        .array(
            actions.map { action in
                .object([
                    ("id", .string(action.id)), ("elements", .array(action.elements.map { .string($0) })),
                    ("what", .string(action.what)), ("owner", .string(action.owner)), ("due", .string(action.due)),
                    ("status", .string(action.status.rawValue)), ("measure", .string(action.measure)),
                ])
            })
    }

    /// For the CSV report: a row per action, and one per weakest link with none.
    func csvRows(_ workbook: Workbook) -> [[CSVReport.Cell]] {
        var rows: [[CSVReport.Cell]] = []
        func cells(
            _ id: String?, _ elements: [String], _ title: String, _ owner: String?, _ due: String?, _ status: String,
            _ measure: String?
        ) -> [CSVReport.Cell] {
            let group = elements.count == 1 ? workbook.element(elements[0])?.group : nil
            return [.text("action"), .text(id), .text(elements.joined(separator: " ")), .text(group), .text(title)]
                + Array(repeating: .empty, count: 8) + [.text(owner), .text(due), .text(status), .text(measure)]
        }
        for link in weakLinks where link.actions.isEmpty {
            rows.append(cells(nil, [link.element], "no action agreed, a weakest link", nil, nil, "none", nil))
        }
        let listed = weakLinks.flatMap({ $0.actions })
            .reduce(into: [Action](), { if !$0.contains($1) { $0.append($1) } })
        for action in listed + otherActions + closed {
            rows.append(
                cells(
                    action.id, action.elements, action.what, action.owner, action.due, action.status.rawValue,
                    action.measure))
        }
        return rows
    }
}
