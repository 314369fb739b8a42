import WorkbookDiagnostics
import WorkbookFormat
import WorkbookModel
import WorkbookSupport
import WorkbookYAML

/// Reads a response of the common shape straight from libyaml's events, with no node tree:
/// the first try of `ResponseLoader.load`, which is most of what `compare` does for each of
/// thousands of files (issue 22, docs/performance.md).
///
/// The shape is the one `workbook new` writes and workshops fill in: the round's keys with
/// single values, `participants` as a count, a name or a list of names, `targets`, and
/// `answers` whose values are a rating, `na`, nothing, or a mapping of `score` or `ratings`
/// (a list) and `evidence`.
/// Anything else (raters, actions, ratings by rater, a key it does not know, a workbook it
/// cannot find, a value the full reading would warn about or refuse) makes it give up, and
/// the file is read again through the tree, which says what is wrong. So a file it does read
/// gives exactly the `LoadedResponse` the tree gives, with no diagnostics
/// (`ResponseScannerTests` checks both on every response the tests hold).
struct ResponseScanner {
    /// The keys of a response this reader takes; any other makes it give up.
    private enum RootKey: Int, CaseIterable {
        case workbook, version, area, plan, period, date, facilitator, participants, notes, targets, answers

        var name: String {
            switch self {
            case .workbook: "workbook"
            case .version: "version"
            case .area: "area"
            case .plan: "plan"
            case .period: "period"
            case .date: "date"
            case .facilitator: "facilitator"
            case .participants: "participants"
            case .notes: "notes"
            case .targets: "targets"
            case .answers: "answers"
            }
        }
    }

    /// The keys of an answer written as a mapping.
    private enum AnswerKey: Int, CaseIterable {
        case score, ratings, evidence

        var name: String {
            switch self {
            case .score: "score"
            case .ratings: "ratings"
            case .evidence: "evidence"
            }
        }
    }

    // Made once: `allCases` makes a new array each time it is asked.
    private static let rootCases = RootKey.allCases
    private static let rootKeys = YAMLKeys(rootCases.map(\.name))
    private static let answerCases = AnswerKey.allCases
    private static let answerKeys = YAMLKeys(answerCases.map(\.name))

    /// What the next event may be.
    private enum State {
        case root, rootKey
        case rootValue(RootKey)
        case participantName
        case answerKey, answerValue, answerFieldKey
        case answerFieldValue(AnswerKey)
        case rating
        case targetKey, targetValue
        case finished
    }

    /// An answer being read.
    private struct PendingAnswer {
        var id: String
        var location: FileLocation
        /// The keys read so far, a bit each.
        var keys: UInt8 = 0
        var score: Answer.Value?
        /// Whether `ratings:` was given (as nothing, or a list).
        var hasRatings = false
        var ratings: [Double] = []
        var evidence: String?

        /// The answer read, its strings and list moved out of this one rather than copied:
        /// a copy changes each one's reference count twice, for every answer of every file.
        mutating func answer(_ value: Answer.Value) -> Answer {
            var id = ""
            swap(&id, &self.id)
            var location = FileLocation(file: "", line: 1, column: 1)
            swap(&location, &self.location)
            return Answer(questionID: id, value: value, evidence: evidence.take(), location: location)
        }
    }

    private let file: String
    private let resolver: WorkbookResolver
    private var state = State.root
    /// The round's keys read so far, a bit each, and the text of each one with a single value.
    private var seen: UInt16 = 0
    private var texts = [String?](repeating: nil, count: RootKey.allCases.count)
    private var participants: Response.Participants?
    private var location = FileLocation(file: "", line: 1, column: 1)
    /// The workbook, once found (a large value: asked of through the figures below, which
    /// are read from it once, not copied out for every rating).
    private var workbook: Workbook?
    private var found = false
    private var elementIDs: [String] = []
    /// The scale's values, its range, and whether it allows `na`.
    private var levels: [Double] = []
    private var range: ClosedRange<Double> = 0...0
    private var allowsNotApplicable = false
    private var matcher: QuestionMatcher?
    private var answered: [Bool] = []
    private var answers: [Answer] = []
    /// The answer being read (while the state is one of an answer's).
    private var pending = PendingAnswer(id: "", location: FileLocation(file: "", line: 1, column: 1))
    private var targets: [Target] = []
    private var target: (id: String, location: FileLocation)?

    private init(file: String, resolver: WorkbookResolver) {
        self.file = file
        self.resolver = resolver
    }

