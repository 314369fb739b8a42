import WorkbookDiagnostics
public import WorkbookSupport

/// The model as JSON: a workbook and a response exactly as loaded, every field kept, so that
/// reading it back (`ModelJSON.workbook(from:)`, `ModelJSON.response(from:)`) gives an equal value.
///
/// This is how a workbook travels into the offline form, where the wasm kernel (Wasm/) scores
/// it without libyaml: the native build loads and validates the YAML, writes this, and the
/// kernel reads it and compiles the rules with the same `RuleCompiler`. It is an internal
/// interchange form, not a file format for people: keys are the model's property names, an
/// absent optional is `null`, a location is `[file, line, column]` (a fourth item names a sheet).
public enum ModelJSON {
    /// Bumped whenever the shape changes; the reader refuses any other.
    public static let formatVersion = 1

    /// A workbook as JSON.
    public static func json(_ workbook: Workbook) -> JSONValue {
        .object([
            ("modelJSON", .integer(formatVersion)),
            ("id", .string(workbook.id)),
            ("version", .string(workbook.version)),
            ("title", .string(workbook.title)),
            ("summary", .string(workbook.summary)),
            ("sources", .array(workbook.sources.map(source))),
            ("scale", scale(workbook.scale)),
            ("aggregate", .string(workbook.aggregate.rawValue)),
            ("bands", .array(workbook.bands.map(band))),
            ("layout", .string(workbook.layout.rawValue)),
            ("groups", .array(workbook.groups.map(group))),
            ("elements", .array(workbook.elements.map(element))),
            (
                "weakestLinks",
                .object([
                    ("below", .number(workbook.weakestLinks.below)), ("show", .integer(workbook.weakestLinks.show)),
                    ("location", location(workbook.weakestLinks.location)),
                ])
            ),
            (
                "consensus",
                .object([
                    ("maxSpread", .number(workbook.consensus.maxSpread)),
                    ("splitShare", .number(workbook.consensus.splitShare)),
                    ("maxIQR", .number(workbook.consensus.maxIQR)), ("groupGap", .number(workbook.consensus.groupGap)),
                ])
            ),
            ("rules", .array(workbook.rules.map(rule))),
            ("location", location(workbook.location)),
        ])
    }

    /// A response as JSON.
    public static func json(_ response: Response) -> JSONValue {
        .object([
            ("modelJSON", .integer(formatVersion)),
            ("workbookID", .string(response.workbookID)),
            ("workbookVersion", .string(response.workbookVersion)),
            ("area", .string(response.area)),
            ("plan", .string(response.plan)),
            ("period", .string(response.period)),
            ("date", .string(response.date)),
            ("facilitator", .string(response.facilitator)),
            ("participants", participants(response.participants)),
            ("notes", .string(response.notes)),
            (
                "targets",
                .array(
                    response.targets.map { target in
                        .object([
                            ("elementID", .string(target.elementID)), ("level", .number(target.level)),
                            ("location", location(target.location)),
                        ])
                    })
            ),
            ("answers", .array(response.answers.map(answer))),
            ("actions", .array(response.actions.map(action))),
            ("location", location(response.location)),
            ("raters", .array(response.raters.map(rater))),
            ("rater", response.rater.map(rater) ?? .null),
            ("stakeholderGroups", .array(response.stakeholderGroups.map { .string($0) })),
        ])
    }

    static func location(_ location: FileLocation?) -> JSONValue {
        guard let location else { return .null }
        var items: [JSONValue] = [.string(location.file), .integer(location.line), .integer(location.column)]
        if let sheet = location.sheet { items.append(.string(sheet)) }
        return .array(items)
    }

    private static func source(_ source: Source) -> JSONValue {
        .object([
            ("title", .string(source.title)), ("publisher", .string(source.publisher)),
            ("year", source.year.map { .integer($0) } ?? .null), ("section", .string(source.section)),
            ("url", .string(source.url)), ("note", .string(source.note)),
        ])
    }

