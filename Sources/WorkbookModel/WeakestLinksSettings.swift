public import WorkbookDiagnostics
import WorkbookSupport

/// Which elements count as weak links, and how many reports list.
///
/// One meaning everywhere (docs/scoring.md): a *weak link* is a scored element whose score,
/// as reports print it, is below `below`; the *weakest links* are the weak links, weakest
/// first, of which reports list `show` and say how many more there are.
public struct WeakestLinksSettings: Sendable, Equatable {
    /// Scored elements strictly below this are weak links. Without `weakest_links.below` in
    /// the file, the upper edge of the lowest band.
    public var below: Double
    /// At most this many are listed.
    public var show: Int
    /// Where `below:` is written, when it is.
    public var location: FileLocation?

    /// Creates the settings.
    public init(below: Double = 2.0, show: Int = 3, location: FileLocation? = nil) {
        self.below = below
        self.show = show
        self.location = location
    }
}
