import WorkbookDiagnostics
import WorkbookFormat
public import WorkbookLoading
public import WorkbookModel
public import WorkbookYAML

/// Reads a migration map, checking each old id against the old workbook and each new id
/// against the new one, with "did you mean".
public enum MigrationMapLoader {
    static let rootKeys = FileFormat.migration.keySet

    /// Loads a map.
    ///
    /// - Parameters:
    ///   - input: the map file.
    ///   - old: the workbook version responses are moved from.
    ///   - new: the version they are moved to.
    /// - Returns: the map, or nil when reading it found an error, with every diagnostic found.
    public static func load(_ input: InputFile, from old: Workbook, to new: Workbook) -> LoadResult<MigrationMap> {
        let (root, yamlDiagnostics) = YAMLParser.parseDocument(input)
        guard let root else { return LoadResult(value: nil, diagnostics: yamlDiagnostics) }
        var decoder = NodeDecoder(diagnostics: yamlDiagnostics)
        let map = decoder.migrationMap(root, from: old, to: new)
        let failed = decoder.diagnostics.contains { $0.severity == .error }
        return LoadResult(value: failed ? nil : map, diagnostics: decoder.diagnostics)
    }
}

extension NodeDecoder {
    mutating func migrationMap(_ root: YAMLNode, from old: Workbook, to new: Workbook) -> MigrationMap? {
        let what = "the migration map"
        guard let fields = fields(of: root, what: what, keys: MigrationMapLoader.rootKeys) else { return nil }
        if let node = fields["workbook"], let id = text(node, key: "workbook", what: what), id != old.id, id != new.id {
            error(.workbookMismatch, "this map is for the workbook '\(id)', not '\(new.id)'", at: node.location)
        }
        let from = text(fields, "from", what: what)
        let to = text(fields, "to", what: what)
        if let to, to != new.version, let node = fields["to"] {
            error(
                .versionMismatch,
                "this map moves responses to version \(to), but the workbook given is version \(new.version)",
                at: node.location, hint: "give the workbook file of version \(to) with --to")
        }
        let questions =
            fields["questions"]
            .map {
                destinations(
                    $0, key: "questions", kind: "question", old: old.questions.map(\.id), new: new.questions.map(\.id),
                    oldName: "\(old.id) \(old.version)", newName: "\(new.id) \(new.version)")
            } ?? []
        let elements =
            fields["elements"]
            .map {
                destinations(
                    $0, key: "elements", kind: "element", old: old.elements.map(\.id), new: new.elements.map(\.id),
                    oldName: "\(old.id) \(old.version)", newName: "\(new.id) \(new.version)")
            } ?? []
        return MigrationMap(from: from, to: to, questions: questions, elements: elements)
    }

    private mutating func destinations(
        _ node: YAMLNode, key: String, kind: String, old: [String], new: [String], oldName: String, newName: String
    ) -> [(id: String, destination: MigrationMap.Destination)] {
        if node.isNull { return [] }
        guard let pairs = node.pairs else {
            error(
                .wrongType, "'\(key)' should map old \(kind) ids to new ones, but here is \(node.kindDescription)",
                at: node.location, hint: "write lines like 'old-id: new-id'")
            return []
        }
        var found: [(id: String, destination: MigrationMap.Destination)] = []
        for pair in pairs {
            guard let id = pair.key.text else { continue }
            var valid = true
            if !old.contains(id) {
                error(
                    .unknownReference,
                    "'\(id)' is not \(kind == "element" ? "an" : "a") \(kind) of \(oldName), the version moved from",
                    at: pair.key.location,
                    hint: Suggestions.hint(for: id, in: old) ?? "the keys are the old version's \(kind) ids",
                    length: id.count)
                valid = false
            }
            func checkNew(_ target: YAMLNode) -> String? {
                guard let text = target.text, !target.isNull else {
                    error(
                        .wrongType,
                        "where '\(id)' goes should be \(kind == "element" ? "an" : "a") \(kind) id, but here is \(target.kindDescription)",
                        at: target.location)
                    return nil
                }
                guard new.contains(text) else {
                    error(
                        .unknownReference,
                        "'\(text)' is not \(kind == "element" ? "an" : "a") \(kind) of \(newName), the version moved to",
                        at: target.location,
                        hint: Suggestions.hint(for: text, in: new) ?? "the values are the new version's \(kind) ids",
                        length: text.count)
                    return nil
                }
                return text
            }
            let destination: MigrationMap.Destination?
            if pair.value.isNull {
                destination = .removed
            } else if let items = pair.value.items {
                let targets = items.compactMap(checkNew)
                if items.isEmpty {
                    error(
                        .missingKey, "'\(id)' is split into no \(kind)", at: pair.value.location,
                        hint: "list the new ids, or leave the value empty if it was removed")
                }
                destination = targets.count == items.count && !items.isEmpty ? .split(targets) : nil
            } else {
                destination = checkNew(pair.value).map { .renamed($0) }
            }
            if valid, let destination { found.append((id, destination)) }
        }
        return found
    }
}
