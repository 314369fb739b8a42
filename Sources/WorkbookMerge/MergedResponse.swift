import WorkbookDiagnostics
import WorkbookLoading
import WorkbookModel
import WorkbookSupport

/// What a merge has gathered so far: every rater, and every rater's rating of every question.
struct MergedResponse {
    /// A rating, and where it was read.
    struct Rating {
        var value: Double
        var location: FileLocation
    }

    /// A rater, its group and where it was first named.
    struct RaterEntry {
        var group: String?
        var location: FileLocation
    }

    let workbook: Workbook
    let version: String
    let area: String
    let plan: String?
    let period: String
    var dates: [String] = []
    var facilitators = LineSet()
    var participantNames: [String] = []
    var participantCounts: [Int] = []
    var notes = LineSet()
    var stakeholderGroups: [String] = []
    var raters: [String: RaterEntry] = [:]
    var targets: [String: (level: Double, location: FileLocation)] = [:]
    var ratings: [String: [String: Rating]] = [:]
    var notApplicable: [String: [String: FileLocation]] = [:]
    var unattributedNotApplicable: Set<String> = []
    var evidence: [String: LineSet] = [:]

    init(_ first: LoadedResponse) {
        workbook = first.workbook
        version = first.response.workbookVersion ?? first.workbook.version
        area = first.response.area
        plan = first.response.plan
        period = first.response.period
    }

    /// Adds one file, recording every conflict with what is already there.
    mutating func add(_ loaded: LoadedResponse, diagnostics: inout [Diagnostic]) {
        let response = loaded.response
        if let date = response.date, !dates.contains(date) {
            if let first = dates.first {
                diagnostics.append(
                    .warning(
                        .mergeKeptOne, "this file's date is \(date), but an earlier file's is \(first)",
                        at: response.location,
                        hint:
                            "the merged file keeps the earliest date, \(min(date, dates.min() ?? date)); correct it there if that is wrong"
                    ))
            }
            dates.append(date)
        }
        if let facilitator = response.facilitator {
            for name in facilitator.split(separator: ";") { facilitators.add(String(name)) }
        }
        if let participants = response.participants {
            for name in participants.names where !participantNames.contains(name) { participantNames.append(name) }
        }
        if let count = response.participants?.count {
            if let other = participantCounts.first(where: { $0 != count }) {
                diagnostics.append(
                    .warning(
                        .mergeKeptOne, "this file counts \(count) participants, but an earlier file \(other)",
                        at: response.location,
                        hint:
                            "the merged file keeps the largest count, \(max(count, participantCounts.max() ?? count)); correct it there if the tables counted only themselves"
                    ))
            }
            participantCounts.append(count)
        }
        for group in response.stakeholderGroups where !stakeholderGroups.contains(group) {
            stakeholderGroups.append(group)
        }
        let own = ResponseMerger.ownRater(of: response)
        let attributed = !response.raters.isEmpty
        if let text = response.notes {
            if attributed { notes.addLines(of: text) } else { notes.add(text, by: own.name) }
        }
        for rater in response.raters {
            register(rater.name, group: rater.group, at: rater.location, diagnostics: &diagnostics)
        }
        // A file with no raters declared is one rater's, even if it rated nothing yet.
        if !attributed {
            register(
                own.name, group: own.group, at: response.rater?.location ?? response.location, diagnostics: &diagnostics
            )
            if let note = own.note { notes.add(note) }
        }
        for target in response.targets { add(target, diagnostics: &diagnostics) }
        for answer in response.answers {
            add(answer, own: own, attributed: attributed, response: response, diagnostics: &diagnostics)
        }
    }

