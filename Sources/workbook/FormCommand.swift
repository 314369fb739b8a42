import ArgumentParser
import WorkbookCore

struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write an offline HTML form for a workshop that produces the response file."
    )

    @Argument(help: "A workbook file, or the id of a bundled workbook.", completion: .custom(completeWorkbooks))
    var workbook: String

    func run() throws {
        var console = Console()
        _ = try WorkbookArgument.load(workbook, console: &console)
        console.note("error: 'workbook form' is not built yet")
        throw ExitCode(1)
    }
}
