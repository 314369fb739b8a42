import ArgumentParser
import FoundationEssentials
import Glibc
import WorkbookCore

/// A workbook named on the command line: a file path, or the id of a bundled workbook.
enum WorkbookArgument {
    static func load(_ name: String, console: inout Console) throws -> Workbook {
        try compile(name, console: &console).workbook
    }

    /// Loads and compiles the workbook, printing its diagnostics; exits 1 if it is invalid.
    static func compile(_ name: String, console: inout Console) throws -> CompiledWorkbook {
        let input: InputFile
        if FileManager.default.fileExists(atPath: name) || name.contains("/") || name.hasSuffix(".yaml") {
            guard let read = console.read(name) else { throw ExitCode(1) }
            input = read
        } else if let bundled = BundledWorkbooks.input(name) {
            input = bundled
        } else {
            let hint =
                Suggestions.hint(for: name, in: BundledWorkbooks.ids)
                ?? "the bundled workbooks are \(BundledWorkbooks.ids.joined(separator: ", "))"
            console.print(
                [.error("io.read", "no file and no bundled workbook is called '\(name)'", at: nil, hint: hint)],
                for: nil)
            throw ExitCode(1)
        }
        let result = WorkbookPipeline.loadWorkbook(input)
        console.print(result.diagnostics, for: input)
        guard let workbook = result.value else { throw ExitCode(1) }
        return workbook
    }
}
