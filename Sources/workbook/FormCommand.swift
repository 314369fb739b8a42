import ArgumentParser
import WorkbookCore

struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write an offline HTML form for a workshop that produces the response file.",
        discussion: """
            The form is one HTML file that needs no network and no installation: copy it to the \
            workshop laptop (or a USB stick) and open it in any current browser. It has a control \
            for every question, with the guidance and the scale's levels; a box for each table's \
            ratings and one for evidence; and, at the end, the response file, written as the form \
            is filled in, to download or copy. What is typed is kept in that browser (its local \
            storage) if the page is reloaded, until the form's Clear button is used.

            With --print, writes the printable workshop pack instead: an A4 handout with a cover \
            page, one element per page, and for every question a grid of tick boxes (one row per \
            table) and space for evidence notes. Open it in a browser and print it. --tables N \
            sets the rows of tick boxes to the tables in the room (1 to 20; 6 unless given).

            With -o, an existing file is replaced (the form holds no answers; they live in the \
            browser), but never the workbook itself.

            Examples:
              workbook form pots -o pots-form.html
              workbook form pots --print -o pots-pack.html
              workbook form pots --print --tables 4 -o pots-pack.html
              workbook form workbooks/christmas-tree.yaml > christmas-tree-form.html

            Exit status: 0 written; 1 the workbook is invalid or cannot be read, or the file cannot be written.
            """
    )

    @Argument(help: "A workbook file, or the id of a bundled workbook.", completion: .custom(completeWorkbooks))
    var workbook: String

    @Flag(name: .customLong("print"), help: "Write the printable A4 workshop pack instead of the form.")
    var printable = false

    @Option(
        name: .customLong("tables"),
        help: ArgumentHelp("With --print: the tables in the room, a row of tick boxes each (1 to 20).", valueName: "n"))
    var tables: Int?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
        completion: .file(extensions: ["html"]))
    var output: String?

    func validate() throws {
        if let tables {
            guard printable else { throw ValidationError("--tables is for the paper pack: add --print") }
            guard (1...20).contains(tables) else {
                throw ValidationError("--tables must be 1 to 20 (the rows of tick boxes per question), not \(tables)")
            }
        }
    }

    func run() throws {
        var console = Console()
        let loaded = try WorkbookArgument.load(workbook, console: &console)
        let html = printable
            ? WorkshopPackRenderer.render(loaded, tables: tables ?? WorkshopPackRenderer.defaultTables)
            : FormRenderer.render(loaded)
        guard let output else {
            FileAccess.writeStandardOutput(html)
            return
        }
        do {
            try FileAccess.write(Array(html.utf8), to: output, inputs: [workbook], overwrite: true)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
        let what = printable
            ? "the workshop pack (\(loaded.elements.count) elements); open it in a browser and print it on A4"
            : "the form (\(loaded.questions.count) questions); open it in a browser"
        console.note("wrote \(output): \(what)")
    }
}
