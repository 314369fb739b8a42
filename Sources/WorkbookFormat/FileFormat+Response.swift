import WorkbookModel

extension FileFormat {
    /// A response file's root mapping.
    public static let response = Mapping(
        "response",
        "One area's answers to a workbook in one assessment round.",
        keys: [
            Key(
                "workbook", required: true, .identifier,
                "The id of the workbook this answers: a bundled one, or the one given with --workbook."),
            Key(
                "version", .text,
                "The workbook version the response was written for; a different one is a warning."),
            Key("area", required: true, .text, "Who was assessed (an area or a partnership)."),
            Key(
                "plan", .text,
                "What within the area was assessed, such as one delivery plan; compare and trend follow area and plan together."
            ),
            Key(
                "period", required: true, .text,
                "The assessment round, such as 2025/26 or 2026; a number is read as text."),
            Key("date", .date, "The day of the workshop, written YYYY-MM-DD; it orders the rounds in a trend."),
            Key("facilitator", .text, "Who ran the workshop."),
            Key(
                "participants",
                .anyOf([
                    Alternative(.integer(minimum: 0), "How many people took part."),
                    Alternative(.text, "Who took part, in words, shown as written."),
                    Alternative(.list(.text), "The people or organisations who took part, shown as written."),
                    Alternative(.mapping(participants), "Both: how many people, and the people or organisations."),
                ]), "How many people took part, who they were (people or organisations), or both."),
            Key("notes", .text, "Anything else about the round."),
            Key(
                "rater", .text,
                "Who rated, when the file is one table's or one person's: merge attributes its ratings to this name."),
            Key("rater_group", .text, "The stakeholder group of this file's rater (council, nhs, community...)."),
            Key(
                "stakeholder_groups", .list(.text),
                "The stakeholder groups raters may belong to; when given, each rater's group must be one of them."),
            Key(
                "raters", .dictionary(keys: .name, values: .anyOf(raterForms)),
                "Each table or person who rated, declared once with their group; answers then give ratings by rater."),
            Key(
                "targets", .dictionary(keys: .identifier, values: .number),
                "Element id to the level aimed for by the next round; the next round's report says which were met."),
            Key(
                "actions", .list(.mapping(action)),
                "What the partnership agreed to do before the next round; the next round's trend says what came of each."
            ),
            Key(
                "answers", required: true, .dictionary(keys: .identifier, values: .anyOf(answerForms)),
                "Question id to its answer: a rating, na, nothing yet, or a score or ratings with evidence.",
                blank: true),  // a response with no answers yet is valid: every question is missing
        ])

    /// `participants:` written as a mapping.
    public static let participants = Mapping(
        "participants", "How many people took part, and the people or organisations they came from.",
        keys: [
            Key("count", .integer(minimum: 0), "How many people took part."),
            Key("names", .list(.text), "The people or organisations who took part, shown as written."),
        ])

    /// The forms one answer may take.
    static let answerForms = [
        Alternative(.number, "One agreed rating: a value of the workbook's scale."),
        Alternative(
            .notApplicable, "Not applicable here (only where the workbook allows it): takes no part in any score."),
        Alternative(.blank, "Not answered yet: allowed, and listed as missing in the report."),
        Alternative(.mapping(answer), "A score or the workshop's ratings, with the evidence behind them."),
    ]

    /// The forms a declared rater may take.
    static let raterForms = [
        Alternative(.blank, "A rater with no stakeholder group."),
        Alternative(.mapping(rater), "A rater and the stakeholder group it belongs to."),
    ]

    /// One rater declared under `raters:`.
    public static let rater = Mapping(
        "rater", "A table or person who rated.",
        keys: [Key("group", .text, "The stakeholder group the rater belongs to (council, nhs, community...).")])

    /// An answer written as a mapping.
    public static let answer = Mapping(
        "answer", "An answer with its evidence: give 'score' or 'ratings', not both.",
        keys: [
            Key(
                "score",
                .anyOf([
                    Alternative(.number, "One agreed rating: a value of the workbook's scale."),
                    Alternative(.notApplicable, "Not applicable here (only where the workbook allows it)."),
                ]), "One agreed rating, or na; give this or 'ratings', not both."),
            Key(
                "ratings",
                .anyOf([
                    Alternative(
                        .list(.number, minItems: 0, maxItems: FileFormat.maxRatings),
                        "One rating per table or person, unnamed: [1, 2, 4, 2]."),
                    Alternative(
                        .dictionary(
                            keys: .name,
                            values: .anyOf([
                                Alternative(.number, "This rater's rating: a value of the workbook's scale."),
                                Alternative(.blank, "This rater did not rate the question."),
                            ])), "Each declared rater's rating: {table-1: 2, table-2: 3}."),
                ]), "The workshop's ratings, one per table or person; the question scores their median (or mean)."),
            Key("evidence", .text, "The evidence behind the rating, in a sentence or two."),
        ],
        exclusive: [("score", "ratings")])
}