    private mutating func add(
        _ answer: Answer, own: (name: String, group: String?, note: String?), attributed: Bool, response: Response,
        diagnostics: inout [Diagnostic]
    ) {
        let id = answer.questionID
        var usedOwn = false
        if let text = answer.evidence {
            if attributed {
                evidence[id, default: LineSet()].addLines(of: text)
            } else {
                evidence[id, default: LineSet()].add(text, by: own.name)
            }
        }
        switch answer.value {
        case .ratings(let values) where answer.raters.count == values.count && !values.isEmpty:
            for (value, rater) in zip(values, answer.raters) {
                rate(id, by: rater, value, at: answer.location, diagnostics: &diagnostics)
            }
        case .ratings(let values) where values.count == 1:
            usedOwn = true
            rate(id, by: own.name, values[0], at: answer.location, diagnostics: &diagnostics)
        case .ratings(let values):
            diagnostics.append(
                .error(
                    .mergeUnnamedRatings,
                    "'\(id)' has \(values.count) ratings with no rater named, so merge cannot tell whose each is",
                    at: answer.location,
                    hint:
                        "declare the tables under 'raters:' and write 'ratings: {table-1: 2, table-2: 3}', or merge one file per table"
                ))
        case .rating(let value):
            usedOwn = true
            rate(id, by: own.name, value, at: answer.location, diagnostics: &diagnostics)
        case .notApplicable where attributed:
            // A merged file's na: whose it was is in its evidence, kept above.
            unattributedNotApplicable.insert(id)
        case .notApplicable:
            usedOwn = true
            if let rating = ratings[id]?[own.name] {
                diagnostics.append(
                    conflict(
                        own.name, id, "na", at: answer.location, earlier: NumberFormatting.plain(rating.value),
                        rating.location))
            } else if notApplicable[id]?[own.name] == nil {
                notApplicable[id, default: [:]][own.name] = answer.location
            }
        case .blank:
            break
        }
        if usedOwn, attributed {
            register(
                own.name, group: own.group, at: response.rater?.location ?? answer.location, diagnostics: &diagnostics)
            if let note = own.note { notes.add(note) }
        }
    }

    private mutating func rate(
        _ id: String, by rater: String, _ value: Double, at location: FileLocation, diagnostics: inout [Diagnostic]
    ) {
        if let earlier = ratings[id]?[rater] {
            if earlier.value != value {
                diagnostics.append(
                    conflict(
                        rater, id, NumberFormatting.plain(value), at: location,
                        earlier: NumberFormatting.plain(earlier.value), earlier.location))
            }
            return
        }
        if let earlier = notApplicable[id]?[rater] {
            diagnostics.append(conflict(rater, id, NumberFormatting.plain(value), at: location, earlier: "na", earlier))
            return
        }
        ratings[id, default: [:]][rater] = Rating(value: value, location: location)
    }

    private func conflict(
        _ rater: String, _ id: String, _ value: String, at location: FileLocation, earlier: String,
        _ earlierLocation: FileLocation
    ) -> Diagnostic {
        .error(
            .mergeConflict,
            "'\(rater)' rated '\(id)' \(value) here, but \(earlier) in \(earlierLocation.file) line \(earlierLocation.line)",
            at: location, hint: "correct the file that is wrong (or name the raters apart), then merge again")
    }

    private mutating func register(
        _ name: String, group: String?, at location: FileLocation, diagnostics: inout [Diagnostic]
    ) {
        guard let entry = raters[name] else {
            raters[name] = RaterEntry(group: group, location: location)
            return
        }
        if let group, let known = entry.group, group != known {
            diagnostics.append(
                .error(
                    .mergeConflict,
                    "'\(name)' is in the group '\(group)' here, but '\(known)' in \(entry.location.file) line \(entry.location.line)",
                    at: location, hint: "a rater belongs to one stakeholder group: correct one of the files"))
        } else if entry.group == nil, let group {
            raters[name]?.group = group
        }
    }

    private mutating func add(_ target: Target, diagnostics: inout [Diagnostic]) {
        if let earlier = targets[target.elementID] {
            if earlier.level != target.level {
                diagnostics.append(
                    .error(
                        .mergeConflict,
                        "the target for '\(target.elementID)' is \(NumberFormatting.plain(target.level)) here, but \(NumberFormatting.plain(earlier.level)) in \(earlier.location.file) line \(earlier.location.line)",
                        at: target.location,
                        hint: "agree one target per element, correct the other file, then merge again"))
            }
            return
        }
        targets[target.elementID] = (target.level, target.location)
    }
}
