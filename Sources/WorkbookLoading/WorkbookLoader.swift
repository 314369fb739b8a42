public import WorkbookDiagnostics
import WorkbookFormat
public import WorkbookModel
import WorkbookSupport
public import WorkbookYAML

/// Builds a `Workbook` from a workbook file.
///
/// Decoding never stops at the first problem: a missing piece is replaced by a placeholder
/// so that the validator can still check everything else, and the result carries no
/// workbook when any error was found.
public enum WorkbookLoader {
    // The keys each mapping accepts, from the one description of the format (docs/formats.md,
    // schemas/workbook.schema.json): the loader and the editors' schema cannot disagree.
    static let rootKeys = FileFormat.workbook.keySet
    static let sourceKeys = FileFormat.source.keySet
    static let scaleKeys = FileFormat.scale.keySet
    static let levelKeys = FileFormat.level.keySet
    static let bandKeys = FileFormat.band.keySet
    static let groupKeys = FileFormat.group.keySet
    static let elementKeys = FileFormat.element.keySet
    static let questionKeys = FileFormat.question.keySet
    static let weakestLinksKeys = FileFormat.weakestLinks.keySet
    static let consensusKeys = FileFormat.consensus.keySet
    static let ruleKeys = FileFormat.rule.keySet

    /// Decodes a workbook file into the model, checking the shape of every key and value.
    ///
    /// Checks that need the whole workbook (ids, references, bands) are the validator's, run
    /// by the pipeline (`WorkbookPipeline.validatedWorkbook`) on what this returns.
    ///
    /// - Parameter input: the file's bytes and name.
    /// - Returns: the workbook, with placeholders where pieces were wrong (nil when the file
    ///   is not a workbook at all), and every diagnostic found while decoding.
    public static func decode(_ input: InputFile) -> (workbook: Workbook?, diagnostics: [Diagnostic]) {
        let (root, yamlDiagnostics) = YAMLParser.parseDocument(input)
        guard let root else { return (nil, yamlDiagnostics) }
        var decoder = NodeDecoder(diagnostics: yamlDiagnostics)
        let workbook = decoder.workbook(root)
        return (workbook, decoder.diagnostics)
    }
}

extension NodeDecoder {
    mutating func workbook(_ root: YAMLNode) -> Workbook? {
        let what = "the workbook"
        if DocumentKind(of: root) == .response, root.pairs?.contains(where: { $0.key.text == "elements" }) != true {
            error(
                .wrongKindOfFile, "this is a response (one area's ratings), not a workbook",
                at: root.location,
                hint: "give the workbook it answers (a bundled id such as 'pots', or its file) with --workbook, "
                    + "and this file as the response")
            return nil
        }
        guard let fields = fields(of: root, what: what, keys: WorkbookLoader.rootKeys) else { return nil }
        let id = identifier(fields, "workbook", what: what) ?? ""
        let version = text(fields, "version", what: what, required: true) ?? ""
        let title = text(fields, "title", what: what, required: true) ?? ""
        let summary = text(fields, "summary", what: what)
        let sources = (list(fields, "sources", what: what) ?? []).compactMap { decodeSource($0) }
        let scale = fields["scale"].flatMap { decodeScale($0) } ?? Scale(levels: [], allowsNotApplicable: false)
        let aggregate =
            fields["aggregate"] == nil
            ? .median : (choice(fields, "aggregate", what: what, as: Workbook.Aggregate.self) ?? .median)
        let bands = (list(fields, "bands", what: what) ?? []).compactMap { decodeBand($0) }
        let layout = choice(fields, "layout", what: what, as: Workbook.Layout.self) ?? .radar
        let groups = (list(fields, "groups", what: what) ?? []).compactMap { decodeGroup($0) }
        let elements = (list(fields, "elements", what: what) ?? []).compactMap { decodeElement($0) }
        // Without a threshold of its own, a weak link is an element in the lowest band.
        var weakest = WeakestLinksSettings(below: bands.first?.below ?? WeakestLinksSettings().below)
        if let node = fields["weakest_links"],
            let sub = self.fields(of: node, what: "'weakest_links'", keys: WorkbookLoader.weakestLinksKeys)
        {
            weakest.below = number(sub, "below", what: "'weakest_links'") ?? weakest.below
            weakest.location = sub["below"]?.location
            if let show = integer(sub, "show", what: "'weakest_links'") {
                if show < 1 {
                    error(
                        .invalidValue, "'show' in 'weakest_links' should be 1 or more",
                        at: sub["show"]?.location ?? node.location)
                } else {
                    weakest.show = show
                }
            }
        }
        let consensus = fields["consensus"].map { decodeConsensus($0) } ?? ConsensusSettings()
        let rules = (list(fields, "rules", what: what) ?? []).compactMap { decodeRule($0) }
        return Workbook(
            id: id, version: version, title: title, summary: summary, sources: sources, scale: scale,
            aggregate: aggregate, bands: bands, layout: layout, groups: groups, elements: elements,
            weakestLinks: weakest, consensus: consensus, rules: rules, location: root.location)
    }

    private mutating func decodeSource(_ node: YAMLNode) -> Source? {
        let what = "a source"
        guard let fields = fields(of: node, what: what, keys: WorkbookLoader.sourceKeys) else { return nil }
        return Source(
            title: text(fields, "title", what: what, required: true) ?? "",
            publisher: text(fields, "publisher", what: what),
            year: integer(fields, "year", what: what),
            section: text(fields, "section", what: what),
            url: text(fields, "url", what: what),
            note: text(fields, "note", what: what))
    }

