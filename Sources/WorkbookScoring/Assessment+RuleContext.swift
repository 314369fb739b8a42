import WorkbookModel
public import WorkbookRules

extension Assessment {
    /// The values rules read, taken from this assessment.
    ///
    /// Every field of `RuleRecord.Kind.schema` is filled: a value, or `.missing` with the
    /// reason (an unscored element, a question with one rating and so no spread), so a rule
    /// that needs it is listed as not evaluated rather than silently false.
    public func ruleContext(previous: Assessment? = nil) -> RuleContext {
        let consensus = self.consensus
        return RuleContext(
            overall: RuleRecord(
                id: "overall",
                fields: [
                    "score": number(overall?.score, missing: "nothing is scored"),
                    "percent": number(overall?.percent, missing: "nothing is scored"),
                    "coverage": number(coverage, missing: "no question applies"),
                    "band": text(overall?.band?.id, missing: "nothing is scored"),
                ]),
            chain: RuleRecord(
                id: "chain",
                fields: [
                    "strength": number(chainStrength?.score, missing: "no element is scored")
                ]),
            groups: groups.map(record),
            elements: elements.map { record($0, split: consensus.element($0.id)?.split ?? 0) },
            questions: elements.flatMap({ $0.questions })
                .map { record($0, split: consensus.question($0.id)?.status == .split) },
            previous: previous?.ruleContext())
    }

    private func record(_ group: GroupScore) -> RuleRecord {
        let unscored = "'\(group.group.title)' is not scored"
        let weight = workbook.elements(in: group.id).reduce(0) { $0 + $1.weight }
        return RuleRecord(
            id: group.id,
            fields: [
                "id": .value(.text(group.id)),
                "title": .value(.text(group.group.title)),
                "score": number(group.reading?.score, missing: unscored),
                "percent": number(group.reading?.percent, missing: unscored),
                "coverage": number(group.coverage, missing: "no question in '\(group.group.title)' applies"),
                "weight": .value(.number(weight)),
                "band": text(group.reading?.band?.id, missing: unscored),
                "position": text(group.group.position?.rawValue, missing: "'\(group.group.title)' has no position"),
            ])
    }

    private func record(_ element: ElementScore, split: Int) -> RuleRecord {
        let unscored = "'\(element.element.title)' is not scored"
        return RuleRecord(
            id: element.id,
            fields: [
                "id": .value(.text(element.id)),
                "title": .value(.text(element.element.title)),
                "group": text(element.element.group, missing: "'\(element.element.title)' has no group"),
                "score": number(element.score, missing: unscored),
                "percent": number(element.reading?.percent, missing: unscored),
                "coverage": number(
                    element.coverage, missing: "every question of '\(element.element.title)' is not applicable"),
                "weight": .value(.number(element.element.weight)),
                "index": .value(.number(Double(element.index))),
                "band": text(element.reading?.band?.id, missing: unscored),
                "answered": .value(.number(Double(element.answered))),
                "split": .value(.number(Double(split))),
            ])
    }

    private func record(_ question: QuestionScore, split: Bool) -> RuleRecord {
        let element = workbook.title(ofElement: question.question.element)
        let unscored =
            question.notApplicable
            ? "a question of '\(element)' is not applicable" : "a question of '\(element)' is not answered"
        return RuleRecord(
            id: question.id,
            fields: [
                "id": .value(.text(question.id)),
                "text": .value(.text(question.question.text)),
                "element": .value(.text(question.question.element)),
                "score": number(question.score, missing: unscored),
                "spread": number(question.spread, missing: unscored),
                "contested": .value(.bool(question.contested)),
                "split": .value(.bool(split)),
                "weight": .value(.number(question.question.weight)),
            ])
    }

    private func number(_ value: Double?, missing reason: String) -> RuleValue {
        value.map { .value(.number($0)) } ?? .missing(reason: reason)
    }

    private func text(_ value: String?, missing reason: String) -> RuleValue {
        value.map { .value(.text($0)) } ?? .missing(reason: reason)
    }
}
