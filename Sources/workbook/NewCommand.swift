import ArgumentParser
import WorkbookCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a response file to fill in: every question, blank, with its text as a comment.",
        discussion: """
            The file lists every question id with its text as a comment, and the scale at the \
            top. It passes 'workbook check' as it is; fill in ratings as the workshop goes \
            (or use 'workbook form' for an offline form that writes the file). With -o, an \
            existing file is never overwritten: a filled-in response is a day's work.

            Examples:
              workbook new pots --area Northmoor --period 2025/26 -o northmoor.yaml
              workbook new place-based-planning --area Riverside --period 2026

            Exit status: 0 written; 1 the workbook is invalid or cannot be read, the file \
            already exists, or it cannot be written.
            """
    )

    @Argument(help: "A workbook file, or the id of a bundled workbook.", completion: .custom(completeWorkbooks))
    var workbook: String

    @Option(help: "Who is assessed (an area, a partnership).")
    var area: String

    @Option(help: "The assessment round, for example 2025/26.")
    var period: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        var console = Console()
        // What the loader would refuse in the file is refused here, before it is written.
        for (name, value) in [("--area", area), ("--period", period)] {
            if value.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                console.note("error: \(name) is empty")
                throw ExitCode(1)
            }
            if value.unicodeScalars.contains(where: { String.isRefusedControl($0) || $0 == "\n" }) {
                console.note("error: \(name) holds a control character or line break: \(value.visibleControls())")
                throw ExitCode(1)
            }
        }
        let loaded = try WorkbookArgument.load(workbook, console: &console)
        let text = ResponseTemplate.render(for: loaded, area: area, period: period)
        guard let output else {
            FileAccess.writeStandardOutput(text)
            return
        }
        do {
            try FileAccess.write(Array(text.utf8), to: output, inputs: [workbook], overwrite: false)
            console.note("wrote \(output): \(loaded.questions.count) questions to answer")
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
    }
}
