import WorkbookModel
import WorkbookSupport

/// Writes a merge's result as a response file: the raters declared once, every question of
/// the workbook in order with each rater's rating, so `workbook check` accepts it and a
/// person can read it.
///
/// Raters are written in name order (so the order the files were given does not matter);
/// evidence and notes keep the order their lines were first seen.
package enum MergedResponseWriter {
    static func text(_ merged: MergedResponse) -> String {
        var out = "# Merged by 'workbook merge': each table's or person's ratings, by rater.\n"
        out += "workbook: \(YAMLQuoting.scalar(merged.workbook.id))\n"
        out += "version: \(YAMLQuoting.doubleQuoted(merged.version))\n"
        out += "area: \(YAMLQuoting.scalar(merged.area))\n"
        if let plan = merged.plan { out += "plan: \(YAMLQuoting.scalar(plan))\n" }
        out += "period: \(YAMLQuoting.scalar(merged.period))\n"
        if let date = merged.dates.min() { out += "date: \(date)\n" }
        if let facilitators = merged.facilitators.text {
            out += "facilitator: \(YAMLQuoting.scalar(facilitators.split(separator: "\n").joined(separator: "; ")))\n"
        }
        switch (merged.participantCounts.max(), merged.participantNames.isEmpty) {
        case (let count?, true): out += "participants: \(count)\n"
        case (nil, false):
            out += "participants:\n" + merged.participantNames.map { "  - \(YAMLQuoting.scalar($0))\n" }.joined()
        case (let count?, false):
            out +=
                "participants:\n  count: \(count)\n  names:\n"
                + merged.participantNames.map { "    - \(YAMLQuoting.scalar($0))\n" }.joined()
        case (nil, true): break
        }
        if let notes = merged.notes.text { out += "notes:" + block(notes, indent: "  ") }
        let names = merged.raters.keys.sorted()
        var groups = merged.stakeholderGroups
        if !groups.isEmpty {
            // Every rater's group must be declared once the list is given, or the file would not pass check.
            for name in names {
                if let group = merged.raters[name]?.group, !groups.contains(group) { groups.append(group) }
            }
            out += "stakeholder_groups: [\(groups.map(flow).joined(separator: ", "))]\n"
        }
        out += "raters:\n"
        for name in names {
            let group = merged.raters[name]?.group.map { " {group: \(flow($0))}" } ?? ""
            out += "  \(flow(name)):\(group)\n"
        }
        let targets = merged.workbook.elements.compactMap { element in
            merged.targets[element.id].map { (element.id, $0.level) }
        }
        if !targets.isEmpty {
            out += "targets:\n" + targets.map { "  \($0.0): \(NumberFormatting.plain($0.1))\n" }.joined()
        }
        out += "answers:\n"
        for element in merged.workbook.elements {
            out += "  # \(element.title.replacingLineBreaks())\n"
            for question in element.questions { out += answer(question.id, merged, raters: names) }
        }
        return out
    }

    private static func answer(_ id: String, _ merged: MergedResponse, raters: [String]) -> String {
        var evidence = merged.evidence[id] ?? LineSet()
        let ratings = merged.ratings[id] ?? [:]
        let notApplicable = merged.notApplicable[id] ?? [:]
        var value: String?
        // Who said na is kept in the evidence: beside ratings because na cannot be one of
        // several, and alone because `na` names no rater.
        for name in notApplicable.keys.sorted() { evidence.add("\(name): answered na") }
        if !ratings.isEmpty {
            let pairs = raters.compactMap { name in
                ratings[name].map { "\(flow(name)): \(NumberFormatting.plain($0.value))" }
            }
            value = "{\(pairs.joined(separator: ", "))}"
        }
        let isNotApplicable = value == nil && (!notApplicable.isEmpty || merged.unattributedNotApplicable.contains(id))
        guard let text = evidence.text else {
            if let value { return "  \(id):\n    ratings: \(value)\n" }
            return isNotApplicable ? "  \(id): na\n" : "  \(id):\n"
        }
        var out = "  \(id):\n"
        if let value { out += "    ratings: \(value)\n" } else if isNotApplicable { out += "    score: na\n" }
        return out + "    evidence:" + block(text, indent: "      ")
    }

    /// After `key:`: the text on the same line, or as a literal block when it has several lines.
    private static func block(_ text: String, indent: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let literalSafe =
            lines.count > 1 && !text.unicodeScalars.contains { $0 != "\n" && YAMLQuoting.isEscaped($0) }
            && lines.allSatisfy { $0.first != " " && !$0.isEmpty }
        guard literalSafe else { return " \(YAMLQuoting.scalar(text))\n" }
        return " |-\n" + lines.map { "\(indent)\($0)\n" }.joined()
    }

    /// A scalar inside `{ }` or `[ ]`, where a comma or bracket would end it.
    package static func flow(_ text: String) -> String {
        if YAMLQuoting.needsQuotes(text) || text.contains(where: { ",[]{}#".contains($0) }) {
            return YAMLQuoting.doubleQuoted(text)
        }
        return text
    }
}