    /// The response in `input`, or nil when it is not of the shape read here, or holds
    /// anything the full reading would report.
    static func read(_ input: InputFile, resolver: WorkbookResolver) -> LoadedResponse? {
        var scanner = ResponseScanner(file: input.name, resolver: resolver)
        guard YAMLParser.scan(input, { scanner.take($0) }) else { return nil }
        return scanner.finish()
    }

    private mutating func take(_ event: YAMLEvent) -> Bool {
        switch state {
        case .root:
            guard event.kind == .mappingStart else { return false }
            location = here(event)
            state = .rootKey
        case .rootKey:
            if event.kind == .mappingEnd {
                state = .finished
                return true
            }
            guard let key = event.index(in: Self.rootKeys).map({ Self.rootCases[$0] }),
                seen & 1 << key.rawValue == 0
            else { return false }
            seen |= 1 << key.rawValue
            // The workbook is found when the first answer or target needs it: a key that
            // would change which one it is, coming after, is left to the full reading.
            if key == .workbook || key == .version, found { return false }
            state = .rootValue(key)
        case .rootValue(let key):
            return rootValue(key, event)
        case .participantName:
            if event.kind == .sequenceEnd {
                state = .rootKey
                return true
            }
            guard event.kind == .scalar else { return false }
            // An empty item names nobody (as in the full reading).
            if !event.isNull { participants?.names.append(event.text) }
        case .answerKey:
            return answerKey(event)
        case .answerValue:
            return answerValue(event)
        case .answerFieldKey:
            if event.kind == .mappingEnd { return finishAnswer() }
            guard let key = event.index(in: Self.answerKeys).map({ Self.answerCases[$0] }),
                pending.keys & 1 << key.rawValue == 0
            else { return false }
            pending.keys |= 1 << key.rawValue
            state = .answerFieldValue(key)
        case .answerFieldValue(let key):
            return answerField(key, event)
        case .rating:
            if event.kind == .sequenceEnd {
                state = .answerFieldKey
                return true
            }
            guard event.kind == .scalar, case .rating(let value)? = rating(event, allowsNA: false),
                pending.ratings.count < FileFormat.maxRatings
            else { return false }
            pending.ratings.append(value)
        case .targetKey:
            return targetKey(event)
        case .targetValue:
            return targetValue(event)
        case .finished:
            return false
        }
        return true
    }

    private func here(_ event: YAMLEvent) -> FileLocation {
        FileLocation(file: file, line: event.line, column: event.column)
    }

    // MARK: The round's keys

    private mutating func rootValue(_ key: RootKey, _ event: YAMLEvent) -> Bool {
        state = .rootKey
        switch key {
        case .answers, .targets:
            guard findWorkbook() else { return false }
            if event.isNull { return true }
            guard event.kind == .mappingStart else { return false }
            if key == .answers {
                state = .answerKey
            } else {
                state = .targetKey
            }
            return true
        case .participants:
            return participants(event)
        default:
            guard event.kind == .scalar else { return false }
            if event.isNull {
                // Left empty, these say nothing; the others are required, or (the version)
                // would change which workbook is found.
                return key == .plan || key == .date || key == .facilitator || key == .notes
            }
            let text = event.text
            switch key {
            case .workbook, .area, .period:
                // Required: blank is reported by the full reading.
                if NodeDecoder.isBlank(text) { return false }
            case .date:
                if !DateSyntax.isValid(text) { return false }
            default: break
            }
            texts[key.rawValue] = text
            return true
        }
    }

    /// A head count (a whole number from 0 to 99,999), who took part in one value, or a list of them.
    private mutating func participants(_ event: YAMLEvent) -> Bool {
        if event.isNull { return true }
        if event.kind == .sequenceStart {
            participants = Response.Participants(count: nil, names: [])
            state = .participantName
            return true
        }
        guard event.kind == .scalar else { return false }
        let text = event.text
        guard NumberSyntax.looksNumeric(text) else {
            participants = Response.Participants(count: nil, names: [text])
            return true
        }
        guard let count = NumberSyntax.parse(text), ResponseLoader.isHeadCount(count) else {
            return false
        }
        participants = Response.Participants(count: Int(count), names: [])
        return true
    }

    /// The workbook the response names, at the version it states, found once.
    private mutating func findWorkbook() -> Bool {
        if found { return true }
        let stated = texts[RootKey.version.rawValue]
        guard let id = texts[RootKey.workbook.rawValue], let index = resolver.resolve(id, version: stated) else {
            return false
        }
        // Another version than the one stated is a warning of the full reading.
        if let stated, stated != index.workbook.version { return false }
        found = true
        workbook = index.workbook
        matcher = QuestionMatcher(index)
        answered = [Bool](repeating: false, count: index.questionOrder.count)
        answers.reserveCapacity(index.questionOrder.count)
        elementIDs = index.elementIDs
        levels = index.scaleValues
        range = index.scaleRange
        allowsNotApplicable = index.workbook.scale.allowsNotApplicable
        return true
    }

