public import WorkbookModel
public import WorkbookScoring

/// One response reduced to the figures comparisons need: what `compare` and `trend` keep
/// per file once it is scored, so a folder of thousands of responses is never held whole.
public struct AreaSummary: Sendable, Equatable {
    /// The file it came from, as the user named it.
    public var file: String
    /// Who was assessed.
    public var area: String
    /// The plan assessed within the area, if the response names one.
    public var plan: String?
    /// The round.
    public var period: String
    /// The date, if given.
    public var date: String?
    /// The workbook version the response says it was written for, if it says.
    public var statedVersion: String?
    /// The overall score.
    public var overall: Double?
    /// The chain strength.
    public var chainStrength: Double?
    /// Answered ÷ applicable questions.
    public var coverage: Double?
    /// The element ids of the workbook version it was scored on, in workbook order.
    public var elementIDs: [String]
    /// Element scores, parallel to `elementIDs` (nil when unscored).
    public var elementScores: [Double?]
    /// Every weak link, weakest first (not only the `show` a report lists).
    public var weakestLinks: [String]
    /// Targets the response set for the next round.
    public var targets: [Target]
    /// Actions the response lists (agreed for the next round, or carried over and updated).
    public var actions: [Action] = []
    /// How many questions are split, per element, parallel to `elementIDs`; empty when none is.
    public var splitCounts: [Int] = []
    /// Elements where the area's stakeholder groups are a level or more apart.
    public var groupGaps: [GroupGap] = []

    /// Creates a summary from its figures.
    public init(
        file: String, area: String, plan: String? = nil, period: String, date: String? = nil,
        statedVersion: String? = nil,
        overall: Double?, chainStrength: Double?, coverage: Double?, elementIDs: [String], elementScores: [Double?],
        weakestLinks: [String], targets: [Target] = []
    ) {
        self.file = file
        self.area = area
        self.plan = plan
        self.period = period
        self.date = date
        self.statedVersion = statedVersion
        self.overall = overall
        self.chainStrength = chainStrength
        self.coverage = coverage
        self.elementIDs = elementIDs
        self.elementScores = elementScores
        self.weakestLinks = weakestLinks
        self.targets = targets
    }

    /// Reduces an assessment to its summary.
    public init(_ assessment: Assessment, file: String) {
        self.file = file
        area = assessment.response.area
        plan = assessment.response.plan
        period = assessment.response.period
        date = assessment.response.date
        statedVersion = assessment.response.workbookVersion
        overall = assessment.overall?.score
        chainStrength = assessment.chainStrength?.score
        coverage = assessment.coverage
        elementIDs = assessment.elements.map({ $0.id })
        elementScores = assessment.elements.map({ $0.score })
        weakestLinks = assessment.weakLinks
        targets = assessment.response.targets
        actions = assessment.response.actions
        keepConsensus(of: assessment.response, on: assessment.workbook)
    }

    /// Keeps the split counts and group gaps `compare` reports across areas.
    mutating func keepConsensus(of response: Response, on workbook: Workbook) {
        let counts: [Int]
        if response.raters.isEmpty {
            // With no raters there are no stakeholder groups, so no gaps: only the split counts.
            counts = Consensus.splitCounts(workbook, response)
            groupGaps = []
        } else {
            let summary = Consensus.summarise(workbook, response)
            counts = summary.elements.map({ $0.split })
            groupGaps = summary.gaps
        }
        splitCounts = counts.contains { $0 > 0 } ? counts : []
    }

    /// How many questions of an element are split here (0 when none, or not in this round's workbook).
    public func splitCount(_ element: String) -> Int {
        guard !splitCounts.isEmpty, let index = elementIDs.firstIndex(of: element) else { return 0 }
        return splitCounts[index]
    }

    /// The area, with the plan when one is named: the unit compared and followed.
    public var assessed: String { Response.assessed(area: area, plan: plan) }

    /// The score of an element, nil when unscored or not in this round's workbook.
    public func score(_ element: String) -> Double? {
        elementIDs.firstIndex(of: element).flatMap { elementScores[$0] }
    }

    /// The score of an element expected at `index` in workbook order (where it nearly always
    /// is: a comparison's responses share their workbook), found by id if it is elsewhere.
    func score(_ element: String, at index: Int) -> Double? {
        if index < elementIDs.count, elementIDs[index] == element { return elementScores[index] }
        return score(element)
    }

    /// Scores and summarises one loaded response: the same figures as
    /// `init(Scorer.assess(...), file:)`, without building the whole assessment.
    public init(_ loaded: LoadedResponse, file: String) {
        let response = loaded.response
        let figures = Scorer.figures(loaded.workbook, response)
        self.init(
            file: file, area: response.area, plan: response.plan, period: response.period, date: response.date,
            statedVersion: response.workbookVersion, overall: figures.overall, chainStrength: figures.chainStrength,
            coverage: figures.coverage, elementIDs: figures.elements.map({ $0.id }),
            elementScores: figures.elements.map({ $0.score }),
            weakestLinks: figures.weakLinks, targets: response.targets)
        actions = response.actions
        keepConsensus(of: response, on: loaded.workbook)
    }
}
