import WorkbookComparison
import WorkbookModel
import WorkbookSupport

/// The trend's action reviews: each round's open actions judged at the round after.
extension ActionReview {
    func heading() -> String { "Actions agreed in \(fromPeriod), judged at \(toPeriod)" }

    /// "5 actions: 1 done and improved, 1 overdue, ...", in verdict order.
    func tally() -> String {
        let counts = Verdict.allCases.compactMap { verdict -> String? in
            let count = items.filter { $0.verdict == verdict }.count
            return count == 0 ? nil : "\(count) \(verdict.label)"
        }
        let total = "\(items.count) action\(items.count == 1 ? "" : "s")"
        return counts.isEmpty ? total : "\(total): \(counts.joined(separator: "; "))"
    }

    /// What an item's verdict line adds: the status now when it is not plain from the verdict.
    static func detail(_ item: Item, improvement: Double) -> String {
        var parts: [String] = []
        if item.verdict == .noChange {
            let by = NumberFormatting.plain(improvement)
            parts.append(
                item.elements.count == 1 ? "it rose by less than \(by)" : "not every element rose by \(by) or more")
        }
        if item.verdict == .overdue || item.verdict == .notDone {
            parts.append(item.status.label + " now")
            parts.append(item.action.due.map { "due \($0)" } ?? "no date set")
        }
        if !item.updated { parts.append("not listed in the next round's file, so its status is as agreed") }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))"
    }

    /// "Improved: every element it addresses up by 0.5 or more."
    static func rule(_ scale: Scale) -> String {
        "Improved: every element it addresses up by \(NumberFormatting.plain(improvement(on: scale))) or more."
    }

    static func change(_ change: ElementChange, _ workbook: Workbook) -> String {
        "\(workbook.title(ofElement: change.element)) \(TrendRenderer.score(change.from)) → \(TrendRenderer.score(change.to))"
            + (change.from.flatMap { from in change.to.map { " (\(NumberFormatting.change(from: from, to: $0)))" } }
                ?? "")
    }
}

extension TrendRenderer {
    static func actionsText(_ trend: Trend, into text: inout TextWriter) {
        actionsText(trend.actionReviews, trend.workbook, into: &text)
    }

    static func actionsMarkdown(_ trend: Trend) -> String { actionsMarkdown(trend.actionReviews, trend.workbook) }
    static func actionsHTML(_ trend: Trend) -> HTML { actionsHTML(trend.actionReviews, trend.workbook) }
    static func actionsJSON(_ trend: Trend) -> JSONValue {
        .array(trend.actionReviews.map { actionJSON($0, trend.workbook) })
    }

    /// Each review as text (also under `report --previous`).
    static func actionsText(_ reviews: [ActionReview], _ workbook: Workbook, into text: inout TextWriter) {
        for review in reviews {
            text.blank()
            text.heading(review.heading())
            text.paragraph("  ", "\(review.tally()). \(ActionReview.rule(workbook.scale))", indent: 2)
            for item in review.items {
                text.paragraph(
                    "  - ",
                    "\(item.action.id): \(item.verdict.label)\(ActionReview.detail(item, improvement: ActionReview.improvement(on: workbook.scale)))",
                    indent: 4)
                text.paragraph(
                    "      ", item.action.what.replacingLineBreaks() + (item.action.owner.map { " (\($0))" } ?? ""),
                    indent: 6)
                text.paragraph(
                    "      ", item.elements.map { ActionReview.change($0, workbook) }.joined(separator: "; "), indent: 6
                )
            }
            if !review.weakLinksWithoutAction.isEmpty {
                text.wrapped(
                    "  Weakest links with no action agreed: ",
                    review.weakLinksWithoutAction.map(workbook.title(ofElement:)))
            }
        }
    }

    static func actionsMarkdown(_ reviews: [ActionReview], _ workbook: Workbook) -> String {
        var out = ""
        for review in reviews {
            out +=
                "\n## \(review.heading().markdownEscaped)\n\n\(review.tally().markdownEscaped). "
                + "\(ActionReview.rule(workbook.scale))\n\n"
            if !review.items.isEmpty {
                out += "| Action | Verdict | Elements |\n| --- | --- | --- |\n"
                for item in review.items {
                    let elements = item.elements.map { ActionReview.change($0, workbook) }.joined(separator: "; ")
                    out +=
                        "| `\(item.action.id)`: \(item.action.what.markdownEscaped) | \(item.verdict.label)"
                        + "\(ActionReview.detail(item, improvement: ActionReview.improvement(on: workbook.scale)).markdownEscaped) | \(elements.markdownEscaped) |\n"
                }
            }
            if !review.weakLinksWithoutAction.isEmpty {
                let titles = review.weakLinksWithoutAction.map { workbook.title(ofElement: $0).markdownEscaped }
                out += "\nWeakest links with no action agreed: \(titles.joined(separator: ", ")).\n"
            }
        }
        return out
    }

    static func actionsHTML(_ reviews: [ActionReview], _ workbook: Workbook) -> HTML {
        var out: HTML = ""
        for review in reviews {
            out += "<section><h2>\(review.heading())</h2>"
            out += "<p>\(review.tally()). \(ActionReview.rule(workbook.scale))</p>\n"
            if !review.items.isEmpty {
                out += "<table class=\"actions\"><thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Verdict</th>"
                out += "<th scope=\"col\">Elements, then and now</th></tr></thead><tbody>\n"
                for item in review.items {
                    out += "<tr data-action=\"\(item.action.id)\" data-verdict=\"\(item.verdict.rawValue)\">"
                    out += "<th scope=\"row\"><code>\(item.action.id)</code> \(item.action.what)</th>"
                    out +=
                        "<td class=\"verdict \(item.verdict.rawValue)\">\(item.verdict.label)\(ActionReview.detail(item, improvement: ActionReview.improvement(on: workbook.scale)))</td>"
                    out +=
                        "<td>\(item.elements.map { HTML.text(ActionReview.change($0, workbook)) }.joined(separator: "<br>"))</td></tr>\n"
                }
                out += "</tbody></table>\n"
            }
            if !review.weakLinksWithoutAction.isEmpty {
                let titles = review.weakLinksWithoutAction.map { workbook.title(ofElement: $0) }
                out +=
                    "<p class=\"no-action\"><strong>Weakest links with no action agreed:</strong> \(titles.joined(separator: ", ")).</p>\n"
            }
            out += "</section>\n"
        }
        return out
    }

    static func actionJSON(_ review: ActionReview, _ workbook: Workbook) -> JSONValue {
        .object([
            ("from", .string(review.fromPeriod)), ("to", .string(review.toPeriod)),
            ("improvement", .number(ActionReview.improvement(on: workbook.scale))),
            (
                "actions",
                .array(
                    review.items.map { item in
                        .object([
                            ("id", .string(item.action.id)), ("what", .string(item.action.what)),
                            ("owner", .string(item.action.owner)), ("due", .string(item.action.due)),
                            ("status", .string(item.status.rawValue)), ("updated", .bool(item.updated)),
                            ("verdict", .string(item.verdict.rawValue)),
                            (
                                "elements",
                                .array(
                                    item.elements.map { change in
                                        .object([
                                            ("element", .string(change.element)), ("from", .number(change.from)),
                                            ("to", .number(change.to)), ("change", .number(change.change)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("weakestLinksWithoutAction", .array(review.weakLinksWithoutAction.map { .string($0) })),
        ])
    }
}