    // MARK: Answers

    private mutating func answerKey(_ event: YAMLEvent) -> Bool {
        if event.kind == .mappingEnd {
            state = .rootKey
            return true
        }
        guard event.isASCII, let (id, position) = matcher?.question(forKey: event), !answered[position] else {
            return false
        }
        answered[position] = true
        pending = PendingAnswer(id: id, location: here(event))
        state = .answerValue
        return true
    }

    private mutating func answerValue(_ event: YAMLEvent) -> Bool {
        switch event.kind {
        case .mappingStart:
            state = .answerFieldKey
            return true
        case .scalar:
            let value: Answer.Value
            if event.isNull {
                value = .blank
            } else {
                guard let rated = rating(event, allowsNA: true) else { return false }
                value = rated
            }
            answers.append(pending.answer(value))
            state = .answerKey
            return true
        default:
            return false
        }
    }

    private mutating func answerField(_ key: AnswerKey, _ event: YAMLEvent) -> Bool {
        state = .answerFieldKey
        switch key {
        case .evidence:
            guard event.kind == .scalar else { return false }
            pending.evidence = event.isNull ? nil : event.text
        case .score:
            guard event.kind == .scalar else { return false }
            if event.isNull {
                pending.score = .blank
            } else {
                guard let rated = rating(event, allowsNA: true) else { return false }
                pending.score = rated
            }
        case .ratings:
            pending.hasRatings = true
            // A table or person each: a handful, read without growing the array.
            pending.ratings.reserveCapacity(8)
            if event.isNull { return true }
            guard event.kind == .sequenceStart else { return false }
            state = .rating
        }
        return true
    }

    private mutating func finishAnswer() -> Bool {
        guard pending.score == nil || !pending.hasRatings else { return false }
        var value = pending.score ?? .blank
        if !pending.ratings.isEmpty {
            var ratings: [Double] = []
            swap(&ratings, &pending.ratings)
            value = .ratings(ratings)
        }
        answers.append(pending.answer(value))
        state = .answerKey
        return true
    }

    /// One rating: a value of the scale, or `na` where allowed and the workbook allows it
    /// (as `NodeDecoder.decodeRating`, which says why when it is not).
    private func rating(_ event: YAMLEvent, allowsNA: Bool) -> Answer.Value? {
        guard found, event.kind == .scalar else { return nil }
        if let whole = NumberSyntax.smallWholeNumber(event.bytes) {
            return levels.isEmpty || levels.contains(whole) ? .rating(whole) : nil
        }
        if event.isNull { return nil }
        let text = event.text
        if ResponseLoader.isNotApplicable(text) {
            return allowsNA && allowsNotApplicable ? .notApplicable : nil
        }
        guard let value = NumberSyntax.parse(text), levels.isEmpty || levels.contains(value) else { return nil }
        return .rating(value)
    }

    // MARK: Targets

    private mutating func targetKey(_ event: YAMLEvent) -> Bool {
        if event.kind == .mappingEnd {
            state = .rootKey
            return true
        }
        guard found, event.kind == .scalar, event.isASCII else { return false }
        let id = event.text
        guard elementIDs.contains(id), !targets.contains(where: { $0.elementID == id })
        else { return false }
        target = (id, here(event))
        state = .targetValue
        return true
    }

    private mutating func targetValue(_ event: YAMLEvent) -> Bool {
        guard found, event.kind == .scalar, !event.isNull, let target, let level = NumberSyntax.parse(event.text)
        else { return false }
        if !levels.isEmpty, !range.contains(level) { return false }
        targets.append(Target(elementID: target.id, level: level, location: target.location))
        state = .targetKey
        return true
    }

    // MARK: The response

    private mutating func finish() -> LoadedResponse? {
        guard case .finished = state, seen & 1 << RootKey.answers.rawValue != 0, findWorkbook(),
            let workbook, let area = texts[RootKey.area.rawValue], let period = texts[RootKey.period.rawValue]
        else { return nil }
        let plan = texts[RootKey.plan.rawValue].flatMap { $0.isEmpty ? nil : $0 }
        let response = Response(
            workbookID: workbook.id, workbookVersion: texts[RootKey.version.rawValue], area: area, plan: plan,
            period: period,
            date: texts[RootKey.date.rawValue], facilitator: texts[RootKey.facilitator.rawValue],
            participants: participants, notes: texts[RootKey.notes.rawValue],
            targets: targets, answers: answers, location: location)
        return LoadedResponse(response: response, workbook: workbook)
    }
}
