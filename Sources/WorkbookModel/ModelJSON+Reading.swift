import WorkbookDiagnostics
public import WorkbookSupport

/// Reading `ModelJSON` back: the wasm kernel's way in (Wasm/), checked natively by a
/// round-trip test over every bundled workbook and example.
///
/// Only what `ModelJSON.json` writes is accepted; anything else fails with the path of the
/// value that is wrong (`elements[2].questions[0].weight`). The values are not validated
/// again: the workbook was validated before it was written.
extension ModelJSON {
    /// Why a JSON value is not a model value: the path of the value and what is wrong with it.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Where, as a path from the root (`elements[2].weight`).
        public var path: String
        /// What is wrong.
        public var message: String

        /// Creates an error.
        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        /// The path, then what is wrong.
        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    /// A workbook from its JSON.
    public static func workbook(from json: JSONValue) throws(ReadError) -> Workbook {
        let root = try ModelFields(json, path: "")
        try root.checkVersion()
        let weakest = try root.fields("weakestLinks")
        let consensus = try root.fields("consensus")
        return Workbook(
            id: try root.string("id"), version: try root.string("version"), title: try root.string("title"),
            summary: try root.optionalString("summary"),
            sources: try root.array("sources") { (item) throws(ReadError) in
                Source(
                    title: try item.string("title"), publisher: try item.optionalString("publisher"),
                    year: try item.optionalInteger("year"), section: try item.optionalString("section"),
                    url: try item.optionalString("url"), note: try item.optionalString("note"))
            },
            scale: try scale(try root.fields("scale")),
            aggregate: try root.enumeration("aggregate") { Workbook.Aggregate(rawValue: $0) },
            bands: try root.array("bands") { (item) throws(ReadError) in
                Band(
                    id: try item.string("id"), label: try item.string("label"), below: try item.optionalNumber("below"),
                    colour: try item.optionalString("colour"), location: try item.location("location"))
            },
            layout: try root.enumeration("layout") { Workbook.Layout(rawValue: $0) },
            groups: try root.array("groups") { (item) throws(ReadError) in
                Group(
                    id: try item.string("id"), title: try item.string("title"),
                    position: try item.optionalEnumeration("position") { Group.Position(rawValue: $0) },
                    description: try item.optionalString("description"), location: try item.location("location"))
            },
            elements: try root.array("elements", element),
            weakestLinks: WeakestLinksSettings(
                below: try weakest.number("below"), show: try weakest.integer("show"),
                location: try weakest.optionalLocation("location")),
            consensus: ConsensusSettings(
                maxSpread: try consensus.number("maxSpread"), splitShare: try consensus.number("splitShare"),
                maxIQR: try consensus.optionalNumber("maxIQR"), groupGap: try consensus.optionalNumber("groupGap")),
            rules: try root.array("rules", rule),
            location: try root.location("location"))
    }

    /// A response from its JSON.
    public static func response(from json: JSONValue) throws(ReadError) -> Response {
        let root = try ModelFields(json, path: "")
        try root.checkVersion()
        var participants: Response.Participants?
        if let fields = try root.optionalFields("participants") {
            participants = Response.Participants(
                count: try fields.optionalInteger("count"),
                names: try fields.array("names") { (item) throws(ReadError) in try item.text() })
        }
        var rater: Rater?
        if let fields = try root.optionalFields("rater") { rater = try self.rater(fields) }
        var response = Response(
            workbookID: try root.string("workbookID"), workbookVersion: try root.optionalString("workbookVersion"),
            area: try root.string("area"), plan: try root.optionalString("plan"), period: try root.string("period"),
            date: try root.optionalString("date"), facilitator: try root.optionalString("facilitator"),
            participants: participants, notes: try root.optionalString("notes"),
            targets: try root.array("targets") { (item) throws(ReadError) in
                Target(
                    elementID: try item.string("elementID"), level: try item.number("level"),
                    location: try item.location("location"))
            },
            answers: try root.array("answers", answer),
            location: try root.location("location"),
            raters: try root.array("raters", self.rater),
            rater: rater,
            stakeholderGroups: try root.array("stakeholderGroups") { (item) throws(ReadError) in try item.text() })
        response.actions = try root.array("actions", action)
        return response
    }

    private static func scale(_ fields: ModelFields) throws(ReadError) -> Scale {
        Scale(
            levels: try fields.array("levels") { (item) throws(ReadError) in
                Scale.Level(
                    value: try item.number("value"), label: try item.string("label"),
                    description: try item.string("description"), location: try item.location("location"))
            },
            allowsNotApplicable: try fields.bool("allowsNotApplicable"))
    }

