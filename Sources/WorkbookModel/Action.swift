public import WorkbookDiagnostics

/// Something a partnership agreed to do before the next round: who does what, by when, for
/// which elements. Written under `actions:` in a response; the next round's `trend` judges it.
public struct Action: Sendable, Equatable {
    /// Where an action stands. The room updates it at the next round.
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case planned
        case inProgress = "in-progress"
        case done
        case dropped

        /// How reports write it.
        public var label: String {
            switch self {
            case .planned: "planned"
            case .inProgress: "in progress"
            case .done: "done"
            case .dropped: "dropped"
            }
        }
    }

    /// The action's id, unique within its response; `new --from` carries it to the next round.
    public var id: String
    /// The elements it addresses, in file order (at least one).
    public var elements: [String]
    /// What will be done.
    public var what: String
    /// Who will do it, if named.
    public var owner: String?
    /// When it is due, `YYYY-MM-DD`, if set.
    public var due: String?
    /// Where it stands.
    public var status: Status
    /// How success will be measured, if said.
    public var measure: String?
    /// Where its mapping starts.
    public var location: FileLocation

    /// Creates an action.
    public init(
        id: String, elements: [String], what: String, owner: String? = nil, due: String? = nil,
        status: Status = .planned, measure: String? = nil, location: FileLocation
    ) {
        self.id = id
        self.elements = elements
        self.what = what
        self.owner = owner
        self.due = due
        self.status = status
        self.measure = measure
        self.location = location
    }

    /// Whether it addresses this element.
    public func addresses(_ element: String) -> Bool { elements.contains(element) }

    /// Whether it is still open: planned or in progress.
    public var isOpen: Bool { status == .planned || status == .inProgress }
}
