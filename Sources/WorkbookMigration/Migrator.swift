public import WorkbookModel
import WorkbookReporting
import WorkbookSupport

/// Moves a response to a new version of its workbook, losing nothing: answers follow their
/// questions through renames, merges and splits; what has no place in the new version is
/// written into the response's notes, word for word. docs/actions.md explains it to users.
public enum Migrator {
    /// A migrated response and what happened to each old answer.
    public struct Outcome: Sendable, Equatable {
        /// The response, now keyed by the new version's ids.
        public var response: Response
        /// One line per change (renamed, split, merged, removed, unmapped), for the command to print.
        public var changes: [String]
        /// The old answers, targets and actions that had nowhere to go (kept in the notes).
        public var keptInNotes: [String]
    }

    /// Moves `response` (checked against `old`) to `new`.
    ///
    /// - Rules: a question the map does not name keeps its id if the new version has it; a
    ///   renamed question takes the answer; a split question's answer goes to each part; when
    ///   several old questions go to one new one (merged), its ratings are all theirs together
    ///   (an agreed score counting as one rating; `na` only if every one was `na`) and their
    ///   evidence is joined; a removed question, or one the new version lacks and the map does
    ///   not place, is written into the notes with its answer. Elements, for targets and
    ///   actions, follow the same rules.
    public static func migrate(_ response: Response, from old: Workbook, to new: Workbook, map: MigrationMap) -> Outcome
    {
        var changes: [String] = []
        var kept: [String] = []
        // New question id → the old answers it receives, in the old file's order.
        var received: [String: [Answer]] = [:]
        // New ids several old questions go to: merges, said once each below rather than as renames.
        var sources: [String: Int] = [:]
        for answer in response.answers {
            for target in map.question(answer.questionID)?.targets ?? [] { sources[target, default: 0] += 1 }
        }
        for answer in response.answers {
            let id = answer.questionID
            let targets: [String]
            switch map.question(id) {
            case .renamed(let to)?:
                targets = [to]
                if sources[to, default: 0] < 2 { changes.append("renamed \(id) → \(to)") }
            case .split(let parts)?:
                targets = parts
                changes.append("split \(id) → \(parts.joined(separator: ", ")) (each takes its answer)")
            case .removed?:
                targets = []
                if answer.value != .blank || answer.evidence != nil {
                    kept.append("\(id) (removed in \(new.version)): \(describe(answer))")
                }
                changes.append("removed \(id)")
            case nil:
                if new.questions.contains(where: { $0.id == id }) {
                    targets = [id]
                } else {
                    targets = []
                    if answer.value != .blank || answer.evidence != nil {
                        kept.append("\(id) (not in \(new.version), and the map does not place it): \(describe(answer))")
                    }
                    changes.append("not mapped: \(id) is not a question of \(new.id) \(new.version)")
                }
            }
            for target in targets { received[target, default: []].append(answer) }
        }
        var answers: [Answer] = []
        for question in new.questions {
            guard let sources = received[question.id], !sources.isEmpty else { continue }
            if sources.count > 1 {
                changes.append("merged \(sources.map(\.questionID).joined(separator: ", ")) → \(question.id)")
            }
            answers.append(merge(sources, into: question.id))
        }
        var targets: [Target] = []
        for target in response.targets {
            let to = elementTargets(target.elementID, map: map, new: new)
            if to.isEmpty {
                kept.append(
                    "target for \(target.elementID) (not in \(new.version)): \(NumberFormatting.plain(target.level))")
            }
            for id in to where !targets.contains(where: { $0.elementID == id }) {
                targets.append(Target(elementID: id, level: target.level, location: target.location))
            }
        }
        var actions: [Action] = []
        for action in response.actions {
            var moved = action
            moved.elements = action.elements.flatMap { elementTargets($0, map: map, new: new) }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            if moved.elements.isEmpty {
                kept.append(
                    "action \(action.id) (its elements are not in \(new.version)): \(action.what); "
                        + "\(ActionPlan.particulars(action)); elements \(action.elements.joined(separator: ", "))")
            } else {
                actions.append(moved)
            }
        }
        var migrated = response
        migrated.workbookID = new.id
        migrated.workbookVersion = new.version
        migrated.answers = answers
        migrated.targets = targets
        migrated.actions = actions
        var note = "Moved from \(old.id) \(old.version) to \(new.id) \(new.version) by 'workbook migrate'."
        if !changes.isEmpty { note += " " + changes.joined(separator: "; ") + "." }
        if !kept.isEmpty {
            note +=
                "\nKept from \(old.version), with no place in \(new.version):\n"
                + kept.map { "- \($0)" }.joined(separator: "\n")
        }
        migrated.notes = [response.notes, note].compactMap { $0 }.joined(separator: "\n\n")
        return Outcome(response: migrated, changes: changes, keptInNotes: kept)
    }

    /// Where an old element goes: the map's word, or the same id if the new version has it.
    static func elementTargets(_ id: String, map: MigrationMap, new: Workbook) -> [String] {
        if let destination = map.element(id) { return destination.targets }
        return new.element(id) == nil ? [] : [id]
    }

    /// One answer from one or several old ones.
    static func merge(_ sources: [Answer], into id: String) -> Answer {
        let location = sources[0].location
        if sources.count == 1 {
            return Answer(
                questionID: id, value: sources[0].value, evidence: sources[0].evidence, location: location,
                raters: sources[0].raters)
        }
        var ratings: [Double] = []
        var raters: [String] = []
        var named = true
        for source in sources {
            switch source.value {
            case .rating(let value):
                ratings.append(value)
                named = false
            case .ratings(let values):
                ratings += values
                raters += source.raters
                named = named && source.raters.count == values.count
            case .notApplicable, .blank: break
            }
        }
        // Pooled ratings keep their raters only while each rater gives one rating.
        if !named || Set(raters).count != raters.count { raters = [] }
        let value: Answer.Value
        if !ratings.isEmpty {
            value = .ratings(ratings)
        } else if sources.allSatisfy({ $0.value == .notApplicable }) {
            value = .notApplicable
        } else {
            value = .blank
        }
        let notes = sources.compactMap { source in source.evidence.map { "\(source.questionID): \($0)" } }
        return Answer(
            questionID: id, value: value, evidence: notes.isEmpty ? nil : notes.joined(separator: "\n"),
            location: location,
            raters: raters)
    }

    /// An answer in words, for the notes: "rated 2; evidence: ...".
    static func describe(_ answer: Answer) -> String {
        var parts: [String] = []
        switch answer.value {
        case .rating(let value): parts.append("rated \(NumberFormatting.plain(value))")
        case .ratings(let values) where answer.raters.count == values.count:
            parts.append(
                "ratings "
                    + zip(answer.raters, values).map { "\($0) \(NumberFormatting.plain($1))" }.joined(separator: ", "))
        case .ratings(let values): parts.append("ratings \(values.map(NumberFormatting.plain).joined(separator: ", "))")
        case .notApplicable: parts.append("not applicable")
        case .blank: parts.append("not rated")
        }
        if let evidence = answer.evidence { parts.append("evidence: \(evidence)") }
        return parts.joined(separator: "; ")
    }
}
