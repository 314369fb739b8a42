extension FileFormat {
    /// Where one old id goes in a migration map.
    static let destination = FieldType.anyOf([
        Alternative(.identifier, "Renamed to this id (several old ids to one new id: merged)."),
        Alternative(
            .list(.identifier, minItems: 1, maxItems: nil), "Split into these ids, each taking the old answer."),
        Alternative(.blank, "Removed: the old answer is kept in the response's notes."),
    ])

    /// A migration map's root mapping (`workbook migrate --map`).
    public static let migration = Mapping(
        "migration",
        "How a response moves from one version of a workbook to the next.",
        keys: [
            Key("workbook", .identifier, "The workbook's id, when both versions share it."),
            Key("from", .text, "The version responses are moved from; a response of another version is refused."),
            Key("to", .text, "The version they are moved to; it must be the workbook given with --to."),
            Key(
                "questions", .dictionary(keys: .identifier, values: destination),
                "Old question id to where it goes: a new id, a list of new ids, or nothing (removed)."),
            Key(
                "elements", .dictionary(keys: .identifier, values: destination),
                "Old element id to where it goes, for targets and actions: a new id, a list, or nothing."),
        ])
}
