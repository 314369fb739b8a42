import Dispatch
import Foundation
import Testing

/// `-o` writes through what is not a regular file instead of renaming a file over it, keeps
/// what it replaces as it was (permissions, links), and a failed write to standard output or
/// error is a failure; inputs that are not regular files are refused instead of read for ever.
///
/// Every pipe, link and file here is made in a fresh folder under the temporary folder:
/// never point these at a real device.
struct OutputTargetTests {
    private static let response = CommandRunner.repository.appendingPathComponent("examples/pots-northmoor.yaml").path

    /// The text report as standard output has it, to compare with what `-o` wrote.
    private static func expectedReport() throws -> String {
        try CommandRunner.run(["report", response]).standardOutput
    }

    /// Runs the command with a reader on the named pipe at `fifo`, returning what it read.
    private func runReading(fifo: URL, _ arguments: [String], in folder: URL) throws -> (CommandRunner.Result, String) {
        let read = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = Data()
        DispatchQueue.global()
            .async {
                // Opening a pipe for reading waits for the writer: the command.
                if let handle = FileHandle(forReadingAtPath: fifo.path) {
                    received = handle.readDataToEndOfFile()
                    try? handle.close()
                }
                read.signal()
            }
        let result = try CommandRunner.run(arguments, in: folder)
        read.wait()
        return (result, String(decoding: received, as: UTF8.self))
    }

