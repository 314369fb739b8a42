public import WorkbookModel
public import WorkbookScoring

/// A response's actions set against its weakest links: which weak links have an open action
/// (planned or in progress) and which have none, the open actions for other elements, and
/// those closed at this round (done or dropped). Every report format shows it.
public struct ActionPlan: Sendable, Equatable {
    /// One weakest link and the open actions addressing it (none: "no action agreed").
    public struct WeakLink: Sendable, Equatable {
        /// The element.
        public var element: String
        /// The open actions that name it, in file order.
        public var actions: [Action]
    }

    /// The weakest links, weakest first, each with its open actions.
    public var weakLinks: [WeakLink]
    /// Open actions that address no weakest link, in file order.
    public var otherActions: [Action]
    /// Actions done or dropped (judged at this round, carried no further), in file order.
    public var closed: [Action]

    /// The plan of one scored response.
    public init(_ assessment: Assessment) {
        let open = assessment.response.actions.filter({ $0.isOpen })
        weakLinks = assessment.weakestLinks.map { id in WeakLink(element: id, actions: open.filter { $0.addresses(id) })
        }
        otherActions = open.filter { action in !assessment.weakestLinks.contains(where: action.addresses) }
        closed = assessment.response.actions.filter { !$0.isOpen }
    }

    /// The weakest links no open action addresses.
    public var withoutAction: [String] { weakLinks.filter({ $0.actions.isEmpty }).map({ $0.element }) }

    /// Whether there is anything to show: a weakest link or an action.
    public var isEmpty: Bool { weakLinks.isEmpty && otherActions.isEmpty && closed.isEmpty }

    /// "volumes-review (done), champions-funding (dropped)".
    var closedList: String { closed.map { "\($0.id) (\($0.status.label))" }.joined(separator: ", ") }

    /// "owner, due 2026-03-31, in progress": what reports write after an action's text.
    public static func particulars(_ action: Action) -> String {
        [action.owner ?? "no owner named", action.due.map { "due \($0)" } ?? "no date set", action.status.label]
            .joined(separator: ", ")
    }
}
