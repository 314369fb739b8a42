public import WorkbookModel

/// Scores a response against its workbook: a pure function, the same inputs giving the same result.
///
/// The arithmetic is DESIGN.md's, and docs/scoring.md works it through by hand:
/// - a question scores its rating, or the median (or mean) of its workshop ratings;
/// - an element scores the weighted mean of its answered questions;
/// - a group, and the overall score, the weighted mean of their scored elements;
/// - the chain strength is the lowest scored element.
public enum Scorer {
    /// Scores one response.
    ///
    /// - Parameters:
    ///   - workbook: the workbook the response answers.
    ///   - response: the response.
    ///   - previous: the same area's earlier round, already scored, for change over time and
    ///     the targets it set.
    /// - Returns: every figure, with how it was derived. Rules are not run here (see `RuleEngine`).
    public static func assess(_ workbook: Workbook, _ response: Response, previous: Assessment? = nil) -> Assessment {
        var answers = AnswerLookup(response, in: workbook)
        let elements = workbook.elements.enumerated()
            .map { index, element in
                score(element, index: index + 1, answers: &answers, in: workbook)
            }
        let groups = workbook.groups.map { group in
            score(group, elements: elements.filter { $0.element.group == group.id }, in: workbook)
        }
        let figures = figures(of: elements.map({ $0.figures }), in: workbook)
        let allQuestions = elements.flatMap({ $0.questions })
        // A loop, not `first { $0.score.map(…) ?? false }?.id`: Swift 6.3.1's optimizer
        // (CopyPropagation) crashes on that form here in release builds.
        var breakPoint: String?
        if workbook.layout == .chain {
            for element in elements {
                if let score = element.score, workbook.isWeakLink(score) {
                    breakPoint = element.id
                    break
                }
            }
        }
        let previousRound = previous.map { earlier in
            PreviousRound(
                period: earlier.response.period, date: earlier.response.date, overall: earlier.overall?.score,
                elements: earlier.elements.map { ($0.id, $0.score) })
        }
        return Assessment(
            workbook: workbook,
            response: response,
            overall: figures.overall.map { ScoreReading($0, in: workbook) },
            chainStrength: figures.chainStrength.map { ScoreReading($0, in: workbook) },
            chainElement: figures.chainElement,
            coverage: figures.coverage,
            overallDerivation: weightedMean(of: elements),
            groups: groups,
            elements: elements,
            weakLinks: figures.weakLinks,
            breakPoint: breakPoint,
            contested: allQuestions.filter({ $0.contested }).map({ $0.id }),
            missing: allQuestions.filter { $0.score == nil && !$0.notApplicable }.map({ $0.id }),
            targetsMet: previous.map { targetsMet($0.response.targets, elements: elements) } ?? [],
            previous: previousRound)
    }

    // MARK: - Questions and elements

    static func score(_ question: Question, answer: Answer?, in workbook: Workbook) -> QuestionScore {
        var ratings: [Double] = []
        var notApplicable = false
        switch answer?.value {
        case .rating(let value)?: ratings = [value]
        case .ratings(let values)?: ratings = values
        case .notApplicable?: notApplicable = true
        case .blank?, nil: break
        }
        let score = score(ofRatings: ratings, in: workbook)
        let spread: Double? = ratings.isEmpty ? nil : (ratings.max() ?? 0) - (ratings.min() ?? 0)
        return QuestionScore(
            question: question, ratings: ratings, score: score, spread: spread,
            contested: (spread ?? 0) > workbook.consensus.maxSpread, notApplicable: notApplicable,
            evidence: answer?.evidence)
    }

    static func score(_ element: FrameworkElement, index: Int, answers: inout AnswerLookup, in workbook: Workbook)
        -> ElementScore
    {
        let questions = element.questions.map { score($0, answer: answers.answer(to: $0.id), in: workbook) }
        var derivation = Derivation(terms: [], excluded: [])
        for question in questions {
            if question.notApplicable {
                derivation.excluded.append(.init(id: question.id, reason: "not applicable"))
            } else if let score = question.score {
                if question.question.weight > 0 {
                    derivation.terms.append(.init(id: question.id, value: score, weight: question.question.weight))
                } else {
                    derivation.excluded.append(.init(id: question.id, reason: "weight 0"))
                }
            } else {
                derivation.excluded.append(.init(id: question.id, reason: "not answered"))
            }
        }
        let applicable = questions.filter { !$0.notApplicable }.count
        let answered = questions.filter { $0.score != nil }.count
        return ElementScore(
            element: element, index: index,
            reading: derivation.weightedMean.map { ScoreReading($0, in: workbook) },
            coverage: applicable > 0 ? Double(answered) / Double(applicable) : nil,
            answered: answered, applicable: applicable, questions: questions, derivation: derivation)
    }

