public import WorkbookDiagnostics
import WorkbookSupport

/// A diagnostic framework: its rating scale, bands, groups, elements, questions and rules.
///
/// Built by `WorkbookLoader` from a workbook file; immutable afterwards. Lookups by id
/// (`element(_:)`, `group(_:)`) search the arrays: workbooks have tens of elements, and the
/// hot path (`Scorer.figures`) walks them in order instead of looking anything up.
public struct Workbook: Sendable, Equatable {
    /// How the framework is drawn in reports.
    public enum Layout: String, Sendable, Equatable, CaseIterable {
        /// Two sides and a centre (POTS, the Christmas Tree).
        case symmetric
        /// An ordered chain of steps (place-based planning).
        case chain
        /// Elements around a circle: any other framework.
        case radar
    }

    /// How a question's workshop ratings combine into one score.
    public enum Aggregate: String, Sendable, Equatable, CaseIterable {
        case median, mean
    }

    /// The workbook's id (lowercase letters, digits and '-').
    public var id: String
    /// Its version, compared with a response's `version`.
    public var version: String
    /// The framework's title.
    public var title: String
    /// What the framework is for, and what in it is the project's own convention.
    public var summary: String?
    /// The documents it is written from.
    public var sources: [Source]
    /// The rating scale every question uses.
    public var scale: Scale
    /// How ratings combine.
    public var aggregate: Aggregate
    /// How a score reads, lowest band first.
    public var bands: [Band]
    /// How it is drawn.
    public var layout: Layout
    /// The groups, in file order (may be empty).
    public var groups: [Group]
    /// The elements, in file order (for a chain, the order of the steps).
    public var elements: [FrameworkElement]
    /// Which scored elements count as weakest links.
    public var weakestLinks: WeakestLinksSettings
    /// When ratings disagree enough to be contested.
    public var consensus: ConsensusSettings
    /// Rules over the scores.
    public var rules: [Rule]
    /// Where the workbook's root mapping starts.
    public var location: FileLocation

    /// Creates a workbook.
    public init(
        id: String, version: String, title: String, summary: String?, sources: [Source], scale: Scale,
        aggregate: Aggregate, bands: [Band], layout: Layout, groups: [Group], elements: [FrameworkElement],
        weakestLinks: WeakestLinksSettings, consensus: ConsensusSettings, rules: [Rule], location: FileLocation
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.sources = sources
        self.scale = scale
        self.aggregate = aggregate
        self.bands = bands
        self.layout = layout
        self.groups = groups
        self.elements = elements
        self.weakestLinks = weakestLinks
        self.consensus = consensus
        self.rules = rules
        self.location = location
    }

    /// Every question, in workbook order.
    public var questions: [Question] { elements.flatMap({ $0.questions }) }

    /// The element with this id.
    public func element(_ id: String) -> FrameworkElement? { elements.first { $0.id == id } }

    /// The title of the element with this id, or the id itself when there is none.
    public func title(ofElement id: String) -> String {
        for element in elements where element.id == id { return element.title }
        return id
    }

    /// The group with this id.
    public func group(_ id: String) -> Group? { groups.first { $0.id == id } }

    /// The elements of a group, in workbook order.
    public func elements(in groupID: String) -> [FrameworkElement] { elements.filter { $0.group == groupID } }

    /// The band a score falls in: the first whose `below` is greater than the score as
    /// reports print it (one decimal).
    ///
    /// `below` is strict, so a score equal to a band's `below` reads as the next band up;
    /// 1.46 prints as 1.5 and so reads as the band that starts at 1.5.
    public func band(for score: Double) -> Band? {
        let reported = NumberFormatting.reported(score)
        return bands.first { band in band.below.map { reported < $0 } ?? true } ?? bands.last
    }

    /// Whether a score makes its element a weak link: below `weakest_links.below`, judged on
    /// the score as reports print it. The one definition every report, compare and trend use.
    public func isWeakLink(_ score: Double) -> Bool {
        NumberFormatting.reported(score) < weakestLinks.below
    }
}
