/// One problem found in an input, with where it is and what would fix it.
///
/// Diagnostics are values: every stage of the pipeline collects them instead of throwing,
/// so a facilitator sees every mistake in a file at once.
public struct Diagnostic: Sendable, Equatable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable, Hashable, Comparable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// Whether `lhs` is less serious than `rhs` (a note, then a warning, then an error).
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is; only `.error` makes a file invalid.
    public var severity: Severity
    /// A stable identifier, independent of the wording (for tests and tools).
    public var code: DiagnosticCode
    /// What is wrong, in words a facilitator can act on.
    public var message: String
    /// Where it is, when it comes from a file.
    public var location: FileLocation?
    /// What would be right, when we can say (for example "did you mean 'weight'?").
    public var hint: String?
    /// How many characters the problem covers from `location`, when known (for `^~~~`).
    public var length: Int?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ code: DiagnosticCode,
        _ message: String,
        at location: FileLocation?,
        hint: String? = nil,
        length: Int? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.length = length
    }

    /// An error diagnostic.
    public static func error(
        _ code: DiagnosticCode, _ message: String, at location: FileLocation?, hint: String? = nil,
        length: Int? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, hint: hint, length: length)
    }

    /// A warning diagnostic.
    public static func warning(
        _ code: DiagnosticCode, _ message: String, at location: FileLocation?, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, hint: hint)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `file:line:col: error: message [code]`, without the source snippet.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in file order (by location, then by the order they were found).
    public func sortedByLocation() -> [Diagnostic] {
        enumerated()
            .sorted { lhs, rhs in
                switch (lhs.element.location, rhs.element.location) {
                case let (l?, r?) where l != r: return l < r
                case (nil, _?): return true
                case (_?, nil): return false
                default: return lhs.offset < rhs.offset
                }
            }
            .map({ $0.element })
    }
}
