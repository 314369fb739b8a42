import WorkbookMerge
public import WorkbookModel
import WorkbookReporting
import WorkbookSupport

/// Writes a response as a response file: what `migrate` outputs. Every question of the
/// workbook is listed in workbook order, answered or blank, under its element's heading, so
/// questions new in this version are there to rate. The file reads back as the same response.
public enum ResponseWriter {
    /// The response file's text.
    ///
    /// - Parameters:
    ///   - response: the response to write (its answers keyed by this workbook's question ids).
    ///   - workbook: the workbook it answers.
    ///   - comment: lines to put at the top, each written as a `#` comment.
    /// - Returns: the response file's YAML text.
    public static func yaml(_ response: Response, for workbook: Workbook, comment: [String] = []) -> String {
        var out = comment.map { ResponseTemplate.comment($0) }.joined()
        out += "workbook: \(YAMLQuoting.scalar(workbook.id))\n"
        out += "version: \(YAMLQuoting.doubleQuoted(workbook.version))\n"
        out += "area: \(YAMLQuoting.scalar(response.area))\n"
        if let plan = response.plan { out += "plan: \(YAMLQuoting.scalar(plan))\n" }
        out += "period: \(YAMLQuoting.scalar(response.period))\n"
        if let date = response.date { out += "date: \(date)\n" }
        if let facilitator = response.facilitator { out += "facilitator: \(YAMLQuoting.scalar(facilitator))\n" }
        if let participants = response.participants {
            func names(indent: String) -> String {
                participants.names.map { "\(indent)- \(YAMLQuoting.scalar($0))\n" }.joined()
            }
            switch (participants.count, participants.names.isEmpty) {
            case (let count?, true): out += "participants: \(count)\n"
            case (nil, false): out += "participants:\n" + names(indent: "  ")
            case (let count?, false): out += "participants:\n  count: \(count)\n  names:\n" + names(indent: "    ")
            case (nil, true): break
            }
        }
        out += raters(response)
        if let notes = response.notes { out += "notes: " + block(notes, indent: "  ") }
        if !response.targets.isEmpty {
            out +=
                "targets:\n"
                + response.targets.map { "  \($0.elementID): \(NumberFormatting.plain($0.level))\n" }.joined()
        }
        if !response.actions.isEmpty {
            out += "actions:\n"
            for action in response.actions { out += ResponseTemplate.action(action, reminder: false) }
        }
        out += "answers:\n"
        for element in workbook.elements {
            out += ResponseTemplate.comment("\(element.title) (\(element.id))", indent: "  ", rule: true)
            for question in element.questions {
                out += "  \(question.id):" + answer(response.answer(question.id)) + "\n"
            }
        }
        return out
    }

    /// Who rated, as the response declared it: its stakeholder groups, its own rater, and the
    /// raters its per-rater ratings name, so a moved response keeps whose rating is whose.
    static func raters(_ response: Response) -> String {
        let flow = MergedResponseWriter.flow
        var out = ""
        if !response.stakeholderGroups.isEmpty {
            out += "stakeholder_groups: [\(response.stakeholderGroups.map(flow).joined(separator: ", "))]\n"
        }
        if let rater = response.rater {
            out += "rater: \(YAMLQuoting.scalar(rater.name))\n"
            if let group = rater.group { out += "rater_group: \(YAMLQuoting.scalar(group))\n" }
        }
        if !response.raters.isEmpty {
            out +=
                "raters:\n"
                + response.raters
                .map { rater in
                    "  \(flow(rater.name)):\(rater.group.map { " {group: \(flow($0))}" } ?? "")\n"
                }
                .joined()
        }
        return out
    }

    /// An answer after its `id:`, on the same line or indented below.
    static func answer(_ answer: Answer?) -> String {
        guard let answer else { return "" }
        let value: String?
        switch answer.value {
        case .rating(let rating): value = NumberFormatting.plain(rating)
        case .ratings(let ratings) where answer.raters.count == ratings.count:
            let pairs = zip(answer.raters, ratings)
                .map { "\(MergedResponseWriter.flow($0)): \(NumberFormatting.plain($1))" }
            value = "{" + pairs.joined(separator: ", ") + "}"
        case .ratings(let ratings): value = "[" + ratings.map(NumberFormatting.plain).joined(separator: ", ") + "]"
        case .notApplicable: value = "na"
        case .blank: value = nil
        }
        guard let evidence = answer.evidence else {
            if case .ratings = answer.value { return "\n    ratings: \(value ?? "[]")" }
            return value.map { " \($0)" } ?? ""
        }
        var out = ""
        if let value {
            if case .ratings = answer.value { out += "\n    ratings: \(value)" } else { out += "\n    score: \(value)" }
        }
        return out + "\n    evidence: " + block(evidence, indent: "      ").dropLast()
    }

    /// Text after `key: `, ending in a newline: plain or quoted on one line, or a literal
    /// block (`|-`) for text of several lines that a block can hold exactly.
    static func block(_ text: String, indent: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A block's indentation is read from its first line with text, and a line of spaces only
        // may read as empty: only text whose every line is empty or starts with a non-space is safe.
        let blockSafe =
            lines.count > 1 && lines.first?.isEmpty == false && !text.hasSuffix("\n")
            && lines.allSatisfy { $0.isEmpty || ($0.first != " " && $0.first != "\t") }
            && !text.unicodeScalars.contains { $0 != "\n" && YAMLQuoting.isEscaped($0) }
        guard blockSafe else { return YAMLQuoting.scalar(text) + "\n" }
        return "|-\n" + lines.map { $0.isEmpty ? "\n" : "\(indent)\($0)\n" }.joined()
    }
}
