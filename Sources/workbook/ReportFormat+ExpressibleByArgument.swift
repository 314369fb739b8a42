public import ArgumentParser
public import WorkbookCore

// The core's enums read straight from the command line; their cases are the accepted values,
// which also gives shell completion for --format and --fail-on. Either is read in any case
// ("HTML", "Critical"), as people type them.
extension ReportFormat: ExpressibleByArgument {
    /// The format named `argument`, in any case; nil for any other word.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

extension Rule.Severity: ExpressibleByArgument {
    /// The severity named `argument`, in any case; nil for any other word.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
