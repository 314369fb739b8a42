/// How a response moves from one version of a workbook to the next: `migrate --map MAP.yaml`
/// (and `trend --map`). Questions and elements not named keep their id.
public struct MigrationMap: Sendable, Equatable {
    /// Where one old id goes.
    public enum Destination: Sendable, Equatable {
        /// To one new id: renamed (or, when several old ids go to the same one, merged).
        case renamed(String)
        /// To several new ids: split, each taking the old answer.
        case split([String])
        /// Nowhere: removed in the new version; the old answer is kept in the notes.
        case removed

        /// The new ids it goes to.
        public var targets: [String] {
            switch self {
            case .renamed(let id): [id]
            case .split(let ids): ids
            case .removed: []
            }
        }
    }

    /// The workbook version it moves from, when the map says.
    public var from: String?
    /// The workbook version it moves to, when the map says.
    public var to: String?
    /// Old question id → where it goes, in file order.
    public var questions: [(id: String, destination: Destination)]
    /// Old element id → where it goes (for targets and actions), in file order.
    public var elements: [(id: String, destination: Destination)]

    /// Creates a map.
    public init(
        from: String? = nil, to: String? = nil, questions: [(id: String, destination: Destination)] = [],
        elements: [(id: String, destination: Destination)] = []
    ) {
        self.from = from
        self.to = to
        self.questions = questions
        self.elements = elements
    }

    /// Where an old question goes, if the map says.
    public func question(_ id: String) -> Destination? { questions.first { $0.id == id }?.destination }
    /// Where an old element goes, if the map says.
    public func element(_ id: String) -> Destination? { elements.first { $0.id == id }?.destination }

    /// Whether two maps have the same versions, and the same question and element moves in the same order.
    public static func == (lhs: MigrationMap, rhs: MigrationMap) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to
            && lhs.questions.map(\.id) == rhs.questions.map(\.id)
            && lhs.questions.map(\.destination) == rhs.questions.map(\.destination)
            && lhs.elements.map(\.id) == rhs.elements.map(\.id)
            && lhs.elements.map(\.destination) == rhs.elements.map(\.destination)
    }
}