    private mutating func decodeScale(_ node: YAMLNode) -> Scale? {
        let what = "the scale"
        guard let fields = fields(of: node, what: what, keys: WorkbookLoader.scaleKeys) else { return nil }
        let levels: [Scale.Level] = (list(fields, "levels", what: what) ?? [])
            .compactMap { levelNode in
                let what = "a scale level"
                guard let level = self.fields(of: levelNode, what: what, keys: WorkbookLoader.levelKeys) else {
                    return nil
                }
                guard let value = number(level, "value", what: what) else { return nil }
                return Scale.Level(
                    value: value, label: text(level, "label", what: what, required: true) ?? "",
                    description: text(level, "description", what: what, required: true) ?? "",
                    location: levelNode.location)
            }
        return Scale(levels: levels, allowsNotApplicable: bool(fields, "not_applicable", what: what) ?? false)
    }

    private mutating func decodeBand(_ node: YAMLNode) -> Band? {
        let what = "a band"
        guard let fields = fields(of: node, what: what, keys: WorkbookLoader.bandKeys) else { return nil }
        let colourNode = fields["colour"] ?? fields["color"]
        if let colourNode, colourNode.isNull {
            error(
                .invalidValue, "the band's colour is empty", at: colourNode.location,
                hint: "'#' starts a comment in YAML: put the colour in quotes, for example \"#c0392b\"")
        }
        let colour = text(fields, "colour", what: what) ?? text(fields, "color", what: what)
        if let colour, !Self.isHexColour(colour) {
            error(
                .invalidValue, "'\(colour)' is not a colour reports can use", at: colourNode?.location ?? node.location,
                hint: "write it as '#' and six hex digits in quotes, for example \"#c0392b\"")
        }
        return Band(
            id: identifier(fields, "id", what: what) ?? "",
            label: text(fields, "label", what: what, required: true) ?? "",
            below: number(fields, "below", what: what),
            colour: colour.flatMap { Self.isHexColour($0) ? $0.lowercased() : nil },
            location: node.location)
    }

    private mutating func decodeGroup(_ node: YAMLNode) -> Group? {
        let what = "a group"
        guard let fields = fields(of: node, what: what, keys: WorkbookLoader.groupKeys) else { return nil }
        return Group(
            id: identifier(fields, "id", what: what) ?? "",
            title: text(fields, "title", what: what, required: true) ?? "",
            position: fields["position"] == nil ? nil : choice(fields, "position", what: what, as: Group.Position.self),
            description: text(fields, "description", what: what),
            location: node.location)
    }

    private mutating func decodeElement(_ node: YAMLNode) -> FrameworkElement? {
        let what = "an element"
        guard let fields = fields(of: node, what: what, keys: WorkbookLoader.elementKeys) else { return nil }
        let id = identifier(fields, "id", what: what) ?? ""
        let questions = (list(fields, "questions", what: what) ?? []).compactMap { decodeQuestion($0, element: id) }
        return FrameworkElement(
            id: id,
            group: fields["group"] == nil ? nil : identifier(fields, "group", what: what),
            groupLocation: fields["group"]?.location,
            title: text(fields, "title", what: what, required: true) ?? "",
            description: text(fields, "description", what: what),
            weight: number(fields, "weight", what: what) ?? 1,
            weightLocation: fields["weight"]?.location,
            questions: questions,
            location: node.location)
    }

    private mutating func decodeQuestion(_ node: YAMLNode, element: String) -> Question? {
        let what = "a question"
        guard let fields = fields(of: node, what: what, keys: WorkbookLoader.questionKeys) else { return nil }
        var levels: [QuestionLevel] = []
        if let levelsNode = fields["levels"] {
            if let pairs = levelsNode.pairs {
                for pair in pairs {
                    guard let value = number(pair.key, what: "a key under 'levels'") else { continue }
                    if let text = text(pair.value, key: NumberFormatting.plain(value), what: "'levels'", required: true)
                    {
                        levels.append(QuestionLevel(value: value, text: text, location: pair.key.location))
                    }
                }
            } else if !levelsNode.isNull {
                error(
                    .wrongType,
                    "'levels' in a question should map scale values to wording, but here is \(levelsNode.kindDescription)",
                    at: levelsNode.location, hint: "write lines like '0: No plan exists'")
            }
        }
        return Question(
            id: identifier(fields, "id", what: what) ?? "",
            element: element,
            text: text(fields, "text", what: what, required: true) ?? "",
            guidance: text(fields, "guidance", what: what),
            weight: number(fields, "weight", what: what) ?? 1,
            weightLocation: fields["weight"]?.location,
            levels: levels,
            location: node.location)
    }

    private mutating func decodeRule(_ node: YAMLNode) -> Rule? {
        let what = "a rule"
        guard let fields = fields(of: node, what: what, keys: WorkbookLoader.ruleKeys) else { return nil }
        let placeholder = SourceText(text: "", location: node.location)
        return Rule(
            id: identifier(fields, "id", what: what) ?? "",
            when: sourceText(fields, "when", what: what, required: true) ?? placeholder,
            forEach: fields["for_each"] == nil ? nil : choice(fields, "for_each", what: what, as: Rule.Subject.self),
            severity: choice(fields, "severity", what: what, as: Rule.Severity.self) ?? .info,
            message: sourceText(fields, "message", what: what, required: true) ?? placeholder,
            recommendation: sourceText(fields, "recommendation", what: what),
            location: node.location)
    }

    static func isHexColour(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[0] == UInt8(ascii: "#") else { return false }
        return bytes.dropFirst()
            .allSatisfy {
                (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0)
            }
    }
}
