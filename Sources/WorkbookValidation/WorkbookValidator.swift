public import WorkbookDiagnostics
public import WorkbookModel
import WorkbookSupport

/// Checks a decoded workbook as a whole: ids, references, scale, bands and weights.
///
/// Structural problems (unknown keys, wrong types) are found while decoding; this finds
/// what only makes sense across the workbook. Errors make the workbook unusable; warnings
/// (bands that can never be reached, a zero weight) point at a model that is probably not
/// what its author meant.
public enum WorkbookValidator {
    /// Every problem with the workbook's model.
    public static func validate(_ workbook: Workbook) -> [Diagnostic] {
        var found: [Diagnostic] = []
        found += duplicates(workbook.groups.map { ($0.id, $0.location) }, kind: "group")
        found += duplicates(workbook.elements.map { ($0.id, $0.location) }, kind: "element")
        found += duplicates(workbook.questions.map { ($0.id, $0.location) }, kind: "question")
        found += duplicates(workbook.bands.map { ($0.id, $0.location) }, kind: "band")
        found += duplicates(workbook.rules.map { ($0.id, $0.location) }, kind: "rule")
        found += references(workbook)
        found += scale(workbook)
        found += repeatedScale(workbook)
        found += bands(workbook)
        found += weights(workbook)
        return found
    }

    static func duplicates(_ ids: [(String, FileLocation)], kind: String) -> [Diagnostic] {
        var first: [String: FileLocation] = [:]
        var found: [Diagnostic] = []
        for (id, location) in ids where !id.isEmpty {
            if let earlier = first[id] {
                found.append(
                    .error(
                        .duplicateID, "the \(kind) id '\(id)' is used twice", at: location,
                        hint: "it is first used at line \(earlier.line); every \(kind) needs its own id"))
            } else {
                first[id] = location
            }
        }
        return found
    }

    /// Ids for a hint, the first 20 only: every element naming an unknown group gets the
    /// hint, so a list of every group would grow with elements × groups.
    static func list(_ ids: [String]) -> String {
        ids.count <= 20
            ? ids.joined(separator: ", ") : ids.prefix(20).joined(separator: ", ") + " and \(ids.count - 20) more"
    }

