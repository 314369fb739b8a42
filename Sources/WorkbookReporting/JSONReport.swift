import WorkbookModel
import WorkbookRules
import WorkbookScoring
public import WorkbookSupport

/// The report as JSON: the contract other tools rely on (DESIGN.md, "The JSON report").
///
/// camelCase keys in a fixed order, `schemaVersion` first, `null` for anything unscored,
/// numbers at full precision. docs/json.md documents every key.
public struct JSONReport: ReportRenderer {
    /// Bumped when a key is removed or changes meaning; adding keys does not bump it.
    public static let schemaVersion = 1
    /// The format's name on the command line.
    public static let identifier = "json"
    /// The file extension of its files in `reports/`.
    public static let fileExtension = "json"

    /// Creates the renderer.
    public init() {}

    /// The report as JSON.
    public func render(_ report: Report, options: RenderOptions) -> String {
        value(report).serialized()
    }

    /// The report as a JSON value (also embedded in the HTML report).
    public func value(_ report: Report) -> JSONValue {
        let assessment = report.assessment
        let workbook = assessment.workbook
        let response = assessment.response
        return .object([
            ("schemaVersion", .integer(Self.schemaVersion)),
            (
                "workbook",
                .object([
                    ("id", .string(workbook.id)), ("version", .string(workbook.version)),
                    ("title", .string(workbook.title)),
                ])
            ),
            ("area", .string(response.area)),
            ("plan", .string(response.plan)),
            ("period", .string(response.period)),
            ("date", .string(response.date)),
            ("facilitator", .string(response.facilitator)),
            ("participants", participants(response.participants)),
            ("overall", reading(assessment.overall)),
            ("chainStrength", .number(assessment.chainStrength?.score)),
            ("chainElement", .string(assessment.chainElement)),
            ("coverage", .number(assessment.coverage)),
            ("answered", .integer(assessment.answeredCount)),
            ("applicable", .integer(assessment.applicableCount)),
            ("lowCoverage", .bool(assessment.isLowCoverage)),
            ("nothingAnswered", .bool(assessment.nothingAnswered)),
            ("lowCoverageThreshold", .number(Assessment.lowCoverageThreshold)),
            ("groups", .array(assessment.groups.map(group))),
            ("elements", .array(assessment.elements.map(element))),
            ("weakestLinks", .array(assessment.weakestLinks.map { .string($0) })),
            ("weakLinks", .array(assessment.weakLinks.map { .string($0) })),
            ("weakLinkThreshold", .number(workbook.weakestLinks.below)),
            ("breakPoint", .string(assessment.breakPoint)),
            ("contested", .array(assessment.contested.map { .string($0) })),
            ("missing", .array(assessment.missing.map { .string($0) })),
            ("findings", .array(report.findings.map(finding))),
            (
                "notEvaluated",
                .array(
                    report.notEvaluated.map { item in
                        .object([
                            ("rule", .string(item.rule)), ("subject", .string(item.subjectID)),
                            ("reason", .string(item.reason)),
                            ("needsPrevious", .bool(item.needsPrevious)),
                        ])
                    })
            ),
            ("overallDerivation", derivation(assessment.overallDerivation)),
            ("leverage", .array(assessment.leverage.map(leverage))),
            (
                "targets",
                .array(
                    response.targets.map { target in
                        .object([("element", .string(target.elementID)), ("target", .number(target.level))])
                    })
            ),
            ("actions", ActionPlan.json(response.actions)),
            ("weakestLinksWithoutAction", .array(ActionPlan(assessment).withoutAction.map { .string($0) })),
            ("previous", previous(assessment)),
            ("consensus", Self.consensus(assessment)),
            ("actionReview", report.actionReview.map { TrendRenderer.actionJSON($0, workbook) } ?? .null),
        ])
    }

    private func participants(_ participants: Response.Participants?) -> JSONValue {
        guard let participants else { return .null }
        return .object([
            ("count", participants.count.map { .integer($0) } ?? .null),
            ("names", .array(participants.names.map { .string($0) })),
        ])
    }

    private func leverage(_ item: Leverage) -> JSONValue {
        .object([
            ("element", .string(item.element)), ("score", .number(item.score)),
            ("newScore", .number(item.newScore)), ("overallGain", .number(item.overallGain)),
            ("chainGain", .number(item.chainGain)), ("leavesWeakLinks", .bool(item.leavesWeakLinks)),
            ("newBand", .string(item.newBand?.id)), ("questionsWithRoom", .integer(item.questionsWithRoom)),
        ])
    }

    private func reading(_ reading: ScoreReading?) -> JSONValue {
        .object([
            ("score", .number(reading?.score)), ("percent", .number(reading?.percent)),
            ("band", .string(reading?.band?.id)),
        ])
    }

    private func group(_ group: GroupScore) -> JSONValue {
        .object([
            ("id", .string(group.id)), ("title", .string(group.group.title)),
            ("score", .number(group.reading?.score)), ("percent", .number(group.reading?.percent)),
            ("band", .string(group.reading?.band?.id)), ("coverage", .number(group.coverage)),
            ("derivation", derivation(group.derivation)),
        ])
    }

    private func element(_ element: ElementScore) -> JSONValue {
        .object([
            ("id", .string(element.id)), ("group", .string(element.element.group)),
            ("title", .string(element.element.title)), ("weight", .number(element.element.weight)),
            ("score", .number(element.reading?.score)), ("percent", .number(element.reading?.percent)),
            ("band", .string(element.reading?.band?.id)), ("coverage", .number(element.coverage)),
            ("answered", .integer(element.answered)), ("applicable", .integer(element.applicable)),
            ("derivation", derivation(element.derivation)),
            ("questions", .array(element.questions.map(question))),
        ])
    }

    private func question(_ question: QuestionScore) -> JSONValue {
        .object([
            ("id", .string(question.id)), ("weight", .number(question.question.weight)),
            ("score", .number(question.score)),
            ("ratings", .array(question.ratings.map { .number($0) })),
            ("spread", .number(question.spread)), ("contested", .bool(question.contested)),
            ("notApplicable", .bool(question.notApplicable)), ("evidence", .string(question.evidence)),
        ])
    }

    private func derivation(_ derivation: Derivation) -> JSONValue {
        .object([
            (
                "terms",
                .array(
                    derivation.terms.map { term in
                        .object([
                            ("id", .string(term.id)), ("value", .number(term.value)), ("weight", .number(term.weight)),
                        ])
                    })
            ),
            (
                "excluded",
                .array(
                    derivation.excluded.map { item in
                        .object([("id", .string(item.id)), ("reason", .string(item.reason))])
                    })
            ),
        ])
    }

    private func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
            ("element", .string(finding.element)), ("subject", .string(finding.subjectID)),
            ("message", .string(finding.message)), ("recommendation", .string(finding.recommendation)),
        ])
    }

    private func previous(_ assessment: Assessment) -> JSONValue {
        guard let previous = assessment.previous else { return .null }
        return .object([
            ("period", .string(previous.period)), ("date", .string(previous.date)),
            ("overall", .number(previous.overall)),
            (
                "targetsMet",
                .array(
                    assessment.targetsMet.map { status in
                        .object([
                            ("element", .string(status.element)), ("target", .number(status.target)),
                            ("score", .number(status.score)), ("reached", .bool(status.reached)),
                        ])
                    })
            ),
        ])
    }
}
