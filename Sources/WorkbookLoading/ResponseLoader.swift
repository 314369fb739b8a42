import WorkbookDiagnostics
import WorkbookFormat
public import WorkbookModel
import WorkbookSupport
public import WorkbookYAML

/// Builds a `Response` from a response file and checks it against its workbook.
public enum ResponseLoader {
    // The keys each mapping accepts, from the one description of the format (docs/formats.md,
    // schemas/response.schema.json): the loader and the editors' schema cannot disagree.
    static let rootKeys = FileFormat.response.keySet
    static let answerKeys = FileFormat.answer.keySet
    static let participantsKeys = FileFormat.participants.keySet

    /// Loads a response and checks every answer against the workbook it names.
    ///
    /// - Parameters:
    ///   - input: the file's bytes and name.
    ///   - resolver: finds the workbook the response names.
    /// - Returns: the response with its workbook (nil if invalid) and every diagnostic.
    public static func load(_ input: InputFile, resolver: WorkbookResolver) -> LoadResult<LoadedResponse> {
        // Most files are of the shape the scanner reads with no tree; it gives up on any
        // other, and on anything there is to report, which the tree then finds.
        if let loaded = ResponseScanner.read(input, resolver: resolver) {
            return LoadResult(value: loaded, diagnostics: [])
        }
        return loadThroughTree(input, resolver: resolver)
    }

    /// Loads a response through its node tree, as every file was before `ResponseScanner`:
    /// the reading that reports every problem (and the one the scanner's tests compare with).
    package static func loadThroughTree(_ input: InputFile, resolver: WorkbookResolver) -> LoadResult<LoadedResponse> {
        let (root, yamlDiagnostics) = YAMLParser.parseDocument(input)
        guard let root else { return LoadResult(value: nil, diagnostics: yamlDiagnostics) }
        var decoder = NodeDecoder(diagnostics: yamlDiagnostics)
        let loaded = decoder.response(root, resolver: resolver)
        return LoadResult(value: loaded, diagnostics: decoder.diagnostics)
    }

    /// Whether a number of participants is one: a whole number from 0 to 99,999.
    static func isHeadCount(_ count: Double) -> Bool { count >= 0 && count == count.rounded() && count < 100_000 }

    /// Whether a YAML scalar means "not applicable": `na`, `n/a`, any case.
    static func isNotApplicable(_ text: String) -> Bool {
        // Checked for every rating: most are digits, so look at the length before lowercasing.
        guard text.utf8.count == 2 || text.utf8.count == 3 else { return false }
        let lower = text.lowercased()
        return lower == "na" || lower == "n/a"
    }
}