    private static func element(_ item: ModelFields) throws(ReadError) -> FrameworkElement {
        FrameworkElement(
            id: try item.string("id"), group: try item.optionalString("group"),
            groupLocation: try item.optionalLocation("groupLocation"), title: try item.string("title"),
            description: try item.optionalString("description"), weight: try item.number("weight"),
            weightLocation: try item.optionalLocation("weightLocation"),
            questions: try item.array("questions", question), location: try item.location("location"))
    }

    private static func question(_ item: ModelFields) throws(ReadError) -> Question {
        Question(
            id: try item.string("id"), element: try item.string("element"), text: try item.string("text"),
            guidance: try item.optionalString("guidance"), weight: try item.number("weight"),
            weightLocation: try item.optionalLocation("weightLocation"),
            levels: try item.array("levels") { (level) throws(ReadError) in
                QuestionLevel(
                    value: try level.number("value"), text: try level.string("text"),
                    location: try level.location("location"))
            },
            location: try item.location("location"))
    }

    private static func rule(_ item: ModelFields) throws(ReadError) -> Rule {
        var recommendation: SourceText?
        if let fields = try item.optionalFields("recommendation") { recommendation = try sourceText(fields) }
        return Rule(
            id: try item.string("id"), when: try sourceText(try item.fields("when")),
            forEach: try item.optionalEnumeration("forEach") { Rule.Subject(rawValue: $0) },
            severity: try item.enumeration("severity") { Rule.Severity(rawValue: $0) },
            message: try sourceText(try item.fields("message")), recommendation: recommendation,
            location: try item.location("location"))
    }

    private static func sourceText(_ fields: ModelFields) throws(ReadError) -> SourceText {
        var text = SourceText(
            text: try fields.string("text"), location: try fields.location("location"),
            source: try fields.optionalString("source"))
        switch try fields.string("style") {
        case "plain": text.style = .plain
        case "singleQuoted": text.style = .singleQuoted
        case "doubleQuoted": text.style = .doubleQuoted
        case "literal": text.style = .literal
        case "folded": text.style = .folded
        default: throw fields.failure("style", "not a scalar style")
        }
        return text
    }

    private static func answer(_ item: ModelFields) throws(ReadError) -> Answer {
        let value: Answer.Value
        switch item.value("value") {
        case .string("notApplicable"): value = .notApplicable
        case .string("blank"): value = .blank
        case .object:
            let fields = try item.fields("value")
            if fields.value("rating") != nil {
                value = .rating(try fields.number("rating"))
            } else {
                value = .ratings(try fields.array("ratings") { (rating) throws(ReadError) in try rating.numberValue() })
            }
        default: throw item.failure("value", "not an answer's value")
        }
        return Answer(
            questionID: try item.string("questionID"), value: value, evidence: try item.optionalString("evidence"),
            location: try item.location("location"),
            raters: try item.array("raters") { (rater) throws(ReadError) in try rater.text() })
    }

    private static func action(_ item: ModelFields) throws(ReadError) -> Action {
        Action(
            id: try item.string("id"),
            elements: try item.array("elements") { (element) throws(ReadError) in try element.text() },
            what: try item.string("what"), owner: try item.optionalString("owner"), due: try item.optionalString("due"),
            status: try item.enumeration("status") { Action.Status(rawValue: $0) },
            measure: try item.optionalString("measure"),
            location: try item.location("location"))
    }

    private static func rater(_ item: ModelFields) throws(ReadError) -> Rater {
        Rater(
            name: try item.string("name"), group: try item.optionalString("group"),
            location: try item.location("location"))
    }
}

/// One JSON value being read, with its path for messages.
private struct ModelFields {
    let json: JSONValue
    let path: String

    /// An object to read keys from (or, through `text()` and `numberValue()`, a single value).
    init(_ json: JSONValue, path: String) throws(ModelJSON.ReadError) {
        self.json = json
        self.path = path
    }

    func failure(_ key: String, _ message: String) -> ModelJSON.ReadError {
        ModelJSON.ReadError(path: path.isEmpty ? key : "\(path).\(key)", message: message)
    }

    func checkVersion() throws(ModelJSON.ReadError) {
        guard try optionalNumber("modelJSON") == Double(ModelJSON.formatVersion) else {
            throw failure("modelJSON", "not version \(ModelJSON.formatVersion) of the model's JSON")
        }
    }

