import WorkbookModel

extension FileFormat {
    /// One item of a response's `actions:`: what the partnership agreed to do before the next round.
    public static let action = Mapping(
        "action",
        "Something agreed to do before the next round: what, for which elements, who, by when.",
        keys: [
            Key(
                "id", required: true, .identifier,
                "The action's id, unique in this response; the next round keeps it to say where it stands."),
            Key(
                "element", .identifier,
                "The element it addresses, by id; give this or 'elements', not both."),
            Key(
                "elements", .list(.identifier, minItems: 1, maxItems: nil),
                "The elements it addresses, by id, when it addresses several."),
            Key("what", required: true, .text, "What will be done, in a sentence."),
            Key("owner", .text, "Who will do it: a person, a post or an organisation."),
            Key("due", .date, "When it is due, written YYYY-MM-DD; not done by the next round's date is overdue."),
            Key(
                "status", .choice(Action.Status.allCases.map(\.rawValue)),
                "Where it stands: planned (the default), in-progress, done or dropped; updated at the next round."),
            Key("measure", .text, "How the partnership will know it worked."),
        ],
        exclusive: [("element", "elements")])
}
