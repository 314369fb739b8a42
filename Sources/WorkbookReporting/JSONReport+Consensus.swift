import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The JSON report's `consensus` object (docs/json.md): who rated, agreement and split per
/// question, split counts and stakeholder-group scores per element, and the group gaps.
extension JSONReport {
    static func consensus(_ assessment: Assessment) -> JSONValue {
        let summary = assessment.consensus
        let settings = assessment.workbook.consensus
        let response = assessment.response
        return .object([
            ("rule", .string(ConsensusWording.rule(settings))),
            ("splitShare", .number(settings.splitShare)),
            ("maxIQR", .number(settings.maxIQR)),
            ("groupGap", .number(summary.gapThreshold)),
            (
                "raters",
                .array(
                    response.raters.map { rater in
                        .object([("name", .string(rater.name)), ("group", .string(rater.group))])
                    })
            ),
            ("stakeholderGroups", .array(summary.groups.map { .string($0) })),
            (
                "questions",
                .array(
                    summary.questions.map { question in
                        .object([
                            ("id", .string(question.question)), ("element", .string(question.element)),
                            ("count", .integer(question.count)), ("median", .number(question.median)),
                            ("lowerQuartile", .number(question.lowerQuartile)),
                            ("upperQuartile", .number(question.upperQuartile)),
                            ("iqr", .number(question.interquartileRange)),
                            ("withinOneLevel", .number(question.withinOneLevel)),
                            ("status", .string(question.status?.rawValue)),
                        ])
                    })
            ),
            (
                "elements",
                .array(
                    summary.elements.map { element in
                        .object([
                            ("id", .string(element.element)), ("rated", .integer(element.rated)),
                            ("split", .integer(element.split)),
                            (
                                "groups",
                                .array(
                                    element.groups.map { group in
                                        .object([("group", .string(group.group)), ("score", .number(group.score))])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "groupGaps",
                .array(
                    summary.gaps.map { gap in
                        .object([
                            ("element", .string(gap.element)), ("low", .string(gap.low)),
                            ("lowScore", .number(gap.lowScore)),
                            ("high", .string(gap.high)), ("highScore", .number(gap.highScore)),
                            ("gap", .number(gap.gap)),
                        ])
                    })
            ),
        ])
    }
}
