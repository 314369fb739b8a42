import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The words every format uses for agreement, split and stakeholder groups, in one place.
enum ConsensusWording {
    /// The rule, in one sentence a room can check by hand.
    static func rule(_ settings: ConsensusSettings) -> String {
        let share =
            abs(settings.splitShare - ConsensusSettings.scirocco) < 1e-9
            ? "a third" : NumberFormatting.fixed(settings.splitShare * 100, places: 0) + "%"
        var rule = "split when \(share) or more of the ratings lie outside the three levels around the median"
        if let iqr = settings.maxIQR { rule += ", or the interquartile range is above \(NumberFormatting.plain(iqr))" }
        return rule
    }

    /// Where the rule comes from, briefly, for text and Markdown.
    static let shortSource = "the SCIROCCO maturity self-assessment's rule; see docs/scoring.md"

    /// The source of the default rule, for a footnote.
    static let source =
        "the Delphi study of integrated care in Singapore with the SCIROCCO Exchange self-assessment tool (Lim and Yap, Int J Integr Care, doi:10.5334/ijic.7747, table 1): fewer than 4 of 12 ratings outside a 3-point region containing the median is agreement"

    /// "50%".
    static func percent(_ share: Double) -> String { NumberFormatting.fixed(share * 100, places: 0) + "%" }

    /// "2, IQR 1.5, 50% within a level".
    static func figures(_ question: QuestionConsensus) -> String {
        "median \(NumberFormatting.plain(question.median)), IQR \(NumberFormatting.plain(question.interquartileRange)), "
            + "\(percent(question.withinOneLevel)) within a level of it"
    }

    /// Whether a report has anything to say: a split question, or stakeholder groups.
    static func hasSomethingToSay(_ summary: ConsensusSummary) -> Bool {
        !summary.split.isEmpty || !summary.groups.isEmpty
    }

    /// "community 1.0 vs council 3.0: 2.0 apart".
    static func gap(_ gap: GroupGap) -> String {
        "\(gap.low) \(NumberFormatting.oneDecimal(gap.lowScore)) vs \(gap.high) \(NumberFormatting.oneDecimal(gap.highScore)): "
            + "\(NumberFormatting.oneDecimal(gap.gap)) apart"
    }
}
