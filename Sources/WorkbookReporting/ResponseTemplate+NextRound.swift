package import WorkbookModel
import WorkbookSupport

/// The parts of a blank response that `new --from LAST.yaml` fills from last round's file:
/// its targets and open actions carried over (statuses for the room to update), its evidence
/// notes as comments to revisit. No rating is copied: every answer starts blank.
extension ResponseTemplate {
    /// The `targets:` and `actions:` blocks carried over from last round, with comments.
    static func carriedOver(_ last: Response, workbook: Workbook) -> String {
        var out = ""
        let targets = last.targets.filter { workbook.element($0.elementID) != nil }
        if !targets.isEmpty {
            out += "# Targets set in \(last.period): keep, change or remove each for the next round.\n"
            out += "targets:\n"
            for target in targets {
                out += "  \(target.elementID): \(NumberFormatting.plain(target.level))\n"
            }
        }
        let open = last.actions.filter { $0.isOpen && $0.elements.allSatisfy { workbook.element($0) != nil } }
        let closed = last.actions.filter { !$0.isOpen }
        if !open.isEmpty || !closed.isEmpty {
            out += "# Actions agreed by \(last.period) and still open: update each 'status' (planned,\n"
            out += "# in-progress, done or dropped); the trend judges them against this round.\n"
            out += "# Add the actions agreed today below them, each with a new id.\n"
            if !closed.isEmpty {
                out += comment(
                    "Closed in \(last.period), not carried over: "
                        + closed.map { "\($0.id) (\($0.status.label))" }.joined(separator: ", "))
            }
            out += "actions:\n" + open.map { action($0) }.joined()
        }
        return out
    }

    /// One action as YAML; with `reminder`, its status marked for the room to update.
    package static func action(_ action: Action, reminder: Bool = true) -> String {
        var out = "  - id: \(action.id)\n"
        if action.elements.count == 1 {
            out += "    element: \(action.elements[0])\n"
        } else {
            out += "    elements: [\(action.elements.joined(separator: ", "))]\n"
        }
        out += "    what: \(YAMLQuoting.scalar(action.what))\n"
        if let owner = action.owner { out += "    owner: \(YAMLQuoting.scalar(owner))\n" }
        if let due = action.due { out += "    due: \(due)\n" }
        out += "    status: \(action.status.rawValue)"
        out += reminder ? "   # was \(action.status.rawValue) in the last round: update it\n" : "\n"
        if let measure = action.measure { out += "    measure: \(YAMLQuoting.scalar(measure))\n" }
        return out
    }

    /// Last round's evidence note for a question, as comments above its blank answer.
    static func lastEvidence(_ last: Response?, question id: String) -> String {
        guard let evidence = last?.answer(id)?.evidence else { return "" }
        return comment("last round: \(evidence)", indent: "  ")
    }
}
