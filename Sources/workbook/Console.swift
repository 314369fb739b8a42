import ArgumentParser
import FoundationEssentials
import Glibc
import WorkbookCore

/// The command line's one door to the terminal and the file system for reading.
///
/// Prints diagnostics compiler-style to standard error (coloured only on a terminal and
/// never with NO_COLOR) and turns unreadable files into diagnostics like any other.
struct Console {
    let colourErrors: Bool
    let colourOutput: Bool
    /// Whether standard output is a terminal (where a binary file is never written).
    let outputIsTerminal: Bool

    init() {
        let environment = ProcessInfo.processInfo.environment
        let allowed = environment["NO_COLOR"].map(\.isEmpty) ?? true
        let dumb = environment["TERM"] == "dumb"
        colourErrors = allowed && !dumb && isatty(STDERR_FILENO) == 1
        colourOutput = allowed && !dumb && isatty(STDOUT_FILENO) == 1
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
    }

    /// Reads a file; on failure prints why and returns nil.
    mutating func read(_ path: String) -> InputFile? {
        do {
            return try FileAccess.read(path)
        } catch {
            self.print(
                [Diagnostic.error("io.read", "\(error)", at: FileLocation(file: path, line: 1, column: 1))], for: nil)
            return nil
        }
    }

    /// Prints diagnostics in file order, each with its source line when the file is known.
    func print(_ diagnostics: [Diagnostic], for input: InputFile?) {
        let renderer = DiagnosticRenderer(colour: colourErrors, showsSource: input != nil)
        let lines = input?.text.map(SourceLines.init)
        for diagnostic in diagnostics.sortedByLocation() {
            let own = diagnostic.location?.file == input?.name ? lines : nil
            FileAccess.writeStandardError(renderer.render(diagnostic, lines: own))
        }
    }

    /// Diagnostics already rendered (by parallel workers), printed as they are.
    func printRendered(_ text: String) {
        if !text.isEmpty { FileAccess.writeStandardError(text) }
    }

    /// A line for standard error that is not a diagnostic (a summary). File names and values
    /// in it are shown with their control characters made visible, as in diagnostics.
    func note(_ line: String) {
        FileAccess.writeStandardError(line.visibleControls() + "\n")
    }
}
