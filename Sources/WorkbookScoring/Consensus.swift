public import WorkbookModel
import WorkbookSupport

/// Whether a workshop agrees on a question, where stakeholder groups see an element
/// differently: a pure function of a scored response (docs/scoring.md, "Agreement and split").
///
/// The rule is the one the Delphi study of integrated care in Singapore with the SCIROCCO
/// Exchange self-assessment tool publishes (Lim and Yap, International Journal of Integrated
/// Care, doi:10.5334/ijic.7747, table 1; adapted from the RAND/UCLA appropriateness method):
/// ratings are in **agreement** when fewer than four of twelve lie outside a three-point
/// region containing the median, and **split** otherwise; a split question is uncertain
/// whatever its median. Four of twelve is a third, so with any number of ratings a question
/// is split when at least a third of them lie outside the three levels around the median
/// (`consensus.split_share`). Delphi practice also reads an interquartile range above 1 (on a
/// 0–5 scale) as no consensus; a workbook may add that test with `consensus.max_iqr`.
public enum Consensus {
    /// The figures for one response.
    ///
    /// Works from the answers, not from an `Assessment`, so `compare` can keep an area's
    /// split counts and group gaps without scoring it in full; a response with no question
    /// rated more than once and no raters is answered at once.
    public static func summarise(_ workbook: Workbook, _ response: Response) -> ConsensusSummary {
        let threshold = workbook.consensus.groupGap ?? oneLevel(of: workbook.scale)
        let anyWorkshop =
            !response.raters.isEmpty
            || response.answers.contains { answer in
                if case .ratings(let values) = answer.value { values.count >= 2 } else { false }
            }
        guard anyWorkshop else {
            return ConsensusSummary(
                questions: [],
                elements: workbook.elements.map { ElementConsensus(element: $0.id, rated: 0, split: 0, groups: []) },
                groups: [], gaps: [], gapThreshold: threshold)
        }
        let groupOf = Dictionary(keepingFirst: response.raters.map { ($0.name, $0.group) })
        let groups = stakeholderGroups(response)
        var questions: [QuestionConsensus] = []
        var elements: [ElementConsensus] = []
        // Answers found in workbook order, as scoring finds them: no dictionary per response.
        var lookup = Scorer.AnswerLookup(response, in: workbook)
        let levels = workbook.scale.levels.map({ $0.value }).sorted()
        for element in workbook.elements {
            var split = 0
            var rated = 0
            let answers = element.questions.map { lookup.answer(to: $0.id) }
            for (question, answer) in zip(element.questions, answers) {
                guard case .ratings(let ratings)? = answer?.value, ratings.count >= 2 else { continue }
                let figures = figures(
                    ratings, id: question.id, element: element.id, settings: workbook.consensus, levels: levels)
                questions.append(figures)
                rated += 1
                if figures.status == .split { split += 1 }
            }
            let scores = groups.map { group in
                GroupScoreForElement(
                    group: group, score: score(element, group: group, answers: answers, groupOf: groupOf, in: workbook))
            }
            elements.append(ElementConsensus(element: element.id, rated: rated, split: split, groups: scores))
        }
        let gaps = elements.compactMap { gap(in: $0, threshold: threshold) }
        return ConsensusSummary(
            questions: questions, elements: elements, groups: groups, gaps: gaps, gapThreshold: threshold)
    }

    /// Median, quartiles, share in the three levels around the median, and status.
    ///
    /// - Parameters:
    ///   - ratings: the ratings, each a value of the scale.
    ///   - id: the question.
    ///   - element: its element.
    ///   - workbook: for the scale and the `consensus:` settings.
    /// - Returns: the figures; the status is nil for a single rating.
    static func figures(_ ratings: [Double], id: String, element: String, in workbook: Workbook) -> QuestionConsensus {
        figures(
            ratings, id: id, element: element, settings: workbook.consensus,
            levels: workbook.scale.levels.map({ $0.value }).sorted())
    }

    /// The same, with the scale's values sorted once for all of a response's questions
    /// (`compare` works this out for every question of thousands of files).
    static func figures(
        _ ratings: [Double], id: String, element: String, settings: ConsensusSettings, levels: [Double]
    ) -> QuestionConsensus {
        let sorted = ratings.sorted()
        let lower = Statistics.quantile(sorted: sorted, 0.25)
        let upper = Statistics.quantile(sorted: sorted, 0.75)
        let within = inRegionAroundMedian(sorted: sorted, levels: levels)
        let status =
            ratings.count >= 2
            ? self.status(count: ratings.count, within: within, spread: upper - lower, settings: settings) : nil
        return QuestionConsensus(
            question: id, element: element, count: ratings.count, median: Statistics.quantile(sorted: sorted, 0.5),
            lowerQuartile: lower, upperQuartile: upper,
            withinOneLevel: ratings.isEmpty ? 0 : Double(within) / Double(ratings.count), status: status)
    }

    /// Agreement or split, from how many of `count` ratings lie in the three levels around
    /// the median and the interquartile range (`spread`).
    static func status(count: Int, within: Int, spread: Double, settings: ConsensusSettings) -> ConsensusStatus {
        let outside = Double(count - within)
        // A small allowance, so that a share written 0.3333 still reads 4 of 12 as a third.
        let tooMany = outside >= settings.splitShare * Double(count) - 1e-4 * Double(count)
        let tooWide = settings.maxIQR.map { spread > $0 + 1e-9 } ?? false
        return tooMany || tooWide ? .split : .agreement
    }

