import ArgumentParser
import WorkbookCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a workbook's outline: scale, bands, groups, elements and questions.",
        discussion: """
            Examples:
              workbook show pots
              workbook show workbooks/place-based-planning.yaml

            Exit status: 0 shown; 1 the workbook is invalid or cannot be read.
            """
    )

    @Argument(help: "A workbook file, or the id of a bundled workbook.", completion: .custom(completeWorkbooks))
    var workbook: String

    func run() throws {
        var console = Console()
        let loaded = try WorkbookArgument.load(workbook, console: &console)
        FileAccess.writeStandardOutput(OutlineRenderer.render(loaded))
    }
}

/// Bundled workbook ids and YAML files, for shell completion.
func completeWorkbooks(_ arguments: [String]) -> [String] {
    BundledWorkbooks.ids
}