    private static func scale(_ scale: Scale) -> JSONValue {
        .object([
            (
                "levels",
                .array(
                    scale.levels.map { level in
                        .object([
                            ("value", .number(level.value)), ("label", .string(level.label)),
                            ("description", .string(level.description)), ("location", location(level.location)),
                        ])
                    })
            ),
            ("allowsNotApplicable", .bool(scale.allowsNotApplicable)),
        ])
    }

    private static func band(_ band: Band) -> JSONValue {
        .object([
            ("id", .string(band.id)), ("label", .string(band.label)), ("below", .number(band.below)),
            ("colour", .string(band.colour)), ("location", location(band.location)),
        ])
    }

    private static func group(_ group: Group) -> JSONValue {
        .object([
            ("id", .string(group.id)), ("title", .string(group.title)), ("position", .string(group.position?.rawValue)),
            ("description", .string(group.description)), ("location", location(group.location)),
        ])
    }

    private static func element(_ element: FrameworkElement) -> JSONValue {
        .object([
            ("id", .string(element.id)), ("group", .string(element.group)),
            ("groupLocation", location(element.groupLocation)), ("title", .string(element.title)),
            ("description", .string(element.description)), ("weight", .number(element.weight)),
            ("weightLocation", location(element.weightLocation)),
            ("questions", .array(element.questions.map(question))),
            ("location", location(element.location)),
        ])
    }

    private static func question(_ question: Question) -> JSONValue {
        .object([
            ("id", .string(question.id)), ("element", .string(question.element)), ("text", .string(question.text)),
            ("guidance", .string(question.guidance)), ("weight", .number(question.weight)),
            ("weightLocation", location(question.weightLocation)),
            (
                "levels",
                .array(
                    question.levels.map { level in
                        .object([
                            ("value", .number(level.value)), ("text", .string(level.text)),
                            ("location", location(level.location)),
                        ])
                    })
            ),
            ("location", location(question.location)),
        ])
    }

    private static func rule(_ rule: Rule) -> JSONValue {
        .object([
            ("id", .string(rule.id)), ("when", sourceText(rule.when)), ("forEach", .string(rule.forEach?.rawValue)),
            ("severity", .string(rule.severity.rawValue)), ("message", sourceText(rule.message)),
            ("recommendation", rule.recommendation.map(sourceText) ?? .null), ("location", location(rule.location)),
        ])
    }

    private static func sourceText(_ text: SourceText) -> JSONValue {
        let style: String
        switch text.style {
        case .plain: style = "plain"
        case .singleQuoted: style = "singleQuoted"
        case .doubleQuoted: style = "doubleQuoted"
        case .literal: style = "literal"
        case .folded: style = "folded"
        }
        return .object([
            ("text", .string(text.text)), ("location", location(text.location)), ("style", .string(style)),
            ("source", .string(text.source)),
        ])
    }

    private static func participants(_ participants: Response.Participants?) -> JSONValue {
        guard let participants else { return .null }
        return .object([
            ("count", participants.count.map { .integer($0) } ?? .null),
            ("names", .array(participants.names.map { .string($0) })),
        ])
    }

    private static func answer(_ answer: Answer) -> JSONValue {
        let value: JSONValue
        switch answer.value {
        case .rating(let rating): value = .object([("rating", .number(rating))])
        case .ratings(let ratings): value = .object([("ratings", .array(ratings.map { .number($0) }))])
        case .notApplicable: value = .string("notApplicable")
        case .blank: value = .string("blank")
        }
        return .object([
            ("questionID", .string(answer.questionID)), ("value", value), ("evidence", .string(answer.evidence)),
            ("location", location(answer.location)), ("raters", .array(answer.raters.map { .string($0) })),
        ])
    }

    private static func action(_ action: Action) -> JSONValue {
        .object([
            ("id", .string(action.id)), ("elements", .array(action.elements.map { .string($0) })),
            ("what", .string(action.what)), ("owner", .string(action.owner)), ("due", .string(action.due)),
            ("status", .string(action.status.rawValue)), ("measure", .string(action.measure)),
            ("location", location(action.location)),
        ])
    }

    private static func rater(_ rater: Rater) -> JSONValue {
        .object([
            ("name", .string(rater.name)), ("group", .string(rater.group)), ("location", location(rater.location)),
        ])
    }
}
