import ArgumentParser
import WorkbookCore
import WorkbookOffice

/// `--format` and `-o`, shared by every command that writes a report.
///
/// Without `--format`, the format is the one `-o`'s extension names (`.html .md .csv .json
/// .txt`), else text; a `--format` that contradicts the extension is refused.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "The output format (default: the one -o's extension names, else text; xlsx needs -o FILE.xlsx or a pipe).",
            valueName: "format"))
    var explicitFormat: OutputFormat?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Write to this file (atomically) instead of standard output; - is standard output.", valueName: "file"))
    var output: String?

    /// The format to write: `--format`, or the one `-o`'s extension names, or text.
    var format: OutputFormat {
        explicitFormat ?? output.flatMap(OutputFormat.implied(byFileName:)) ?? .text
    }

    func validate() throws {
        if format == .docx && output == nil {
            throw ValidationError("--format docx writes a Word file: add -o FILE.docx")
        }
        if let explicitFormat, let output, let implied = OutputFormat.implied(byFileName: output),
            implied != explicitFormat
        {
            throw ValidationError(
                "--format \(explicitFormat.rawValue) contradicts the output file '\(output)', which names \(implied.rawValue); "
                    + "leave --format out, or give the file a .\(explicitFormat.fileExtension) name")
        }
    }

    /// Colour only for text on a terminal, never with NO_COLOR, never into a file.
    func colour(console: Console) -> Bool {
        format == .text && output == nil && console.colourOutput
    }

    /// Writes the report in the format asked for: a text format through `text`, a Word
    /// document through `document`, to -o (atomically, never over an input) or standard output.
    func emit(
        text: (ReportFormat) -> String, document: () throws -> [UInt8], inputs: some Sequence<String>, console: Console
    ) throws {
        guard let format = format.textFormat else {
            let bytes: [UInt8]
            do {
                bytes = try document()
            } catch {
                console.note("error: \(error)")
                throw ExitCode(1)
            }
            try write(bytes, inputs: inputs, console: console)
            return
        }
        try emit(text(format), inputs: inputs, console: console)
    }

    private func write(_ bytes: [UInt8], inputs: some Sequence<String>, console: Console) throws {
        guard let output else { throw ExitCode(64) }  // validate() asks for -o first
        do {
            try FileAccess.write(bytes, to: output, inputs: inputs, overwrite: true)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
    }

    /// Writes a text format's bytes as `write` makes them, to -o (atomically, never over an
    /// input) or to standard output: a large comparison is never held whole.
    func emit(streaming write: (ByteSink) -> Void, inputs: some Sequence<String>, console: Console) throws {
        guard let output else {
            FileAccess.writeStandardOutput(producing: write)
            return
        }
        do {
            try FileAccess.write(to: output, inputs: inputs, overwrite: true, producing: write)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
    }

    /// Writes the text to -o (atomically, never over an input) or to standard output.
    func emit(_ text: String, inputs: some Sequence<String>, console: Console) throws {
        try emit(bytes: Array(text.utf8), inputs: inputs, console: console)
    }

    /// Writes the bytes to -o (atomically, never over an input) or to standard output; a
    /// spreadsheet is never written to a terminal.
    func emit(bytes: [UInt8], inputs: some Sequence<String>, console: Console) throws {
        guard let output else {
            if format.textFormat == nil, console.outputIsTerminal {
                console.note(
                    "error: an \(format.rawValue) file is not for the terminal; write it with -o FILE.\(format.rawValue)"
                )
                throw ExitCode(1)
            }
            FileAccess.writeStandardOutput(bytes)
            return
        }
        do {
            try FileAccess.write(bytes, to: output, inputs: inputs, overwrite: true)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
    }
}
