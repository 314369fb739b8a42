package import WorkbookModel
import WorkbookSupport

/// The numbers of scoring without its explanations: what `compare` and `trend` keep for
/// each of thousands of responses.
///
/// `Scorer.assess` builds every question's score with its question, and every derivation,
/// for reports to show; a comparison keeps fifteen numbers per file. These functions compute
/// those numbers with the same arithmetic, in the same order, so they are bit-for-bit the
/// figures `assess` gives (a test checks that over generated responses), at a fraction of
/// the cost. `assess` uses the same pieces, so the two cannot drift apart.
extension Scorer {
    /// One element's figures.
    package struct ElementFigures: Sendable, Equatable {
        package var id: String
        /// 1-based position in the workbook.
        package var index: Int
        package var weight: Double
        package var score: Double?
        package var answered: Int
        package var applicable: Int
    }

    /// A response's figures: element by element, and overall.
    package struct Figures: Sendable, Equatable {
        package var elements: [ElementFigures]
        package var overall: Double?
        package var chainStrength: Double?
        package var chainElement: String?
        package var coverage: Double?
        /// Every weak link, weakest first; reports list the first `show`.
        package var weakLinks: [String]
    }

    /// Σ weight × value / Σ weight, accumulated term by term; nil when no weight went in.
    struct WeightedMean {
        private var totalWeight = 0.0
        private var total = 0.0

        mutating func add(_ value: Double, weight: Double) {
            totalWeight += weight
            total += weight * value
        }

        var value: Double? { totalWeight > 0 ? total / totalWeight : nil }
    }

    /// Finds each question's answer, asked in workbook order; a question answered twice
    /// keeps its first answer.
    ///
    /// Responses nearly always list their answers in workbook order, leaving out the questions
    /// not answered. That is checked once, by walking the workbook's questions and the answers
    /// together; then each question's answer is the next one or none, and no dictionary is
    /// built. A response out of order gets a dictionary of its answers.
    struct AnswerLookup {
        private let answers: [Answer]
        private var cursor = 0
        private let inOrder: Bool
        private var byQuestion: [String: Int]?

        init(_ response: Response, in workbook: Workbook) {
            answers = response.answers
            var matched = 0
            for element in workbook.elements.indices {
                let questions = workbook.elements[element].questions
                for question in questions.indices
                where matched < answers.count && answers[matched].questionID == questions[question].id {
                    matched += 1
                }
            }
            inOrder = matched == answers.count
        }

        mutating func answer(to question: String) -> Answer? {
            index(of: question).map { answers[$0] }
        }

        /// The value answered, without copying the rest of the answer (its strings and
        /// location), which figures never read.
        mutating func value(of question: String) -> Answer.Value? {
            guard let index = index(of: question) else { return nil }
            return answers[index].value
        }

        private mutating func index(of question: String) -> Int? {
            if cursor < answers.count, answers[cursor].questionID == question {
                cursor += 1
                return cursor - 1
            }
            if inOrder { return nil }
            if byQuestion == nil {
                byQuestion = Dictionary(keepingFirst: answers.indices.map { (answers[$0].questionID, $0) })
            }
            return byQuestion?[question]
        }
    }

    /// A question's score from its ratings: the rating, or their median (or mean).
    static func score(ofRatings ratings: [Double], in workbook: Workbook) -> Double? {
        if ratings.isEmpty { return nil }
        return workbook.aggregate == .mean ? Statistics.mean(ratings) : Statistics.median(ratings)
    }

    /// Every figure a comparison keeps, without building an `Assessment`.
    package static func figures(_ workbook: Workbook, _ response: Response) -> Figures {
        var answers = AnswerLookup(response, in: workbook)
        var elements: [ElementFigures] = []
        elements.reserveCapacity(workbook.elements.count)
        // Elements and questions are read in place, by index: a copy of either retains each of
        // its strings, hundreds of atomic operations per file for `compare`.
        let all = workbook.elements
        for offset in all.indices {
            var mean = WeightedMean()
            var answered = 0
            var applicable = 0
            let questions = all[offset].questions
            for index in questions.indices {
                let score: Double?
                switch answers.value(of: questions[index].id) {
                // One rating is its own median and mean: no array needed to say so.
                case .rating(let value)?: score = value
                case .ratings(let values)?: score = Self.score(ofRatings: values, in: workbook)
                case .notApplicable?: continue
                case .blank?, nil: score = nil
                }
                applicable += 1
                guard let score else { continue }
                answered += 1
                let weight = questions[index].weight
                if weight > 0 { mean.add(score, weight: weight) }
            }
            elements.append(
                ElementFigures(
                    id: all[offset].id, index: offset + 1, weight: all[offset].weight, score: mean.value,
                    answered: answered, applicable: applicable))
        }
        return figures(of: elements, in: workbook)
    }

    /// The overall figures from the elements' (shared by `assess` and `figures`).
    static func figures(of elements: [ElementFigures], in workbook: Workbook) -> Figures {
        var overall = WeightedMean()
        var weakest: ElementFigures?
        var answered = 0
        var applicable = 0
        for element in elements {
            answered += element.answered
            applicable += element.applicable
            guard let score = element.score else { continue }
            if element.weight > 0 { overall.add(score, weight: element.weight) }
            if weakest.map({ score < ($0.score ?? 0) }) ?? true { weakest = element }
        }
        return Figures(
            elements: elements, overall: overall.value, chainStrength: weakest?.score, chainElement: weakest?.id,
            coverage: applicable > 0 ? Double(answered) / Double(applicable) : nil,
            weakLinks: weakLinks(elements, in: workbook))
    }

    /// Weak links: elements scored below the threshold (`Workbook.isWeakLink`), weakest first
    /// (ties: higher weight, then workbook order). All of them: reports list the first `show`.
    static func weakLinks(_ elements: [ElementFigures], in workbook: Workbook) -> [String] {
        let weak = elements.filter { element in
            guard let score = element.score else { return false }
            return workbook.isWeakLink(score)
        }
        let sorted = weak.sorted { lhs, rhs in
            let (l, r) = (lhs.score ?? 0, rhs.score ?? 0)
            if l != r { return l < r }
            if lhs.weight != rhs.weight { return lhs.weight > rhs.weight }
            return lhs.index < rhs.index
        }
        return sorted.map({ $0.id })
    }
}

extension ElementScore {
    /// Its figures, without the questions and derivation.
    var figures: Scorer.ElementFigures {
        Scorer.ElementFigures(
            id: element.id, index: index, weight: element.weight, score: score, answered: answered,
            applicable: applicable)
    }
}
