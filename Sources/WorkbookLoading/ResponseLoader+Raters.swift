public import WorkbookDiagnostics
import WorkbookFormat
import WorkbookModel
import WorkbookYAML

extension DiagnosticCode {
    /// A rating given per rater names a rater the response does not declare.
    public static let unknownRater: DiagnosticCode = "response.unknown-rater"
    /// A rater's group is not one of the response's `stakeholder_groups`.
    public static let unknownStakeholderGroup: DiagnosticCode = "response.unknown-stakeholder-group"
}

/// Who rated: the `raters:` block, a table's own `rater:`, and ratings given per rater.
///
/// A rater twice in one answer, or declared twice, is a duplicate key, which the YAML layer
/// refuses with both lines; what is left to check here is that every name an answer uses is
/// declared, and every group is one the response allows.
extension NodeDecoder {
    static let raterKeys = FileFormat.rater.keySet

    /// The longest rater name: a table or a person, not a paragraph.
    static let maxRaterName = 100

    /// `stakeholder_groups:`, when given.
    mutating func decodeStakeholderGroups(_ fields: Fields) -> [String] {
        guard let items = list(fields, "stakeholder_groups", what: "the response") else { return [] }
        return items.compactMap { text($0, key: "stakeholder_groups", what: "the response") }
    }

    /// The `raters:` block, in file order.
    mutating func decodeRaters(_ node: YAMLNode, groups: [String]) -> [Rater] {
        if node.isNull { return [] }
        guard let pairs = node.pairs else {
            error(
                .wrongType,
                "'raters' should map each table or person to their group, but here is \(node.kindDescription)",
                at: node.location, hint: "write lines like 'table-1: {group: council}'")
            return []
        }
        var raters: [Rater] = []
        for pair in pairs {
            guard let name = raterName(pair.key) else { continue }
            var group: String?
            if let text = pair.value.text, !pair.value.isNull {
                // `table-1: council` is the likeliest slip: say how to write the group.
                error(
                    .wrongType, "the rater '\(name)' should give its group as '{group: \(text)}'",
                    at: pair.value.location,
                    hint: "write '\(name): {group: \(text)}', or '\(name):' alone for no group")
                continue
            }
            if !pair.value.isNull {
                guard let fields = fields(of: pair.value, what: "the rater '\(name)'", keys: Self.raterKeys) else {
                    continue
                }
                group = text(fields, "group", what: "the rater '\(name)'")
                if let group, let node = fields["group"] { checkGroup(group, at: node, allowed: groups) }
            }
            raters.append(Rater(name: name, group: group, location: pair.key.location))
        }
        return raters
    }

    /// A table's own file: `rater:` and `rater_group:`.
    mutating func decodeOwnRater(_ fields: Fields, groups: [String]) -> Rater? {
        let group = text(fields, "rater_group", what: "the response")
        if let group, let node = fields["rater_group"] { checkGroup(group, at: node, allowed: groups) }
        guard let node = fields["rater"], let name = text(node, key: "rater", what: "the response") else {
            if group != nil, let node = fields["rater_group"] {
                error(
                    .missingKey, "'rater_group' is given but not 'rater'", at: node.location,
                    hint: "say who rated in this file: 'rater: Table 1'")
            }
            return nil
        }
        return Rater(name: name, group: group, location: node.location)
    }

    /// `ratings: {table-1: 2, table-2: 3}`: each declared rater's rating; a rater left blank
    /// did not rate the question. Nil when any of it is wrong (each mistake reported).
    mutating func decodeRatingsByRater(
        _ node: YAMLNode, question id: String, raters: [Rater], workbook: Workbook?
    ) -> (values: [Double], raters: [String])? {
        guard let pairs = node.pairs else { return nil }
        if pairs.count > FileFormat.maxRatings {
            error(
                .invalidValue,
                "'\(id)' has \(pairs.count) ratings; the limit is \(FileFormat.maxRatings) for one question",
                at: node.location, hint: "record one rating per table or per person")
            return nil
        }
        var values: [Double] = []
        var names: [String] = []
        var valid = true
        let declared = raters.map(\.name)
        for pair in pairs {
            guard let name = raterName(pair.key) else {
                valid = false
                continue
            }
            guard declared.contains(name) else {
                let hint =
                    Suggestions.hint(for: name, in: declared)
                    ?? (declared.isEmpty
                        ? "declare each table or person once at the top of the file: 'raters: {\(name): {group: ...}}'"
                        : "the raters declared under 'raters:' are: \(declared.joined(separator: ", "))")
                error(
                    .unknownRater, "'\(name)' in the ratings for '\(id)' is not declared under 'raters:'",
                    at: pair.key.location, hint: hint, length: name.count)
                valid = false
                continue
            }
            if pair.value.isNull { continue }
            if case .rating(let value)? = decodeRating(pair.value, question: id, workbook: workbook, allowsNA: false) {
                values.append(value)
                names.append(name)
            } else {
                valid = false
            }
        }
        return valid ? (values, names) : nil
    }

    private mutating func raterName(_ key: YAMLNode) -> String? {
        guard let name = key.text, !key.isNull, !name.isEmpty else {
            error(
                .wrongType, "a rater should be named by text, but here is \(key.kindDescription)", at: key.location,
                hint: "name each table or person, such as 'table-1' or 'Zoë'")
            return nil
        }
        if name.count > Self.maxRaterName {
            error(
                .invalidValue, "a rater's name is \(name.count) characters; the limit is \(Self.maxRaterName)",
                at: key.location, hint: "name the table or person briefly; put the rest in 'notes'")
            return nil
        }
        return name
    }

    private mutating func checkGroup(_ group: String, at node: YAMLNode, allowed: [String]) {
        guard !allowed.isEmpty, !allowed.contains(group) else { return }
        error(
            .unknownStakeholderGroup, "'\(group)' is not one of the response's stakeholder groups", at: node.location,
            hint: Suggestions.hint(for: group, in: allowed)
                ?? "the groups under 'stakeholder_groups:' are: \(allowed.joined(separator: ", "))",
            length: group.count)
    }
}
