public import WorkbookDiagnostics

/// One area's answers to a workbook in one assessment round.
public struct Response: Sendable, Equatable {
    /// Who took part, as the file says it: a head count, the people or organisations by
    /// name, or both. Reports show it as written and never count names as people.
    public struct Participants: Sendable, Equatable {
        /// How many people took part, when stated.
        public var count: Int?
        /// The people or organisations named, in file order (one text is one entry).
        public var names: [String]

        /// Creates a record of who took part.
        public init(count: Int?, names: [String]) {
            self.count = count
            self.names = names
        }
    }

    /// The workbook id it answers.
    public var workbookID: String
    /// The workbook version it was written for, if stated.
    public var workbookVersion: String?
    /// Who was assessed.
    public var area: String
    /// What within the area was assessed, if the response says: one delivery plan or
    /// programme ("Tobacco control"). Nil for the whole area. Area and plan together are
    /// the unit that `compare` and `trend` follow.
    public var plan: String?
    /// The assessment round ("2025/26").
    public var period: String
    /// When, as `YYYY-MM-DD`.
    public var date: String?
    /// Who ran the workshop.
    public var facilitator: String?
    /// Who took part.
    public var participants: Participants?
    /// Free notes.
    public var notes: String?
    /// Levels aimed for by the next round, by element id, in file order.
    public var targets: [Target]
    /// The answers, in file order.
    public var answers: [Answer]
    /// What the partnership agreed to do before the next round, in file order.
    public var actions: [Action] = []
    /// Where the response's root mapping starts.
    public var location: FileLocation
    /// The tables or people who rated, declared under `raters:`, in file order.
    public var raters: [Rater]
    /// The one rater of a table's own file (`rater:`), when it names one.
    public var rater: Rater?
    /// The stakeholder groups a rater may belong to (`stakeholder_groups:`); empty when not declared.
    public var stakeholderGroups: [String]

    /// Creates a response.
    public init(
        workbookID: String, workbookVersion: String?, area: String, plan: String? = nil, period: String, date: String?,
        facilitator: String?, participants: Participants?, notes: String?, targets: [Target], answers: [Answer],
        location: FileLocation, raters: [Rater] = [], rater: Rater? = nil, stakeholderGroups: [String] = []
    ) {
        self.raters = raters
        self.rater = rater
        self.stakeholderGroups = stakeholderGroups
        self.workbookID = workbookID
        self.workbookVersion = workbookVersion
        self.area = area
        self.plan = plan
        self.period = period
        self.date = date
        self.facilitator = facilitator
        self.participants = participants
        self.notes = notes
        self.targets = targets
        self.answers = answers
        self.location = location
    }

    /// The area, with the plan when one is named: what reports print as the subject.
    public var assessed: String { Response.assessed(area: area, plan: plan) }

    /// "Eastbridge – Tobacco control", or just "Eastbridge" when no plan is named.
    public static func assessed(area: String, plan: String?) -> String {
        plan.map { "\(area) – \($0)" } ?? area
    }

    /// The answer to a question, if one was given.
    public func answer(_ questionID: String) -> Answer? { answers.first { $0.questionID == questionID } }
}