    static func score(_ group: Group, elements: [ElementScore], in workbook: Workbook) -> GroupScore {
        let derivation = weightedMean(of: elements)
        let applicable = elements.reduce(0) { $0 + $1.applicable }
        let answered = elements.reduce(0) { $0 + $1.answered }
        return GroupScore(
            group: group,
            reading: derivation.weightedMean.map { ScoreReading($0, in: workbook) },
            coverage: applicable > 0 ? Double(answered) / Double(applicable) : nil,
            derivation: derivation)
    }

    /// The derivation of a weighted mean over elements: scored ones in, the rest out with why.
    static func weightedMean(of elements: [ElementScore]) -> Derivation {
        var derivation = Derivation(terms: [], excluded: [])
        for element in elements {
            if let score = element.score {
                if element.element.weight > 0 {
                    derivation.terms.append(.init(id: element.id, value: score, weight: element.element.weight))
                } else {
                    derivation.excluded.append(.init(id: element.id, reason: "weight 0"))
                }
            } else {
                derivation.excluded.append(.init(id: element.id, reason: "not scored"))
            }
        }
        return derivation
    }

    // MARK: - Weakest links, leverage, targets

    /// For each scored element: raise each of its answered questions one level (capped at the
    /// top of the scale), and see what that changes: the overall score, the chain strength,
    /// whether it leaves the weak links or changes band, and how many questions have room.
    ///
    /// Ranked by what a board would act on (docs/scoring.md): a move that takes an element out
    /// of the weak links first, then one that lifts the chain strength, then one that changes
    /// band; within each, the larger overall gain, then the weaker element, then workbook order.
    ///
    /// Linear in the number of elements: the overall score's sums are taken once and adjusted
    /// for each element, and the chain strength without an element is the lowest score, or
    /// the second lowest when that element is the only one at the lowest.
    static func leverage(_ elements: [ElementScore], in workbook: Workbook) -> [Leverage] {
        let counted = elements.filter { $0.score != nil && $0.element.weight > 0 }
        let totalWeight = counted.reduce(0) { $0 + $1.element.weight }
        let scores = elements.compactMap({ $0.score })
        guard totalWeight > 0, let lowest = scores.min() else { return [] }
        let atLowest = elements.filter { $0.score == lowest }.map({ $0.id })
        let secondLowest = scores.filter { $0 > lowest }.min()
        let top = workbook.scale.maximum
        var results: [(move: Leverage, index: Int)] = []
        for element in elements {
            guard let score = element.score else { continue }
            var raised = element.derivation
            raised.terms = raised.terms.map { term in
                var term = term
                term.value = oneLevelUp(from: term.value, on: workbook.scale)
                return term
            }
            let newScore = raised.weightedMean ?? score
            let weight = element.element.weight > 0 ? element.element.weight : 0
            let overallGain = weight * (newScore - score) / totalWeight
            let isSoleLowest = score == lowest && atLowest.count == 1
            let othersLowest = isSoleLowest ? secondLowest : lowest
            let newChain = othersLowest.map { min($0, newScore) } ?? newScore
            let newBand = workbook.band(for: newScore)
            results.append(
                (
                    Leverage(
                        element: element.id, score: score, newScore: newScore, overallGain: max(0, overallGain),
                        chainGain: max(0, newChain - lowest),
                        leavesWeakLinks: workbook.isWeakLink(score) && !workbook.isWeakLink(newScore),
                        newBand: newBand == workbook.band(for: score) ? nil : newBand,
                        questionsWithRoom: element.questions.filter { ($0.score ?? top) < top }.count,
                        tiedAtLowest: score == lowest ? Array(atLowest.lazy.filter { $0 != element.id }.prefix(3)) : [],
                        othersAtLowest: score == lowest ? atLowest.count - 1 : 0),
                    element.index
                ))
        }
        return
            results.sorted { lhs, rhs in
                let (left, right) = (lhs.move, rhs.move)
                if left.leavesWeakLinks != right.leavesWeakLinks { return left.leavesWeakLinks }
                if (left.chainGain > 1e-12) != (right.chainGain > 1e-12) { return left.chainGain > 1e-12 }
                if (left.newBand != nil) != (right.newBand != nil) { return left.newBand != nil }
                if abs(left.overallGain - right.overallGain) > 1e-12 { return left.overallGain > right.overallGain }
                if left.score != right.score { return left.score < right.score }
                return lhs.index < rhs.index
            }
            .map({ $0.move })
    }

    /// The scale value one level above the highest level at or below `score`, capped at the top.
    /// So 2 → 3 and 2.5 → 3 on a 0–4 scale, and 4 stays 4.
    static func oneLevelUp(from score: Double, on scale: Scale) -> Double {
        let values = scale.levels.map({ $0.value }).sorted()
        guard let floorLevel = values.last(where: { $0 <= score }) else { return values.first ?? score }
        return values.first { $0 > floorLevel } ?? floorLevel
    }

    static func targetsMet(_ targets: [Target], elements: [ElementScore]) -> [TargetStatus] {
        targets.map { target in
            let score = elements.first { $0.id == target.elementID }?.score
            return TargetStatus(
                element: target.elementID, target: target.level, score: score,
                reached: score.map { $0 >= target.level } ?? false)
        }
    }
}
