public import WorkbookModel
import WorkbookSupport

/// A response file to fill in: every question in workbook order, blank, with its text and
/// the scale as comments. `workbook check` accepts it as it is (blank answers are allowed).
public enum ResponseTemplate {
    /// The skeleton's text.
    ///
    /// - Parameters:
    ///   - workbook: the workbook to answer.
    ///   - area: who is assessed.
    ///   - plan: what within the area is assessed (one delivery plan), if anything.
    ///   - period: the assessment round.
    ///   - schema: a `$schema` reference for editors, when known.
    ///   - last: last round's response for the same area (`new --from`): its targets and open
    ///     actions are carried over and its evidence notes shown as comments; no rating is copied.
    /// - Returns: the response file's YAML text, every answer blank.
    public static func render(
        for workbook: Workbook, area: String, plan: String? = nil, period: String, schema: String? = nil,
        from last: Response? = nil
    ) -> String {
        var out = ""
        if let schema { out += "# yaml-language-server: $schema=\(schema)\n" }
        out += comment("Response to \(workbook.title), version \(workbook.version).")
        out += "#\n# Rate each question on the scale:\n"
        for level in workbook.scale.levels {
            out += comment("  \(NumberFormatting.plain(level.value))  \(level.label): \(level.description)")
        }
        if workbook.scale.allowsNotApplicable {
            out += "#   na  Not applicable here (takes no part in any score)\n"
        }
        out += """
            #
            # Answer with one agreed rating (question-id: 3), or 'na', or for a workshop:
            #   question-id:
            #     ratings: [1, 2, 4, 2]     # one per table or person; the score is their median
            #     evidence: what the room said, and what shows it
            # A question left blank is not an error: it lowers coverage.
            #
            # To say who rated (reports then show each stakeholder group's view, and where the
            # room is split), declare the tables or people once and give ratings by name:
            #   stakeholder_groups: [council, nhs, community]
            #   raters:
            #     table-1: {group: council}
            #     table-2: {group: nhs}
            #     table-3: {group: community}
            #   answers:
            #     question-id:
            #       ratings: {table-1: 2, table-2: 3, table-3: 1}
            # One table's own file says instead 'rater: table-1' and 'rater_group: council';
            # 'workbook merge' combines the tables' files into one.

            workbook: \(YAMLQuoting.scalar(workbook.id))
            version: \(YAMLQuoting.doubleQuoted(workbook.version))
            area: \(YAMLQuoting.scalar(area))\(plan.map { "\nplan: \(YAMLQuoting.scalar($0))" } ?? "")
            period: \(YAMLQuoting.scalar(period))
            date:          # YYYY-MM-DD
            facilitator:
            participants:  # how many, or a list of names or organisations
            notes:

            """
        if let last {
            out += "\n" + carriedOver(last, workbook: workbook)
            out += "# Every rating below is blank: re-rate each question today; last round's evidence is a comment.\n"
        }
        out += "answers:\n"
        for element in workbook.elements {
            out += comment("\(element.title) (\(element.id))", indent: "  ", rule: true)
            for question in element.questions {
                out += comment(question.text, indent: "  ")
                out += lastEvidence(last, question: question.id)
                out += "  \(question.id):\n"
            }
            out += "\n"
        }
        return out
    }

    /// Text as YAML comment lines, each line of the text its own comment.
    package static func comment(_ text: String, indent: String = "", rule: Bool = false) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return
            lines.map { line in
                let body = rule ? "── \(line) ──" : String(line)
                return "\(indent)# \(body)".trimmingTrailingSpaces() + "\n"
            }
            .joined()
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
