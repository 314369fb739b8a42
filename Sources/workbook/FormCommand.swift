import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write an offline HTML form for a workshop that produces the response file.",
        discussion: """
            The form is one HTML file that needs no network and no installation: copy it to the \
            workshop laptop (or a USB stick) and open it in any current browser. It has a control \
            for every question, with the guidance and the scale's levels; a box for each table's \
            ratings and one for evidence; and, at the end, the response file, written as the form \
            is filled in, to download or copy. Before it, the plan for the next round: a target \
            and an action (what, owner, due date) per element, the weakest links marked as the \
            ratings come in, written into the file as 'targets:' and 'actions:'. What is typed is kept in that browser (its local \
            storage) if the page is reloaded, until the form's Clear button is used.

            With --print, writes the printable workshop pack instead: an A4 handout with a cover \
            page, one element per page, and for every question a grid of tick boxes (one row per \
            table) and space for evidence notes. Open it in a browser and print it. --tables N \
            sets the rows of tick boxes to the tables in the room (1 to 20; 6 unless given).

            With --from LAST.yaml, the form starts from last round's file for the same area: its \
            area, targets and open actions (their status to update), and its evidence notes \
            beside each question. No rating is carried over.
            With --format xlsx, writes a response spreadsheet instead, to fill in in Excel or \
            LibreOffice and turn back into a response with 'workbook import': a row per \
            question, a drop-down of the scale's values in each rating cell, a cell for the \
            evidence, and (with --tables N) a rating column for each of N tables. Only the \
            yellow cells can be edited; the sheet is protected without a password.

            With -o, an existing file is replaced (the form holds no answers; they live in the \
            browser), but never the workbook itself.

            Examples:
              workbook form pots -o pots-form.html
              workbook form pots --print -o pots-pack.html
              workbook form pots --from examples/rounds/harrowgate-moor-2025.yaml \\
                  -o harrowgate-moor-form.html
              workbook form pots --format xlsx -o pots-response.xlsx
              workbook form pots --format xlsx --tables 4 -o pots-tables.xlsx
              workbook form pots --print --tables 4 -o pots-pack.html
              workbook form workbooks/christmas-tree.yaml > christmas-tree-form.html

            Exit status: 0 written; 1 the workbook is invalid or cannot be read, or the file cannot be written.
            """
    )

    @Argument(help: "A workbook file, or the id of a bundled workbook.", completion: .custom(completeWorkbooks))
    var workbook: String

    @Flag(name: .customLong("print"), help: "Write the printable A4 workshop pack instead of the form.")
    var printable = false

    /// What the form is.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case html, xlsx
    }

    @Option(help: "html: the offline browser form (or, with --print, the paper pack); xlsx: a response spreadsheet.")
    var format: Format = .html

    @Option(
        help: ArgumentHelp(
            "Last round's response for the same area: start the form's plan from its targets and actions.",
            valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var from: String?

    @Option(
        name: .customLong("tables"),
        help: ArgumentHelp(
            "The tables in the room: with --print, a row of tick boxes each (1 to 20, default 6); with --format xlsx, "
                + "a rating column each (0 to \(ResponseSheetWriter.maxTables), default none).",
            valueName: "n"))
    var tables: Int?

    @Option(
        help: ArgumentHelp(
            "The wasm kernel (Scripts/build-wasm.sh writes .build/wasm/workbook-kernel.wasm): the form carries it "
                + "and shows a live report, and the full HTML report, as ratings come in.",
            valueName: "file.wasm"),
        completion: .file(extensions: ["wasm"]))
    var kernel: String?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
        completion: .file(extensions: ["html", "xlsx"]))
    var output: String?

    func validate() throws {
        if format == .xlsx, printable {
            throw ValidationError("--print is for the HTML pack; the spreadsheet prints as it is")
        }
        if kernel != nil, format == .xlsx || printable {
            throw ValidationError("--kernel is for the HTML form, not the paper pack or the spreadsheet")
        }
        if let tables {
            if format == .xlsx {
                guard (0...ResponseSheetWriter.maxTables).contains(tables) else {
                    throw ValidationError(
                        "--tables is a number from 0 to \(ResponseSheetWriter.maxTables) for a spreadsheet, not \(tables)"
                    )
                }
            } else {
                guard printable else {
                    throw ValidationError(
                        "--tables is for the paper pack (--print) or the spreadsheet (--format xlsx); the HTML form asks for the tables itself"
                    )
                }
                guard (1...20).contains(tables) else {
                    throw ValidationError(
                        "--tables must be 1 to 20 (the rows of tick boxes per question), not \(tables)")
                }
            }
        }
    }

    func run() throws {
        var console = Console()
        let compiled = try WorkbookArgument.compile(workbook, console: &console)
        let loaded = compiled.workbook
        if format == .xlsx {
            try writeSpreadsheet(loaded, console: console)
            return
        }
        let last = try from.map { try console.loadResponse($0, resolver: .only(compiled)).response }
        var kernelBytes: [UInt8]?
        if let kernel {
            do {
                kernelBytes = try FileAccess.read(kernel).bytes
            } catch {
                console.note("error: \(kernel): \(error)")
                throw ExitCode(1)
            }
            guard let bytes = kernelBytes, bytes.starts(with: [0x00, 0x61, 0x73, 0x6D]) else {
                console.note(
                    "error: \(kernel): this is not a WebAssembly module; Scripts/build-wasm.sh writes the kernel "
                        + "(.build/wasm/workbook-kernel.wasm)")
                throw ExitCode(1)
            }
            kernelBytes = Gzip.compress(bytes)
        }
        let html =
            printable
            ? WorkshopPackRenderer.render(loaded, tables: tables ?? WorkshopPackRenderer.defaultTables)
            : FormRenderer.render(loaded, from: last, gzippedKernel: kernelBytes)
        guard let output else {
            FileAccess.writeStandardOutput(html)
            return
        }
        do {
            try FileAccess.write(
                Array(html.utf8), to: output, inputs: [workbook, from, kernel].compactMap { $0 }, overwrite: true)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
        let what =
            printable
            ? "the workshop pack (\(loaded.elements.count) elements); open it in a browser and print it on A4"
            : "the form (\(loaded.questions.count) questions); open it in a browser"
        console.note("wrote \(output): \(what)")
    }

    private func writeSpreadsheet(_ loaded: Workbook, console: Console) throws {
        let bytes = ResponseSheetWriter.render(loaded, tables: tables ?? 0)
        guard let output else {
            if console.outputIsTerminal {
                console.note("error: a spreadsheet is not for the terminal; write it with -o FILE.xlsx")
                throw ExitCode(1)
            }
            FileAccess.writeStandardOutput(bytes)
            return
        }
        do {
            try FileAccess.write(bytes, to: output, inputs: [workbook], overwrite: true)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
        console.note(
            "wrote \(output): the response spreadsheet (\(loaded.questions.count) questions); fill it in, then: workbook import \(output)"
        )
    }
}
