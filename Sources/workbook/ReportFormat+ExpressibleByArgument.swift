public import ArgumentParser
public import WorkbookCore

// The core's enums read straight from the command line; their cases are the accepted values,
// which also gives shell completion for --format and --fail-on.
extension ReportFormat: ExpressibleByArgument {}
extension Rule.Severity: ExpressibleByArgument {}