    func value(_ key: String) -> JSONValue? {
        guard case .object(let pairs) = json else { return nil }
        for (name, value) in pairs where name == key { return value }
        return nil
    }

    func text() throws(ModelJSON.ReadError) -> String {
        guard case .string(let text) = json else { throw ModelJSON.ReadError(path: path, message: "not a string") }
        return text
    }

    func numberValue() throws(ModelJSON.ReadError) -> Double {
        guard case .number(let number) = json else { throw ModelJSON.ReadError(path: path, message: "not a number") }
        return number
    }

    func string(_ key: String) throws(ModelJSON.ReadError) -> String {
        guard case .string(let text)? = value(key) else { throw failure(key, "not a string") }
        return text
    }

    func optionalString(_ key: String) throws(ModelJSON.ReadError) -> String? {
        switch value(key) {
        case .string(let text)?: return text
        case .null?, nil: return nil
        default: throw failure(key, "not a string or null")
        }
    }

    func number(_ key: String) throws(ModelJSON.ReadError) -> Double {
        guard case .number(let number)? = value(key) else { throw failure(key, "not a number") }
        return number
    }

    func optionalNumber(_ key: String) throws(ModelJSON.ReadError) -> Double? {
        switch value(key) {
        case .number(let number)?: return number
        case .null?, nil: return nil
        default: throw failure(key, "not a number or null")
        }
    }

    func integer(_ key: String) throws(ModelJSON.ReadError) -> Int {
        guard let number = try optionalInteger(key) else { throw failure(key, "not a whole number") }
        return number
    }

    func optionalInteger(_ key: String) throws(ModelJSON.ReadError) -> Int? {
        guard let number = try optionalNumber(key) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else { throw failure(key, "not a whole number") }
        return Int(number)
    }

    func bool(_ key: String) throws(ModelJSON.ReadError) -> Bool {
        guard case .bool(let flag)? = value(key) else { throw failure(key, "not true or false") }
        return flag
    }

    func enumeration<T>(_ key: String, _ make: (String) -> T?) throws(ModelJSON.ReadError) -> T {
        guard let value = make(try string(key)) else { throw failure(key, "not one of the names it may be") }
        return value
    }

    func optionalEnumeration<T>(_ key: String, _ make: (String) -> T?) throws(ModelJSON.ReadError) -> T? {
        guard let name = try optionalString(key) else { return nil }
        guard let value = make(name) else { throw failure(key, "not one of the names it may be") }
        return value
    }

    func fields(_ key: String) throws(ModelJSON.ReadError) -> ModelFields {
        guard let fields = try optionalFields(key) else { throw failure(key, "not an object") }
        return fields
    }

    func optionalFields(_ key: String) throws(ModelJSON.ReadError) -> ModelFields? {
        switch value(key) {
        case .object?: return try ModelFields(value(key) ?? .null, path: path.isEmpty ? key : "\(path).\(key)")
        case .null?, nil: return nil
        default: throw failure(key, "not an object or null")
        }
    }

    func array<T>(_ key: String, _ item: (ModelFields) throws(ModelJSON.ReadError) -> T) throws(ModelJSON.ReadError)
        -> [T]
    {
        guard case .array(let items)? = value(key) else { throw failure(key, "not an array") }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (index, value) in items.enumerated() {
            result.append(try item(try ModelFields(value, path: "\(path.isEmpty ? key : "\(path).\(key)")[\(index)]")))
        }
        return result
    }

    func location(_ key: String) throws(ModelJSON.ReadError) -> FileLocation {
        guard let location = try optionalLocation(key) else { throw failure(key, "not a location") }
        return location
    }

    func optionalLocation(_ key: String) throws(ModelJSON.ReadError) -> FileLocation? {
        switch value(key) {
        case .null?, nil: return nil
        case .array(let items)?:
            guard items.count == 3 || items.count == 4, case .string(let file) = items[0],
                case .number(let line) = items[1],
                case .number(let column) = items[2], line == line.rounded(), column == column.rounded(),
                abs(line) < 1e9, abs(column) < 1e9
            else { break }
            var sheet: String?
            if items.count == 4 {
                guard case .string(let name) = items[3] else { break }
                sheet = name
            }
            return FileLocation(file: file, line: Int(line), column: Int(column), sheet: sheet)
        default: break
        }
        throw failure(key, "not a location ([file, line, column])")
    }
}
