extension FileFormat {
    /// A response file's root mapping.
    public static let response = Mapping(
        "response",
        "One area's answers to a workbook in one assessment round.",
        keys: [
            Key("workbook", required: true, .identifier,
                "The id of the workbook this answers: a bundled one, or the one given with --workbook."),
            Key("version", .text,
                "The workbook version the response was written for; a different one is a warning."),
            Key("area", required: true, .text, "Who was assessed (an area or a partnership)."),
            Key("period", required: true, .text,
                "The assessment round, such as 2025/26 or 2026; a number is read as text."),
            Key("date", .date, "The day of the workshop, written YYYY-MM-DD; it orders the rounds in a trend."),
            Key("facilitator", .text, "Who ran the workshop."),
            Key("participants", .anyOf([
                Alternative(.integer(minimum: 0), "How many people took part."),
                Alternative(.text, "Who took part, in words, shown as written."),
                Alternative(.list(.text), "The people or organisations who took part, shown as written."),
                Alternative(.mapping(participants), "Both: how many people, and the people or organisations."),
            ]), "How many people took part, who they were (people or organisations), or both."),
            Key("notes", .text, "Anything else about the round."),
            Key("targets", .dictionary(keys: .identifier, values: .number),
                "Element id to the level aimed for by the next round; the next round's report says which were met."),
            Key("answers", required: true, .dictionary(keys: .identifier, values: .anyOf(answerForms)),
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

    /// An answer written as a mapping.
    public static let answer = Mapping(
        "answer", "An answer with its evidence: give 'score' or 'ratings', not both.",
        keys: [
            Key("score", .anyOf([
                Alternative(.number, "One agreed rating: a value of the workbook's scale."),
                Alternative(.notApplicable, "Not applicable here (only where the workbook allows it)."),
            ]), "One agreed rating, or na; give this or 'ratings', not both."),
            Key("ratings", .list(.number, minItems: 0, maxItems: ResponseLoader.maxRatings),
                "The workshop's ratings, one per table or person; the question scores their median (or mean)."),
            Key("evidence", .text, "The evidence behind the rating, in a sentence or two."),
        ],
        exclusive: [("score", "ratings")])
}