    private func fileType(_ url: URL) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
    }

    @Test func aNamedPipeIsWrittenThroughAndStaysAPipe() throws {
        let folder = try CommandRunner.temporaryFolder()
        let fifo = folder.appendingPathComponent("report.fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let (result, received) = try runReading(fifo: fifo, ["report", Self.response, "-o", "report.fifo"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(received == (try Self.expectedReport()))
        #expect(try fileType(fifo) != .typeRegular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.fifo"])
    }

    @Test func aLinkToAPipeIsWrittenThroughAndStaysALink() throws {
        let folder = try CommandRunner.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("out.txt").path, withDestinationPath: "pipe")
        let (result, received) = try runReading(fifo: fifo, ["report", Self.response, "-o", "out.txt"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(received == (try Self.expectedReport()))
        #expect(try fileType(folder.appendingPathComponent("out.txt")) == .typeSymbolicLink)
    }

    @Test func aLinkToAFileReplacesTheFileKeepingTheLinkAndThePermissions() throws {
        let folder = try CommandRunner.temporaryFolder()
        let real = folder.appendingPathComponent("real.txt")
        try "old".write(to: real, atomically: false, encoding: .utf8)
        #expect(chmod(real.path, 0o640) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "real.txt")
        let result = try CommandRunner.run(["report", Self.response, "-o", "link.txt"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try fileType(folder.appendingPathComponent("link.txt")) == .typeSymbolicLink)
        #expect(try String(contentsOf: real, encoding: .utf8) == (try Self.expectedReport()))
        let mode = try FileManager.default.attributesOfItem(atPath: real.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.txt", "real.txt"])
    }

    @Test func anExistingFileKeepsItsPermissions() throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("report.txt")
        try "old".write(to: file, atomically: false, encoding: .utf8)
        #expect(chmod(file.path, 0o600) == 0)
        let result = try CommandRunner.run(["report", Self.response, "-o", "report.txt"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aReadOnlyFileIsRefusedAndLeftAsItWas() throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("report.txt")
        try "keep me".write(to: file, atomically: false, encoding: .utf8)
        #expect(chmod(file.path, 0o444) == 0)
        let result = try CommandRunner.run(["report", Self.response, "-o", "report.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("refusing to overwrite 'report.txt': the file is read-only"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }

    @Test func aLinkToNothingIsRefused() throws {
        let folder = try CommandRunner.temporaryFolder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "missing/x.txt")
        let result = try CommandRunner.run(["report", Self.response, "-o", "gone.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("it is a symbolic link to a file that does not exist"))
    }

    @Test(arguments: [250, 255])
    func aLongButValidNameIsWritten(length: Int) throws {
        let folder = try CommandRunner.temporaryFolder()
        let name = String(repeating: "a", count: length - 4) + ".txt"
        for command in [
            ["report", Self.response, "-o", name],
            ["new", "pots", "--area", "A", "--period", "1", "-o", "new-" + name.dropFirst(4)],
        ] {
            let result = try CommandRunner.run(command, in: folder)
            #expect(result.status == 0, "\(result.standardError)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["new-" + name.dropFirst(4), name].sorted())
    }

    @Test func aDashIsStandardOutput() throws {
        let folder = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run(["report", Self.response, "-o", "-"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput == (try Self.expectedReport()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFolderIsNotReplaced() throws {
        let folder = try CommandRunner.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
        let result = try CommandRunner.run(["schema", "response", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot write 'out': it is a folder, not a regular file"))
    }

    /// Runs the binary through the shell, so that its streams can be sent to /dev/full.
    private func shell(_ script: String) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CommandRunner.binary.path, Self.response]
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(arguments: [
        ["report"], ["report", "--format", "json"], ["show", "pots"], ["schema", "workbook"],
        ["new", "pots", "--area", "A", "--period", "1"],
    ])
    func aFullStandardOutputIsAFailure(_ command: [String]) throws {
        let arguments = command.map { $0 == "report" ? "report \"$1\"" : "'\($0)'" }.joined(separator: " ")
        let result = try shell("\"$0\" \(arguments) > /dev/full")
        #expect(result.status == 1)
        #expect(result.error.contains("error: cannot write the output: No space left on device"))
    }

    @Test func aFullStandardErrorIsAFailure() throws {
        // `check` of a valid file says so on standard error, and would otherwise exit 0.
        let result = try shell("\"$0\" check \"$1\" 2> /dev/full")
        #expect(result.status == 1)
    }

    @Test func helpToAFullStandardOutputIsAFailure() throws {
        #expect(try shell("\"$0\" --help > /dev/full").status == 1)
    }
}

/// Inputs that are not regular files are refused at once, never read until they end.
struct NonRegularInputTests {
    @Test func aNamedPipeIsRefusedWithoutWaitingForAWriter() throws {
        let folder = try CommandRunner.temporaryFolder()
        #expect(mkfifo(folder.appendingPathComponent("in.yaml").path, 0o644) == 0)
        let result = try CommandRunner.run(["check", "in.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "in.yaml:1:1: error: cannot read 'in.yaml': it is a named pipe (FIFO), not a regular file"))
    }

    @Test func aFolderHoldingAPipeAndALinkToADeviceIsComparedWithoutBlocking() throws {
        let folder = try CommandRunner.temporaryFolder()
        let areas = folder.appendingPathComponent("areas")
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("examples/areas"), to: areas)
        #expect(mkfifo(areas.appendingPathComponent("a-pipe.yaml").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: areas.appendingPathComponent("zero.yaml").path, withDestinationPath: "/dev/zero")
        let result = try CommandRunner.run(["compare", "areas"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "cannot read 'areas/a-pipe.yaml': it is a named pipe (FIFO), not a regular file"))
        #expect(result.standardError.contains("cannot read 'areas/zero.yaml': it is a device, not a regular file"))
    }

    @Test func aFileOverTheLimitIsRefusedFromItsSize() throws {
        let folder = try CommandRunner.temporaryFolder()
        let big = folder.appendingPathComponent("big.yaml")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        // A sparse file: 9 MiB long, nothing written.
        #expect(truncate(big.path, 9 * 1024 * 1024 + 100_000) == 0)
        let result = try CommandRunner.run(["check", "big.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "cannot read 'big.yaml': the file is 9.1 MiB; the limit for one file is 8.0 MiB"))
    }

    /// Whether a folder can be made unreadable to the command: as another user, it can; as
    /// root only by running the command as 'nobody', who must be able to reach the binary
    /// (not so in a clone under /root).
    static let canTestAnUnreadableFolder: Bool = {
        guard geteuid() == 0 else { return true }
        let result = try? CommandRunner.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path, "--version"],
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        return result?.status == 0
    }()

    @Test(.enabled(if: canTestAnUnreadableFolder, "root, and 'nobody' cannot run the binary here"))
    func anUnreadableFolderIsReportedAsUnreadable() throws {
        let folder = try CommandRunner.temporaryFolder()
        let areas = folder.appendingPathComponent("areas")
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("examples/areas"), to: areas)
        #expect(chmod(areas.path, 0o000) == 0)
        defer { chmod(areas.path, 0o755) }
        // Root reads any folder: run the command as 'nobody' then.
        var arguments = ["compare", "areas"]
        if geteuid() == 0 {
            #expect(chmod(folder.path, 0o755) == 0)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path] + arguments
        }
        let result =
            try geteuid() == 0
            ? CommandRunner.run(arguments, in: folder, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
            : CommandRunner.run(arguments, in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains("error: cannot read the folder 'areas': permission denied"),
            "\(result.standardError)")
        #expect(!result.standardError.contains("holds no .yaml files"))
    }
}

/// What the command line prints to a terminal holds no raw control character: file names,
/// decoded keys and values are shown by name.
struct TerminalOutputTests {
    @Test func aFileNameAndADecodedKeyCannotDriveTheTerminal() throws {
        let folder = try CommandRunner.temporaryFolder()
        let name = "bad\u{1B}[2J\u{1B}]0;title\u{7}.yaml"
        try "workbook: pots\narea: A\nperiod: \"1\"\nanswers: {}\n\"x\\ny: 1:1: error: forged\": 1\n"
            .write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        for command in [["check", name], ["report", name], ["compare", name, name]] {
            let result = try CommandRunner.run(command, in: folder)
            #expect(result.status == 1)
            let raw = result.standardError.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
            #expect(raw.isEmpty, "\(command[0]): \(result.standardError.debugDescription)")
            #expect(result.standardError.contains("bad␛[2J␛]0;title␇.yaml"))
            #expect(!result.standardError.contains("\ny: 1:1: error: forged"))
        }
    }
}

/// Every HTML page the tool writes forbids scripts and fetches with a Content-Security-Policy.
struct ContentSecurityPolicyTests {
    @Test(arguments: [
        ["compare", "examples/areas", "--format", "html"],
        ["trend", "examples/rounds", "--area", "Harrowgate Moor", "--format", "html"],
        ["report", "examples/pots-northmoor.yaml", "--format", "html"],
    ])
    func everyHTMLPageHasThePolicy(_ command: [String]) throws {
        let result = try CommandRunner.run(command)
        #expect(result.status == 0, "\(result.standardError)")
        let policy =
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"
        #expect(result.standardOutput.contains(policy))
        // Data may be embedded (`<script type="application/json">`); nothing runs.
        let scripts = result.standardOutput.components(separatedBy: "<script").dropFirst()
        #expect(scripts.allSatisfy { $0.hasPrefix(" type=\"application/json\"") })
    }
}

/// `new` refuses an area or period its own file could not hold.
struct NewArgumentTests {
    @Test(arguments: [("A\u{1B}[2J", "--area holds a control character: A␛[2J"), ("  ", "--area is empty")])
    func anAreaTheFileCouldNotHoldIsRefused(_ area: String, _ message: String) throws {
        let result = try CommandRunner.run(["new", "pots", "--area", area, "--period", "2025/26"])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(message)\n")
        #expect(result.standardOutput.isEmpty)
    }

    /// A line break is text a response can hold (written quoted, as the form writes it too).
    @Test func anAreaOfTwoLinesIsWrittenQuotedAndChecks() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("two.yaml").path
        let made = try CommandRunner.run(["new", "pots", "--area", "Two\nlines", "--period", "2025/26", "-o", out])
        #expect(made.status == 0, "\(made.standardError)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("area: \"Two\\nlines\"\n"))
        #expect(try CommandRunner.run(["check", out]).status == 0)
    }
}
