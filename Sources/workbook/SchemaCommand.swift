import ArgumentParser
import WorkbookCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract:
            "Print the JSON Schema that editors use to check workbook, response or migration map files as you type.",
        discussion: """
            The schema lists every key of the file format with a one-line description, which \
            editors show on hover, and marks misspelt keys, missing required keys and values of \
            the wrong type. The same schemas are in the schemas/ folder; docs/editors.md says \
            how to use them in VS Code and other editors. An editor checks the shape of a file \
            only: 'workbook check' remains the full check (ids, references, scale, bands, rules).

            Examples:
              workbook schema workbook
              workbook schema response -o response.schema.json

            Exit status: 0 printed or written; 1 the file cannot be written.
            """
    )

    /// Which file format.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case workbook, response, migration
    }

    @Argument(help: "Which file format.")
    var kind: Kind

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var output: String?

    func run() throws {
        let text =
            switch kind {
            case .workbook: JSONSchemaGenerator.workbook()
            case .response: JSONSchemaGenerator.response()
            case .migration: JSONSchemaGenerator.migration()
            }
        guard let output else {
            FileAccess.writeStandardOutput(text)
            return
        }
        do {
            try FileAccess.write(Array(text.utf8), to: output, inputs: [], overwrite: true)
        } catch {
            Console().note("error: \(error)")
            throw ExitCode(1)
        }
    }
}
