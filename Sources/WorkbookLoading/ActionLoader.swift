import WorkbookDiagnostics
import WorkbookFormat
import WorkbookModel
import WorkbookYAML

/// Reads a response's `actions:` list, checking every key and every element id.
extension NodeDecoder {
    static let actionKeys = FileFormat.action.keySet

    /// The actions, in file order; an action with any mistake is reported and left out.
    mutating func decodeActions(_ node: YAMLNode, workbook: Workbook?) -> [Action] {
        if node.isNull { return [] }
        guard let items = node.items else {
            error(
                .wrongType, "'actions' should be a list of actions, but here is \(node.kindDescription)",
                at: node.location, hint: "write each action on its own line starting with '- id: ...'")
            return []
        }
        var actions: [Action] = []
        var seen: [String: FileLocation] = [:]
        for item in items {
            // Duplicates are found by the id as written, so a mistake in the first does not hide the second.
            if let idNode = item.pairs?.value(forKey: "id"), let id = idNode.text, !idNode.isNull {
                if let first = seen[id] {
                    error(
                        .duplicateID, "the action id '\(id)' is used twice (first on line \(first.line))",
                        at: idNode.location, hint: "give each action its own id")
                    continue
                }
                seen[id] = idNode.location
            }
            if let action = decodeAction(item, workbook: workbook) { actions.append(action) }
        }
        return actions
    }

    private mutating func decodeAction(_ node: YAMLNode, workbook: Workbook?) -> Action? {
        let what = "an action"
        guard let fields = fields(of: node, what: what, keys: Self.actionKeys) else { return nil }
        let id = identifier(fields, "id", what: "an action")
        let named = id.map { "the action '\($0)'" } ?? what
        let description = text(fields, "what", what: named, required: true)
        var valid = id != nil && description != nil
        let elements = decodeActionElements(fields, named: named, workbook: workbook, valid: &valid)
        var due: String?
        if let node = fields["due"], let text = text(node, key: "due", what: named) {
            if DateSyntax.isValid(text) {
                due = text
            } else {
                error(
                    .invalidDate, "'\(text)' is not a date written as YYYY-MM-DD", at: node.location,
                    hint: "for example 2026-03-31")
                valid = false
            }
        }
        var status = Action.Status.planned
        if fields["status"] != nil {
            if let chosen = choice(fields, "status", what: named, as: Action.Status.self) {
                status = chosen
            } else {
                valid = false
            }
        }
        guard valid, let id, let description, let elements else { return nil }
        return Action(
            id: id, elements: elements, what: description, owner: text(fields, "owner", what: named), due: due,
            status: status, measure: text(fields, "measure", what: named), location: node.location)
    }

    /// `element: id` or `elements: [ids]`, each an element of the workbook.
    private mutating func decodeActionElements(
        _ fields: Fields, named: String, workbook: Workbook?, valid: inout Bool
    ) -> [String]? {
        let noElement = { (decoder: inout NodeDecoder) in
            decoder.error(
                .missingKey, "\(named) names no element", at: fields.node.location,
                hint: "add 'element: id' for the element it addresses ('elements: [id, id]' for several)")
        }
        let nodes: [YAMLNode]
        if fields["element"] != nil, let many = fields["elements"] {
            error(
                .invalidValue, "\(named) gives both 'element' and 'elements'", at: many.location,
                hint: "give one 'element: id', or 'elements: [id, id]' when it addresses several")
            nodes = []
        } else if let single = fields["element"] {
            nodes = [single]
        } else if fields["elements"] != nil {
            guard let many = list(fields, "elements", what: named) else {
                valid = false
                return nil
            }
            if many.isEmpty { noElement(&self) }
            nodes = many
        } else {
            noElement(&self)
            nodes = []
        }
        if nodes.isEmpty {
            valid = false
            return nil
        }
        var ids: [String] = []
        for node in nodes {
            guard let id = text(node, key: "element", what: named, required: true) else {
                valid = false
                continue
            }
            if let workbook, workbook.element(id) == nil {
                error(
                    .unknownReference, "'\(id)' in \(named) is not an element of '\(workbook.id)'", at: node.location,
                    hint: Suggestions.hint(for: id, in: workbook.elements.map(\.id))
                        ?? "'workbook show \(workbook.id)' lists the element ids", length: id.count)
                valid = false
                continue
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return valid ? ids : nil
    }
}
