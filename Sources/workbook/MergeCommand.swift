import ArgumentParser
import WorkbookCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine tables' or people's response files for one area and round into one response.",
        discussion: """
            Each file is one table's or one person's ratings (from the form, or by hand) for the \
            same workbook, version, area and period. The merged response declares every rater \
            once and gives each question every rater's rating, so reports can say where the \
            room agrees, where it is split, and where stakeholder groups see it differently. \
            A file that names no rater ('rater:') is taken as its facilitator's, or else as \
            its file name's; the merged notes say so. Merging a file twice, or a merged file \
            with one of its parts, adds nothing; a rater who gave one question two different \
            ratings is refused, with both files and lines.

            Examples:
              workbook merge table-1.yaml table-2.yaml table-3.yaml -o northmoor.yaml
              workbook merge northmoor.yaml late-table.yaml -o northmoor-all.yaml

            Exit status: 0 done; 1 a file is invalid, the files cannot be merged, or the \
            output cannot be written (an existing file is never replaced).
            """
    )

    @Argument(help: "The response files to merge.", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @OptionGroup var workbookOption: WorkbookOption

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this new file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give the response files to merge") }
    }

    func run() throws {
        var console = Console()
        let resolver = try workbookOption.resolver(console: &console)
        var loaded: [LoadedResponse] = []
        var inputs: [InputFile] = []
        var failed = false
        for path in files {
            guard let input = console.read(path) else {
                failed = true
                continue
            }
            let result = WorkbookPipeline.loadResponse(input, resolver: resolver)
            console.print(result.diagnostics, for: input)
            if let value = result.value {
                loaded.append(value)
                inputs.append(input)
            } else {
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
        let merged = ResponseMerger.merge(loaded)
        for input in inputs {
            console.print(merged.diagnostics.filter { $0.location?.file == input.name }, for: input)
        }
        guard let text = merged.value else { throw ExitCode(1) }
        // The merged file must read back as a valid response; anything else is this tool's bug.
        let check = WorkbookPipeline.loadResponse(
            InputFile(name: output ?? "merged response", bytes: Array(text.utf8)), resolver: resolver)
        guard check.value != nil else {
            console.print(check.diagnostics, for: nil)
            console.note("error: the merged response does not pass check; please report this with the files")
            throw ExitCode(1)
        }
        guard let output else {
            FileAccess.writeStandardOutput(text)
            return
        }
        do {
            try FileAccess.write(
                Array(text.utf8), to: output, inputs: files + [workbookOption.workbook].compactMap { $0 },
                overwrite: false)
            console.note("wrote \(output): \(loaded.count) files merged")
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
    }
}
