import WorkbookModel

extension FileFormat {
    /// A workbook file's root mapping.
    public static let workbook = Mapping(
        "workbook",
        "A diagnostic workbook: its rating scale, how scores read, its groups, elements and questions, and its rules.",
        keys: [
            Key(
                "workbook", required: true, .identifier,
                "The workbook's id (lowercase letters, digits and '-'); responses name it in their 'workbook:' line."),
            Key(
                "version", required: true, .text,
                "The workbook's version, in quotes (\"2021.1\"); comparisons refuse to mix versions."),
            Key("title", required: true, .text, "The framework's title, as reports show it."),
            Key("summary", .text, "What the framework is for, and what in it is your own convention."),
            Key("sources", .list(.mapping(source)), "The documents the workbook is written from."),
            Key("scale", required: true, .mapping(scale), "The rating scale every question uses."),
            Key(
                "aggregate", .choice(Workbook.Aggregate.allCases.map(\.rawValue)),
                "How a question's workshop ratings combine into one score: median (the default) or mean."),
            Key(
                "bands", required: true, .list(.mapping(band), minItems: 1, maxItems: nil),
                "How a score reads: bands from lowest to highest; the last has no 'below'."),
            Key(
                "layout", required: true, .choice(Workbook.Layout.allCases.map(\.rawValue)),
                "How reports draw the framework: symmetric (two sides and a centre), chain (ordered steps) or radar."),
            Key(
                "groups", .list(.mapping(group)),
                "The groups elements belong to; when there are groups, every element names one."),
            Key(
                "elements", required: true, .list(.mapping(element), minItems: 1, maxItems: nil),
                "The elements, in order (for a chain layout, the order of the steps)."),
            Key(
                "weakest_links", .mapping(weakestLinks),
                "Which scored elements count as weakest links, and how many reports list."),
            Key(
                "consensus", .mapping(consensus),
                "When a question's workshop ratings disagree enough to be marked contested or split."),
            Key(
                "rules", .list(.mapping(rule)),
                "Conditions over the scores that produce findings, in the rule language (docs/rules.md)."),
        ])

    /// An item of `sources:`.
    public static let source = Mapping(
        "source", "A document the workbook is written from.",
        keys: [
            Key("title", required: true, .text, "The document's title."),
            Key("publisher", .text, "Who published it."),
            Key("year", .integer, "The year it was published, a whole number."),
            Key("section", .text, "Where in the document (a section, figure or appendix)."),
            Key("url", .text, "A stable web address for it."),
            Key("note", .text, "Anything else a reader should know about it."),
        ])

    /// `scale:`.
    public static let scale = Mapping(
        "scale", "The rating scale every question uses.",
        keys: [
            Key(
                "levels", required: true, .list(.mapping(level), minItems: 2, maxItems: nil),
                "At least two levels, lowest first, each with a different value."),
            Key("not_applicable", .boolean, "true lets a response answer 'na' (not applicable); the default is false."),
        ])

    /// An item of `scale.levels:`.
    public static let level = Mapping(
        "level", "One level of the rating scale.",
        keys: [
            Key("value", required: true, .number, "The number a rating at this level gives."),
            Key("label", required: true, .text, "A short name for the level (\"Established\")."),
            Key("description", required: true, .text, "What this level looks like in practice."),
        ])

    /// An item of `bands:`.
    public static let band = Mapping(
        "band", "A range of scores with the name and colour reports give it.",
        keys: [
            Key("id", required: true, .identifier, "The band's id, which reports and rules use."),
            Key("label", required: true, .text, "What reports call a score in this band (\"Weak link\")."),
            Key(
                "below", .number,
                "Scores strictly below this, and not in an earlier band, are in this band; the last band has none."),
            Key("colour", .colour, "The colour reports draw it in, as \"#rrggbb\" in quotes."),
            Key("color", .colour, "The same as 'colour'."),
        ])

