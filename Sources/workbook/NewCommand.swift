import ArgumentParser
import WorkbookCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract:
            "Write a response file to fill in: every question, blank, with its text as a comment; or the next round from the last.",
        discussion: """
            The file lists every question id with its text as a comment, and the scale at the \
            top. It passes 'workbook check' as it is; fill in ratings as the workshop goes \
            (or use 'workbook form' for an offline form that writes the file). With -o, an \
            existing file is never overwritten: a filled-in response is a day's work.

            With --from LAST.yaml it starts the same area's next round: last round's targets \
            and open actions are carried over (update each action's status), its evidence \
            notes are shown as comments ("last round: ..."), and every rating is left blank to \
            be re-rated, never copied. --area defaults to last round's area. If the workbook \
            changed version, move last round's file first with 'workbook migrate'.

            Examples:
              workbook new pots --area Northmoor --period 2025/26 -o northmoor.yaml
              workbook new place-based-planning --area Riverside --period 2026
              workbook new christmas-tree --area Eastbridge --plan CVD --period 2009/10
              workbook new pots --from examples/rounds/harrowgate-moor-2025.yaml \\
                  --period 2026/27 -o harrowgate-moor-2026.yaml

            Exit status: 0 written; 1 the workbook is invalid or cannot be read, the file \
            already exists, or it cannot be written.
            """
    )

    @Argument(help: "A workbook file, or the id of a bundled workbook.", completion: .custom(completeWorkbooks))
    var workbook: String

    @Option(help: "Who is assessed (an area, a partnership); with --from, last round's area by default.")
    var area: String?

    @Option(help: "What within the area is assessed, for example one delivery plan (\"Tobacco control\").")
    var plan: String?

    @Option(help: "The assessment round, for example 2025/26.")
    var period: String

    @Option(
        help: ArgumentHelp(
            "Last round's response for the same area: carry its targets and actions over.", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var from: String?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        var console = Console()
        let compiled = try WorkbookArgument.compile(workbook, console: &console)
        let loaded = compiled.workbook
        let last = try from.map { try console.loadResponse($0, resolver: .only(compiled)).response }
        guard let area = area ?? last?.area else {
            console.note("error: give --area, the area this response assesses (or --from last round's file)")
            throw ExitCode.validationFailure
        }
        // What the loader would refuse in the file is refused here, before it is written.
        for (name, value) in [("--area", area), ("--period", period)] {
            if value.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                console.note("error: \(name) is empty")
                throw ExitCode(1)
            }
            if value.unicodeScalars.contains(where: String.isRefusedControl) {
                console.note("error: \(name) holds a control character: \(value.visibleControls())")
                throw ExitCode(1)
            }
        }
        if let last, last.period == period {
            console.note("warning: \(from ?? "") is already the round \(period); give the next round's --period")
        }
        let text = ResponseTemplate.render(
            for: loaded, area: area, plan: plan ?? last?.plan, period: period, from: last)
        guard let output else {
            FileAccess.writeStandardOutput(text)
            return
        }
        do {
            try FileAccess.write(
                Array(text.utf8), to: output, inputs: [workbook, from].compactMap { $0 }, overwrite: false)
            let carried =
                last.map { last in
                    "; carried over from \(last.period): \(last.targets.count) targets, \(last.actions.filter(\.isOpen).count) open actions"
                } ?? ""
            console.note("wrote \(output): \(loaded.questions.count) questions to answer\(carried)")
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
    }
}
