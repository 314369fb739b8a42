public import ArgumentParser
public import WorkbookCore

// The core's enums read straight from the command line; their cases are the accepted values,
// which also gives shell completion for --format and --fail-on. Either is read in any case
// ("HTML", "Critical"), as people type them.
extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// The format a file name asks for by its extension (`report.html`), if it names one.
    static func implied(byFileName name: String) -> ReportFormat? {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "html", "htm": return .html
        case "md", "markdown": return .markdown
        case "csv": return .csv
        case "json": return .json
        default: return nil
        }
    }
}

extension Rule.Severity: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