extension NodeDecoder {
    mutating func response(_ root: YAMLNode, resolver: WorkbookResolver) -> LoadedResponse? {
        let what = "the response"
        if DocumentKind(of: root) == .workbook, root.pairs?.contains(where: { $0.key.text == "elements" }) == true {
            let id = root.pairs?.first { $0.key.text == "workbook" }?.value.text
            error(
                .wrongKindOfFile,
                "this is a workbook\(id.map { " ('\($0)')" } ?? ""), not a response: this command reads the ratings of one area's round",
                at: root.location,
                hint:
                    "make a response to fill in with 'workbook new \(id ?? "WORKBOOK") --area AREA --period PERIOD -o FILE', "
                    + "or give this file with --workbook")
            return nil
        }
        guard let fields = fields(of: root, what: what, keys: ResponseLoader.rootKeys) else { return nil }
        let workbookID = text(fields, "workbook", what: what, required: true)
        var indexed: WorkbookIndex?
        let statedVersion = fields["version"]?.text
        if let workbookID, let node = fields["workbook"] {
            indexed = resolver.resolve(workbookID, version: statedVersion)
            if indexed == nil {
                error(
                    .workbookMismatch, "this response is for the workbook '\(workbookID)', which is not known here",
                    at: node.location,
                    hint: Suggestions.hint(for: workbookID, in: resolver.knownIDs)
                        ?? "\(resolver.advice); give the workbook file with --workbook FILE")
            }
        }
        let workbook = indexed?.workbook
        let version = text(fields, "version", what: what)
        if let version, let workbook, version != workbook.version, let node = fields["version"] {
            diagnostics.append(
                .warning(
                    .versionMismatch,
                    "this response was written for version \(version) of '\(workbook.id)', but the workbook is version \(workbook.version)",
                    at: node.location, hint: "answers to questions that changed between versions may be refused below"))
        }
        let area = text(fields, "area", what: what, required: true) ?? ""
        // An empty plan names nothing: the response is about the whole area.
        let plan = text(fields, "plan", what: what).flatMap { $0.isEmpty ? nil : $0 }
        let period = text(fields, "period", what: what, required: true) ?? ""
        var date: String?
        if let node = fields["date"], let text = text(node, key: "date", what: what) {
            if DateSyntax.isValid(text) {
                date = text
            } else {
                error(
                    .invalidDate, "'\(text)' is not a date written as YYYY-MM-DD", at: node.location,
                    hint: "for example 2025-11-14")
            }
        }
        let participants = fields["participants"].flatMap { decodeParticipants($0) }
        let targets = fields["targets"].map { decodeTargets($0, workbook: workbook) } ?? []
        let actions = fields["actions"].map { decodeActions($0, workbook: workbook) } ?? []
        let stakeholderGroups = decodeStakeholderGroups(fields)
        let raters = fields["raters"].map { decodeRaters($0, groups: stakeholderGroups) } ?? []
        let ownRater = decodeOwnRater(fields, groups: stakeholderGroups)
        let answers = fields["answers"].map { decodeAnswers($0, indexed: indexed, raters: raters) } ?? []
        guard let workbook else { return nil }
        var response = Response(
            workbookID: workbook.id, workbookVersion: version, area: area, plan: plan, period: period, date: date,
            facilitator: text(fields, "facilitator", what: what), participants: participants,
            notes: text(fields, "notes", what: what), targets: targets, answers: answers, location: root.location,
            raters: raters, rater: ownRater, stakeholderGroups: stakeholderGroups)
        response.actions = actions
        return LoadedResponse(response: response, workbook: workbook)
    }

    private mutating func decodeParticipants(_ node: YAMLNode) -> Response.Participants? {
        if node.isNull { return nil }
        if let items = node.items {
            return Response.Participants(count: nil, names: participantNames(items))
        }
        if node.pairs != nil {
            guard let fields = fields(of: node, what: "'participants'", keys: ResponseLoader.participantsKeys) else {
                return nil
            }
            let count = fields["count"].flatMap { participantCount($0) }
            var names: [String] = []
            if let list = fields["names"] {
                if let items = list.items {
                    names = participantNames(items)
                } else if let name = text(list, key: "names", what: "'participants'") {
                    names = [name]
                }
            }
            return Response.Participants(count: count, names: names)
        }
        guard let text = node.text else { return nil }
        if NumberSyntax.looksNumeric(text) {
            return participantCount(node).map { Response.Participants(count: $0, names: []) }
        }
        // Any other text is who took part, shown as written ("18 people", "the whole board").
        return Response.Participants(count: nil, names: [text])
    }

    private mutating func participantNames(_ items: YAMLNode.Items) -> [String] {
        items.compactMap { text($0, key: "participants", what: "the response") }
    }

    /// A head count: a whole number from 0 to 99,999.
    private mutating func participantCount(_ node: YAMLNode) -> Int? {
        guard let count = number(node, what: "the number of participants") else { return nil }
        guard ResponseLoader.isHeadCount(count) else {
            error(
                .invalidNumber,
                "the number of participants should be a whole number from 0 to 99999, not \(NumberFormatting.plain(count))",
                at: node.location, hint: "write how many people took part, such as 'participants: 18'")
            return nil
        }
        return Int(count)
    }