    /// How many questions are split, per element in workbook order: the `split` of each of
    /// `summarise`'s elements, without the rest of its figures (`compare` keeps only these
    /// for an area whose ratings name no raters, and so no stakeholder groups).
    public static func splitCounts(_ workbook: Workbook, _ response: Response) -> [Int] {
        var lookup = Scorer.AnswerLookup(response, in: workbook)
        let levels = workbook.scale.levels.map({ $0.value }).sorted()
        let settings = workbook.consensus
        // Read in place, by index, as `Scorer.figures` reads them.
        let elements = workbook.elements
        return elements.indices.map { element in
            var split = 0
            let questions = elements[element].questions
            for index in questions.indices {
                guard case .ratings(let ratings)? = lookup.value(of: questions[index].id), ratings.count >= 2 else {
                    continue
                }
                let sorted = ratings.sorted()
                // The spread is worked out only for a workbook that sets a limit on it.
                let spread =
                    settings.maxIQR == nil
                    ? 0 : Statistics.quantile(sorted: sorted, 0.75) - Statistics.quantile(sorted: sorted, 0.25)
                let within = inRegionAroundMedian(sorted: sorted, levels: levels)
                if status(count: sorted.count, within: within, spread: spread, settings: settings) == .split {
                    split += 1
                }
            }
            return split
        }
    }

    /// How many ratings lie in the three levels around the median: the median's level and
    /// the one either side; for a median between two levels, the better filled of the two
    /// three-level regions that contain it. Levels are counted by position on the scale, so
    /// a scale of 0, 25, 50, 75, 100 works as one of 0 to 4.
    ///
    /// - Parameters:
    ///   - sorted: the ratings, lowest first.
    ///   - levels: the scale's values, lowest first.
    /// - Returns: the number of ratings in that region (0 when there are none).
    static func inRegionAroundMedian(sorted: [Double], levels: [Double]) -> Int {
        // Positions keep the ratings' order, so their median is the middle of the list:
        // each is looked up where needed, with no list of them made (`compare` asks this
        // of every rated question of thousands of files).
        guard !sorted.isEmpty else { return 0 }
        func position(_ index: Int) -> Double { Double(levels.firstIndex(of: sorted[index]) ?? 0) }
        let halfway = 0.5 * Double(sorted.count - 1)
        let lower = Int(halfway.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let middle = position(lower) + (position(upper) - position(lower)) * (halfway - Double(lower))
        func count(_ low: Double, _ high: Double) -> Int {
            var inside = 0
            for index in sorted.indices {
                let position = position(index)
                if position >= low && position <= high { inside += 1 }
            }
            return inside
        }
        if middle == middle.rounded(.down) { return count(middle - 1, middle + 1) }
        let below = middle.rounded(.down)
        return max(count(below - 1, below + 1), count(below, below + 2))
    }

    /// The stakeholder groups in the order the response declares them, then any others in
    /// the order raters name them.
    static func stakeholderGroups(_ response: Response) -> [String] {
        var groups = response.stakeholderGroups.filter { group in response.raters.contains { $0.group == group } }
        for rater in response.raters {
            if let group = rater.group, !groups.contains(group) { groups.append(group) }
        }
        return groups
    }

    /// An element's score from one group's ratings alone: each question the group rated
    /// scores the median (or mean) of the group's ratings, and the element the weighted mean
    /// of those, as for the whole room. Nil when the group rated none of its questions.
    static func score(
        _ element: FrameworkElement, group: String, answers: [Answer?], groupOf: [String: String?],
        in workbook: Workbook
    ) -> Double? {
        var mean = Scorer.WeightedMean()
        for (question, answer) in zip(element.questions, answers) where question.weight > 0 {
            guard let answer, case .ratings(let values) = answer.value,
                values.count == answer.raters.count
            else { continue }
            let mine = zip(values, answer.raters).filter { (groupOf[$0.1] ?? nil) == group }.map({ $0.0 })
            if let score = Scorer.score(ofRatings: mine, in: workbook) { mean.add(score, weight: question.weight) }
        }
        return mean.value
    }

    /// The lowest and highest group on an element, when they are at least `threshold` apart.
    static func gap(in element: ElementConsensus, threshold: Double) -> GroupGap? {
        let scored = element.groups.compactMap { group in group.score.map { (group.group, $0) } }
        guard let low = scored.min(by: { $0.1 < $1.1 }), let high = scored.max(by: { $0.1 < $1.1 }),
            high.1 - low.1 >= threshold - 1e-9, high.1 > low.1
        else { return nil }
        return GroupGap(element: element.element, low: low.0, lowScore: low.1, high: high.0, highScore: high.1)
    }

    /// One level of the scale: the smallest step between two neighbouring values.
    static func oneLevel(of scale: Scale) -> Double {
        let values = scale.levels.map({ $0.value }).sorted()
        return zip(values, values.dropFirst()).map { $1 - $0 }.min() ?? 1
    }
}

extension Assessment {
    /// Agreement and split per question, split counts and stakeholder groups per element.
    ///
    /// Worked out when asked for, from the scores and the response's raters; a reporter
    /// asks once and keeps the value.
    public var consensus: ConsensusSummary { Consensus.summarise(workbook, response) }
}
