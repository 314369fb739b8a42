import WorkbookDiagnostics

extension TypeChecker {
    /// Resolves a name or dotted path to the field it reads.
    ///
    /// The forms, each with an optional leading `previous.`:
    /// `overall.<field>`, `chain.<field>`, `group|element|question.<id>.<field>`,
    /// `<field>` (the `for_each` item) and `<variable>.<field>` (a `count`/`any`/`all` item).
    ///
    /// - Returns: the reference, or nil when the name is wrong (the error is reported).
    mutating func resolve(_ segments: [NameSegment], span: Span, in scope: Scope) -> FieldReference? {
        var path = segments[...]
        var previous = false
        if path.first?.text == "previous" {
            guard path.count > 1 else {
                report(
                    .unknownName(
                        "previous", at: span,
                        hint: "'previous' needs a path after it, as in previous.element.evidence.score"))
                return nil
            }
            previous = true
            path = path.dropFirst()
        }
        guard let head = path.first else { return nil }
        let reference: FieldReference?
        if path.count == 1 {
            reference = bare(head, in: scope, previous: previous, span: span)
        } else if let kind = scope.variable(head.text) {
            reference = field(
                path.dropFirst(), of: .variable(head.text, kind), what: "'\(head.text)' (\(kind.article))",
                previous: previous, span: span)
        } else if head.text == "overall" || head.text == "chain" {
            let source: RecordSource = head.text == "overall" ? .overall : .chain
            reference = field(path.dropFirst(), of: source, what: "'\(head.text)'", previous: previous, span: span)
        } else if let kind = RecordKind(rawValue: head.text), kind.hasIDs {
            reference = item(kind, path.dropFirst(), in: scope, previous: previous, span: span)
        } else {
            report(.unknownName(head.text, at: head.span, hint: nameHint(head.text, in: scope)))
            reference = nil
        }
        return reference
    }

    /// A one-segment name: a field of the `for_each` item, or a mistake.
    private mutating func bare(_ head: NameSegment, in scope: Scope, previous: Bool, span: Span) -> FieldReference? {
        let name = head.text
        if let subject = scope.subject, let type = subject.type(of: name) {
            return FieldReference(source: .subject(subject), field: name, previous: previous, type: type, span: span)
        }
        if let kind = scope.variable(name) {
            report(.missingField(name, kind: kind, at: head.span))
        } else if name == "overall" || name == "chain" {
            report(.missingField(name, kind: name == "overall" ? .overall : .chain, at: head.span))
        } else if let kind = RecordKind(rawValue: name), kind.hasIDs {
            report(
                .missingID(
                    kind, example: "\(name).\(ids[kind]?.first ?? "some-id").\(kind.exampleField)", at: head.span))
        } else if CollectionKind(rawValue: name) != nil {
            report(
                .unknownName(
                    name, at: head.span,
                    hint: "'\(name)' can be used only inside count, any or all, as in count(\(name), x, x.score < 2)"))
        } else {
            report(.unknownName(name, at: head.span, hint: nameHint(name, in: scope)))
        }
        return nil
    }

    /// `group|element|question.<id>.<field>`.
    private mutating func item(
        _ kind: RecordKind, _ rest: ArraySlice<NameSegment>, in scope: Scope, previous: Bool, span: Span
    ) -> FieldReference? {
        guard let id = rest.first else { return nil }
        let known = ids[kind] ?? []
        guard idSets[kind]?.contains(id.text) == true else {
            if rest.count == 1, kind.type(of: id.text) != nil {
                let alone =
                    scope.subject == kind
                    ? "in this for_each rule, write the field alone: '\(id.text)'"
                    : "write \(kind.root).<id>.\(id.text), for example \(kind.root).\(known.first ?? "some-id").\(id.text)"
                report(.unknownID(id.text, kind: kind, at: id.span, hint: alone))
            } else {
                report(.unknownID(id.text, kind: kind, at: id.span, hint: idHint(id.text, kind: kind)))
            }
            return nil
        }
        let path = "\(kind.root).\(id.text)"
        guard rest.count > 1 else {
            report(.missingField(path, kind: kind, at: id.span))
            return nil
        }
        return field(rest.dropFirst(), of: .item(kind, id: id.text), what: "'\(path)'", previous: previous, span: span)
    }

    /// The field after a record: exactly one segment, a field this kind has.
    private mutating func field(
        _ rest: ArraySlice<NameSegment>, of source: RecordSource, what: String, previous: Bool, span: Span
    ) -> FieldReference? {
        guard let field = rest.first else { return nil }
        let kind = source.kind
        guard let type = kind.type(of: field.text) else {
            report(.unknownField(field.text, of: what, at: field.span, hint: fieldHint(field.text, kind: kind)))
            return nil
        }
        if rest.count > 1, let extra = rest.dropFirst().first {
            report(
                .unknownField(
                    extra.text, of: "'\(field.text)'", at: extra.span,
                    hint: "a path ends at its field, as in \(what.trimmingQuotes).\(field.text)"))
            return nil
        }
        return FieldReference(source: source, field: field.text, previous: previous, type: type, span: span)
    }

    // MARK: - Hints

    private func nameHint(_ name: String, in scope: Scope) -> String? {
        var candidates = scope.variables.map({ $0.name }) + Self.roots + Keyword.allCases.map({ $0.rawValue })
        if let subject = scope.subject { candidates = subject.schema.map({ $0.name }) + candidates }
        if let hint = Suggestions.hint(for: name, in: candidates) { return hint }
        if scope.subject == nil, RecordKind.allCases.contains(where: { $0.type(of: name) != nil }) {
            return
                "a field name on its own works only in a rule with 'for_each'; otherwise write a path such as element.<id>.\(name)"
        }
        return "a path starts with overall, chain, group, element, question or previous"
    }

    private func idHint(_ id: String, kind: RecordKind) -> String? {
        if let hint = idSuggestions[kind]?.hint(for: id) { return hint }
        for other in [RecordKind.group, .element, .question] where other != kind {
            if idSets[other]?.contains(id) == true {
                return "'\(id)' is a \(other.rawValue): write \(other.root).\(id).\(other.exampleField)"
            }
        }
        return nil
    }

    private func fieldHint(_ field: String, kind: RecordKind) -> String {
        if let dash = field.firstIndex(of: "-"), kind.type(of: String(field[..<dash])) != nil {
            return "put spaces around a minus sign: '\(field[..<dash]) - \(field[field.index(after: dash)...])'"
        }
        if let hint = Suggestions.hint(for: field, in: kind.schema.map({ $0.name })) { return hint }
        return "\(kind.rawValue) fields are \(kind.fieldList)"
    }
}

extension RecordKind {
    /// "an element", "a group", ...
    var article: String {
        switch self {
        case .overall, .element: "an \(rawValue)"
        default: "a \(rawValue)"
        }
    }

    /// The field examples use: the first number field.
    var exampleField: String { schema.first { $0.type == .number }?.name ?? "id" }
}

extension String {
    /// The text without surrounding single quotes: `'element.x'` → `element.x`.
    fileprivate var trimmingQuotes: String {
        var scalars = Substring(self)
        if scalars.hasPrefix("'") { scalars = scalars.dropFirst() }
        if let end = scalars.firstIndex(of: "'") { scalars = scalars[..<end] }
        return String(scalars)
    }
}