    private mutating func decodeTargets(_ node: YAMLNode, workbook: Workbook?) -> [Target] {
        if node.isNull { return [] }
        guard let pairs = node.pairs else {
            error(
                .wrongType,
                "'targets' should map element ids to the level aimed for, but here is \(node.kindDescription)",
                at: node.location, hint: "write lines like 'evidence: 3'")
            return []
        }
        var targets: [Target] = []
        // Indexed once, at the first unknown id: a file may name thousands.
        var elementIDs: Suggestions.Index?
        // A set, not `workbook.element(_:)`, a scan, for each of thousands of targets.
        let knownElements = Set(workbook?.elements.map(\.id) ?? [])
        for pair in pairs {
            guard let id = pair.key.text else {
                error(
                    .wrongType, "a key in 'targets' should be an element id, but here is \(pair.key.kindDescription)",
                    at: pair.key.location, hint: "write lines like 'evidence: 3'")
                continue
            }
            if let workbook, !knownElements.contains(id) {
                if elementIDs == nil { elementIDs = Suggestions.Index(workbook.elements.map(\.id)) }
                error(
                    .unknownReference, "'\(id)' in 'targets' is not an element of '\(workbook.id)'",
                    at: pair.key.location,
                    hint: elementIDs?.hint(for: id) ?? "targets are set per element, by element id")
                continue
            }
            guard let level = number(pair.value, what: "the target for '\(id)'") else { continue }
            if let workbook, !workbook.scale.levels.isEmpty,
                level < workbook.scale.minimum || level > workbook.scale.maximum
            {
                error(
                    .ratingOutOfScale, "the target \(NumberFormatting.plain(level)) for '\(id)' is outside the scale",
                    at: pair.value.location, hint: "the scale's values are \(workbook.scale.valuesDescription)")
                continue
            }
            targets.append(Target(elementID: id, level: level, location: pair.key.location))
        }
        return targets
    }

    private mutating func decodeAnswers(_ node: YAMLNode, indexed: WorkbookIndex?, raters: [Rater]) -> [Answer] {
        let workbook = indexed?.workbook
        if node.isNull { return [] }
        guard let pairs = node.pairs else {
            error(
                .wrongType, "'answers' should map question ids to answers, but here is \(node.kindDescription)",
                at: node.location, hint: "write lines like 'evidence-nice: 3'")
            return []
        }
        var answers: [Answer] = []
        answers.reserveCapacity(pairs.count)
        var matcher = indexed.map(QuestionMatcher.init)
        // Indexed once, at the first unknown key: a file may hold thousands.
        var questionIDs: Suggestions.Index?
        for pair in pairs {
            guard pair.key.isScalar else {
                error(
                    .wrongType, "a key in 'answers' should be a question id, but here is \(pair.key.kindDescription)",
                    at: pair.key.location, hint: "write lines like 'evidence-nice: 3'")
                continue
            }
            // The workbook's id when the key is the question expected (nearly always): no string made.
            let matched = matcher?.question(forKey: pair.key)
            guard let id = matched ?? pair.key.text else { continue }
            if let indexed, matched == nil {
                let workbook = indexed.workbook
                if questionIDs == nil { questionIDs = Suggestions.Index(workbook.questions.map(\.id)) }
                error(
                    .unknownReference, "'\(id)' is not a question of '\(workbook.id)'", at: pair.key.location,
                    hint: questionIDs?.hint(for: id) ?? "'workbook show \(workbook.id)' lists the question ids",
                    length: id.count)
                continue
            }
            // A question answered twice is a duplicate key, refused by the YAML layer.
            if let answer = decodeAnswer(id: id, key: pair.key, value: pair.value, workbook: workbook, raters: raters) {
                answers.append(answer)
            }
        }
        return answers
    }