    /// An item of `groups:`.
    public static let group = Mapping(
        "group", "A set of elements drawn and scored together.",
        keys: [
            Key("id", required: true, .identifier, "The group's id, which elements name in their 'group:'."),
            Key("title", required: true, .text, "The group's title, as reports show it."),
            Key(
                "position", .choice(Group.Position.allCases.map(\.rawValue)),
                "Where a symmetric drawing puts it: left, right or centre."),
            Key("description", .text, "What the group covers."),
        ])

    /// An item of `elements:`.
    public static let element = Mapping(
        "element", "One element of the framework, scored from its questions.",
        keys: [
            Key("id", required: true, .identifier, "The element's id, which rules and response targets use."),
            Key("group", .identifier, "The id of the group it belongs to; needed when the workbook has groups."),
            Key("title", required: true, .text, "The element's title, as reports show it."),
            Key("description", .text, "What the element means."),
            Key(
                "weight", .number(minimum: 0),
                "Its weight in group and overall scores, above 0 (the default is 1)."),
            Key(
                "questions", required: true, .list(.mapping(question), minItems: 1, maxItems: nil),
                "The questions the room rates for this element, at least one."),
        ])

    /// An item of an element's `questions:`.
    public static let question = Mapping(
        "question", "A question the room rates on the workbook's scale.",
        keys: [
            Key(
                "id", required: true, .identifier,
                "The question's id, unique in the whole workbook; responses answer it by this id."),
            Key("text", required: true, .text, "The question as it is asked in the room."),
            Key("guidance", .text, "What evidence looks like at low and high levels."),
            Key(
                "weight", .number(minimum: 0),
                "Its weight in the element's score, above 0 (the default is 1)."),
            Key(
                "levels", .dictionary(keys: .number, values: .text),
                "Wording for particular scale values for this question, such as '0: No plan exists'."),
        ])

    /// `weakest_links:`.
    public static let weakestLinks = Mapping(
        "weakest_links", "Which scored elements count as weakest links.",
        keys: [
            Key(
                "below", .number,
                "Scored elements strictly below this score are weak links (the default is the lowest band's upper edge)."
            ),
            Key("show", .integer(minimum: 1), "How many weak links reports list at most (the default is 3)."),
        ])

    /// `consensus:`.
    public static let consensus = Mapping(
        "consensus", "When a question's workshop ratings disagree enough to be marked contested or split.",
        keys: [
            Key(
                "max_spread", .number(minimum: 0),
                "Ratings further apart than this (highest minus lowest) mark a question contested (the default is 2)."),
            Key(
                "split_share", .number(minimum: 0),
                "Split when at least this share of ratings lie outside the three levels around the median (default 1/3, the SCIROCCO rule)."
            ),
            Key(
                "max_iqr", .number(minimum: 0),
                "When given, a question is also split when its ratings' interquartile range is above this (Delphi practice: 1)."
            ),
            Key(
                "group_gap", .number(minimum: 0),
                "Stakeholder groups whose element scores differ by at least this are reported (the default is one level)."
            ),
        ])

    /// An item of `rules:`.
    public static let rule = Mapping(
        "rule", "A condition over the scores that, when it holds, puts a finding in the report.",
        keys: [
            Key("id", required: true, .identifier, "The rule's id, which reports show with its finding."),
            Key("when", required: true, .text, "The condition, in the rule language (docs/rules.md)."),
            Key(
                "for_each", .choice(Rule.Subject.allCases.map(\.rawValue)),
                "Run the rule once per element, group or question, with its fields as bare names."),
            Key(
                "severity", required: true, .choice(Rule.Severity.allCases.map(\.rawValue)),
                "How serious the finding is: info, warning or critical."),
            Key("message", required: true, .text, "The finding, with {expressions} filled in from the scores."),
            Key("recommendation", .text, "What to do about it, with {expressions} filled in."),
        ])
}