    static func references(_ workbook: Workbook) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let groupIDs = workbook.groups.map(\.id)
        // A set and an index made once: an element per line can name an unknown group.
        let knownGroups = Set(groupIDs)
        let groupSuggestions = Suggestions.Index(groupIDs)
        if workbook.elements.isEmpty {
            found.append(
                .error(
                    .missingKey, "the workbook has no elements", at: workbook.location,
                    hint: "add at least one element under 'elements:'"))
        }
        for element in workbook.elements {
            if let group = element.group {
                if !knownGroups.contains(group) {
                    let hint =
                        groupSuggestions.hint(for: group)
                        ?? (groupIDs.isEmpty
                            ? "the workbook defines no groups: add them under 'groups:' or remove 'group:'"
                            : "the groups are: \(Self.list(groupIDs))")
                    found.append(
                        .error(
                            .unknownReference,
                            "element '\(element.id)' names the group '\(group)', which the workbook does not define",
                            at: element.groupLocation ?? element.location, hint: hint))
                }
            } else if !workbook.groups.isEmpty {
                found.append(
                    .error(
                        .missingKey, "element '\(element.id)' has no 'group'", at: element.location,
                        hint: "the workbook has groups, so every element names one: \(groupIDs.joined(separator: ", "))"
                    ))
            }
            if element.questions.isEmpty {
                found.append(
                    .error(
                        .missingKey, "element '\(element.id)' has no questions", at: element.location,
                        hint: "an element is scored from its questions: add at least one"))
            }
        }
        return found
    }

    static func scale(_ workbook: Workbook) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let levels = workbook.scale.levels
        if levels.count < 2 {
            found.append(
                .error(
                    .invalidScale, "the scale needs at least two levels",
                    at: levels.first?.location ?? workbook.location))
        }
        var seen: [Double: FileLocation] = [:]
        for (index, level) in levels.enumerated() {
            if let earlier = seen[level.value] {
                found.append(
                    .error(
                        .invalidScale, "the scale value \(NumberFormatting.plain(level.value)) is used twice",
                        at: level.location,
                        hint: "it is first used at line \(earlier.line); each level needs its own value"))
            } else {
                seen[level.value] = level.location
                if index > 0, level.value < levels[index - 1].value {
                    found.append(
                        .error(
                            .invalidScale, "the scale's levels must be listed lowest first", at: level.location,
                            hint: "move this level before the ones with higher values"))
                }
            }
        }
        for question in workbook.questions {
            for level in question.levels where workbook.scale.level(level.value) == nil && !levels.isEmpty {
                found.append(
                    .error(
                        .invalidScale,
                        "question '\(question.id)' has wording for \(NumberFormatting.plain(level.value)), which is not a scale value",
                        at: level.location, hint: "the scale's values are \(workbook.scale.valuesDescription)"))
            }
        }
        return found
    }

    static func bands(_ workbook: Workbook) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let bands = workbook.bands
        guard !bands.isEmpty else {
            return [
                .error(
                    .bandOrder, "the workbook has no bands", at: workbook.location,
                    hint: "add at least one band under 'bands:'")
            ]
        }
        for (index, band) in bands.enumerated() {
            let isLast = index == bands.count - 1
            if isLast, let below = band.below {
                found.append(
                    .error(
                        .bandOrder,
                        "the last band '\(band.id)' has 'below: \(NumberFormatting.plain(below))', so higher scores fall in no band",
                        at: band.location, hint: "remove 'below' from the top band"))
            }
            if !isLast, band.below == nil {
                found.append(
                    .error(
                        .bandOrder, "band '\(band.id)' has no 'below', but it is not the last band", at: band.location,
                        hint: "every band but the top one says where it ends with 'below:'"))
            }
            if index > 0, let below = band.below, let previous = bands[index - 1].below, below <= previous {
                found.append(
                    .error(
                        .bandOrder,
                        "band '\(band.id)' ends below \(NumberFormatting.plain(below)), which is not above the band before it (\(NumberFormatting.plain(previous)))",
                        at: band.location,
                        hint: "list bands from the lowest to the highest, with increasing 'below' values"))
            }
        }
        let scale = workbook.scale
        if !scale.levels.isEmpty {
            for band in bands {
                guard let below = band.below else { continue }
                if below <= scale.minimum {
                    found.append(
                        .warning(
                            .bandOrder,
                            "band '\(band.id)' ends below \(NumberFormatting.plain(below)), at or under the scale's lowest value, so no score can fall in it",
                            at: band.location))
                } else if below > scale.maximum {
                    found.append(
                        .warning(
                            .bandOrder,
                            "band '\(band.id)' ends above the scale's highest value (\(NumberFormatting.plain(scale.maximum))), so the bands after it can never be reached",
                            at: band.location))
                }
            }
            let threshold = workbook.weakestLinks.below
            if threshold <= scale.minimum || threshold > scale.maximum {
                found.append(
                    .warning(
                        .invalidValue,
                        "'weakest_links.below' is \(NumberFormatting.plain(threshold)), outside the scale (\(scale.valuesDescription)), so weakest links are never or always found",
                        at: workbook.weakestLinks.location ?? workbook.location))
            } else if let mismatch = weakLinkMismatch(workbook) {
                found.append(mismatch)
            }
        }
        return found
    }

    /// A weak-link threshold that cuts through a band: elements of one band would be weak
    /// links or not by their exact score, and the band's label would say one thing while
    /// the weakest-links list says another.
    static func weakLinkMismatch(_ workbook: Workbook) -> Diagnostic? {
        let threshold = workbook.weakestLinks.below
        var lower = workbook.scale.minimum
        for band in workbook.bands {
            let upper = band.below ?? workbook.scale.maximum
            if band.below.map({ $0 == threshold }) ?? false { return nil }
            if threshold > lower, threshold < upper || band.below == nil {
                let edges = [lower > workbook.scale.minimum ? lower : nil, band.below].compactMap { $0 }
                let advice =
                    edges.isEmpty
                    ? "add a band that ends at \(NumberFormatting.plain(threshold)), so the weak band and the weakest links agree"
                    : "set it to a band edge (\(edges.map(NumberFormatting.plain).joined(separator: " or "))), so the weak band and the weakest links agree"
                return .warning(
                    .weakLinkThreshold,
                    "'weakest_links.below' is \(NumberFormatting.plain(threshold)), inside the band '\(band.label)' (\(NumberFormatting.plain(lower)) to \(NumberFormatting.plain(upper))): some '\(band.label)' elements would be listed as weakest links and others not",
                    at: workbook.weakestLinks.location ?? workbook.location, hint: advice)
            }
            lower = upper
        }
        return nil
    }

    static func weights(_ workbook: Workbook) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for element in workbook.elements {
            found += weight(
                element.weight, of: "element '\(element.id)'", at: element.weightLocation ?? element.location,
                zeroMeans: "it counts in no group or overall score")
            for question in element.questions {
                found += weight(
                    question.weight, of: "question '\(question.id)'", at: question.weightLocation ?? question.location,
                    zeroMeans: "its answer feeds no score")
            }
        }
        return found
    }

    private static func weight(_ weight: Double, of what: String, at location: FileLocation, zeroMeans: String)
        -> [Diagnostic]
    {
        if weight < 0 {
            return [
                .error(
                    .invalidWeight, "\(what) has a negative weight (\(NumberFormatting.plain(weight)))", at: location,
                    hint: "weights are above zero; 1 is the default")
            ]
        }
        if weight == 0 {
            return [
                .warning(
                    .invalidWeight, "\(what) has weight 0, so \(zeroMeans)", at: location,
                    hint: "remove it, or give it a weight above zero")
            ]
        }
        return []
    }
}