    private mutating func decodeAnswer(
        id: String, key: YAMLNode, value node: YAMLNode, workbook: Workbook?, raters: [Rater]
    ) -> Answer? {
        if node.isNull {
            return Answer(questionID: id, value: .blank, evidence: nil, location: key.location)
        }
        if node.isScalar {
            guard let value = decodeRating(node, question: id, workbook: workbook, allowsNA: true) else { return nil }
            return Answer(questionID: id, value: value, evidence: nil, location: key.location)
        }
        // Messages name the answer only when something is wrong (these are autoclosures).
        guard let fields = fields(of: node, what: "the answer to '\(id)'", keys: ResponseLoader.answerKeys) else {
            return nil
        }
        let evidence = text(fields, "evidence", what: "the answer to '\(id)'")
        var value: Answer.Value = .blank
        if fields["score"] != nil, let ratings = fields["ratings"] {
            error(
                .ambiguousAnswer, "the answer to '\(id)' gives both 'score' and 'ratings'", at: ratings.location,
                hint: "give one agreed 'score', or the workshop's 'ratings' (the score is then their median)")
            return nil
        } else if let score = fields["score"] {
            if score.isNull {
                value = .blank
            } else if let rated = decodeRating(score, question: id, workbook: workbook, allowsNA: true) {
                value = rated
            } else {
                return nil
            }
        } else if let ratingsNode = fields["ratings"], ratingsNode.pairs != nil {
            guard let rated = decodeRatingsByRater(ratingsNode, question: id, raters: raters, workbook: workbook) else {
                return nil
            }
            return Answer(
                questionID: id, value: rated.values.isEmpty ? .blank : .ratings(rated.values), evidence: evidence,
                location: key.location, raters: rated.raters)
        } else if let ratingsNode = fields["ratings"] {
            guard let ratings = decodeRatings(ratingsNode, question: id, workbook: workbook) else { return nil }
            value = ratings.isEmpty ? .blank : .ratings(ratings)
        }
        return Answer(questionID: id, value: value, evidence: evidence, location: key.location)
    }

    private mutating func decodeRatings(_ node: YAMLNode, question id: String, workbook: Workbook?) -> [Double]? {
        if node.isNull { return [] }
        guard let items = node.items else {
            error(
                .wrongType,
                "'ratings' for '\(id)' should be a list of ratings, or each rater's rating, but here is \(node.kindDescription)",
                at: node.location,
                hint:
                    "write them in brackets, one per table or person: [1, 2, 4, 2], or by rater: {table-1: 2, table-2: 3}"
            )
            return nil
        }
        if items.count > FileFormat.maxRatings {
            error(
                .invalidValue,
                "'\(id)' has \(items.count) ratings; the limit is \(FileFormat.maxRatings) for one question",
                at: node.location, hint: "record one rating per table or per person")
            return nil
        }
        var values: [Double] = []
        values.reserveCapacity(items.count)
        var valid = true
        for item in items {
            if case .rating(let value)? = decodeRating(item, question: id, workbook: workbook, allowsNA: false) {
                values.append(value)
            } else {
                valid = false
            }
        }
        return valid ? values : nil
    }

    /// One rating: a scale value, or `na` where allowed.
    mutating func decodeRating(_ node: YAMLNode, question id: String, workbook: Workbook?, allowsNA: Bool) -> Answer
        .Value?
    {
        // Most ratings are a digit or two: read from the bytes, no string made unless it is wrong.
        if let whole = node.withScalarBytes(NumberSyntax.smallWholeNumber) ?? nil {
            if let workbook, !workbook.scale.levels.isEmpty, !workbook.scale.contains(whole) {
                error(
                    .ratingOutOfScale, "\(node.text ?? "") is not on the scale of '\(workbook.id)'", at: node.location,
                    hint: "a rating is one of the scale's values: \(workbook.scale.valuesDescription)")
                return nil
            }
            return .rating(whole)
        }
        guard let text = node.text, !node.isNull else {
            error(
                .wrongType, "a rating for '\(id)' should be a number, but here is \(node.kindDescription)",
                at: node.location)
            return nil
        }
        if ResponseLoader.isNotApplicable(text) {
            guard allowsNA else {
                error(
                    .notApplicableRefused, "'\(text)' cannot be one of several ratings", at: node.location,
                    hint: "if the question does not apply, answer it with 'na' alone")
                return nil
            }
            if let workbook, !workbook.scale.allowsNotApplicable {
                error(
                    .notApplicableRefused, "'\(workbook.id)' does not allow 'na': every question applies",
                    at: node.location,
                    hint:
                        "rate it on the scale (\(workbook.scale.valuesDescription)), or leave it blank if it was not discussed"
                )
                return nil
            }
            return .notApplicable
        }
        guard let value = number(text, at: node, what: "the rating for '\(id)'") else { return nil }
        if let workbook, !workbook.scale.levels.isEmpty, !workbook.scale.contains(value) {
            error(
                .ratingOutOfScale, "\(text) is not on the scale of '\(workbook.id)'", at: node.location,
                hint: "a rating is one of the scale's values: \(workbook.scale.valuesDescription)")
            return nil
        }
        return .rating(value)
    }
}
