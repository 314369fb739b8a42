// Fuzz target `output`: the command line's `-o` writer (Sources/workbook/FileAccess*.swift,
// compiled in by Scripts/fuzz.sh) against what may already be at the path. Everything happens
// in a folder of its own under /tmp; no device is ever a target.
// Run with Scripts/fuzz.sh output.
//
// The input's first bytes choose what is at the path (nothing, a file with some permissions, a
// read-only file, a link to a file, a named pipe, a link to one, a link to nothing, a folder,
// a link to a folder), whether it may be replaced, whether it is one of the command's inputs,
// and the name (up to 255 scalars, some of them two bytes, so names pass the 255-byte limit);
// the rest is what is written. The checks:
// - a write that succeeds leaves exactly the bytes in the regular file the path names (through
//   a link), keeps the link a link and a pipe a pipe (whose reader gets the bytes), and keeps
//   the permissions of a file it replaces;
// - a write that fails leaves what was there as it was;
// - either way no temporary file is left behind.
import FoundationEssentials
import Glibc

/// libFuzzer's entry: one write, its outcome checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOutput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    guard bytes.count >= 4 else { return 0 }
    OutputScenario(bytes).run()
    return 0
}

extension FuzzSupport {
    /// The folder every write goes to, made once.
    nonisolated(unsafe) static var outputFolder = ""

    static func warmUp() {
        outputFolder = "/tmp/workbook-fuzz-output-\(getpid())"
        mkdir(outputFolder, 0o755)
    }
}

struct OutputScenario {
    enum Existing: Int, CaseIterable {
        case nothing, file, readOnlyFile, linkToFile, pipe, linkToPipe, linkToNothing, folder, linkToFolder
    }

    let existing: Existing
    let mode: mode_t
    let overwrite: Bool
    let isInput: Bool
    let name: String
    let content: [UInt8]

    init(_ bytes: [UInt8]) {
        let chosen = Existing(rawValue: Int(bytes[0]) % Existing.allCases.count) ?? .nothing
        mode = mode_t(bytes[1]) & 0o777 | 0o200
        overwrite = bytes[2] & 1 == 0
        isInput = bytes[2] & 0x10 != 0
        let length = 1 + Int(bytes[3])
        // Name scalars: letters, digits, '.', '-', a space and two 2-byte letters.
        let alphabet = Array("abcXYZ019.- éß".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for index in 0..<length {
            let byte = 4 + index < bytes.count ? bytes[4 + index] : UInt8(index)
            scalars.append(alphabet[Int(byte) % alphabet.count])
        }
        var name = String(scalars)
        // `-` is standard output, and `.` and `..` are folders: none is a file name to test.
        if name == "." || name == ".." || name == "-" { name = "dots" }
        self.name = name
        // Nothing can be made at a name too long for the file system: only a new file is tried.
        existing = name.utf8.count > 255 ? .nothing : chosen
        content = bytes.count > 4 + length ? Array(bytes[(4 + length)...]) : []
    }

    private var folder: String { FuzzSupport.outputFolder }
    private var path: String { folder + "/" + name }
    private var target: String { folder + "/target" }

    func run() {
        clean()
        let old: [UInt8] = Array("old contents".utf8)
        var reader: Int32 = -1
        switch existing {
        case .nothing: break
        case .file: make(path, old, mode: mode)
        case .readOnlyFile: make(path, old, mode: 0o444)
        case .linkToFile:
            make(target, old, mode: mode)
            symlink("target", path)
        case .pipe, .linkToPipe:
            let pipe = existing == .pipe ? path : target
            mkfifo(pipe, 0o644)
            if existing == .linkToPipe { symlink("target", path) }
            // A reader that does not wait, so that the writer can open the pipe.
            reader = open(pipe, O_RDONLY | O_NONBLOCK)
        case .linkToNothing: symlink("missing/target", path)
        case .folder: mkdir(path, 0o755)
        case .linkToFolder:
            mkdir(target, 0o755)
            symlink("target", path)
        }
        let before = listing()
        let nameFits = name.utf8.count <= 255
        var failure: String?
        do {
            try FileAccess.write(content, to: path, inputs: isInput ? [path] : [], overwrite: overwrite)
        } catch {
            failure = "\(error)"
        }
        let after = listing()
        // No temporary file is left: the folder holds what it held, and the output if it is new.
        let expectedNames = failure == nil && existing == .nothing ? before.union([name]) : before
        if after != expectedNames {
            fatalError(
                "output: the folder holds \(after.subtracting(expectedNames)) after writing \(name.debugDescription) (\(failure ?? "ok"))"
            )
        }

        let replaceable: Bool =
            switch existing {
            case .nothing: nameFits
            case .file, .linkToFile: overwrite
            case .pipe, .linkToPipe: true
            case .readOnlyFile, .linkToNothing, .folder, .linkToFolder: false
            }
        // An input is a file that was read: a path that names nothing is no input's.
        let shouldSucceed = replaceable && !(isInput && existing != .nothing)
        if shouldSucceed != (failure == nil) {
            fatalError(
                "output: \(existing) \(name.debugDescription) overwrite \(overwrite) input \(isInput): \(failure ?? "written")"
            )
        }
        switch existing {
        case .nothing:
            if failure == nil { expect(path, contents: content, mode: nil) }
        case .file, .readOnlyFile:
            expect(path, contents: failure == nil ? content : old, mode: existing == .file ? mode : 0o444)
        case .linkToFile:
            expectLink()
            expect(target, contents: failure == nil ? content : old, mode: mode)
        case .pipe, .linkToPipe:
            if existing == .linkToPipe { expectLink() }
            var status = stat()
            if stat(path, &status) != 0 || status.st_mode & S_IFMT != S_IFIFO {
                fatalError("output: the pipe was replaced")
            }
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let got = read(reader, &buffer, buffer.count)
                if got <= 0 { break }
                received += buffer[0..<got]
            }
            close(reader)
            if failure == nil, received != content {
                fatalError("output: the pipe's reader got \(received.count) of \(content.count) bytes")
            }
        case .linkToNothing, .linkToFolder:
            expectLink()
        case .folder:
            var status = stat()
            if lstat(path, &status) != 0 || status.st_mode & S_IFMT != S_IFDIR {
                fatalError("output: the folder was replaced")
            }
        }
        clean()
    }

    private func make(_ file: String, _ bytes: [UInt8], mode: mode_t) {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return }
        _ = bytes.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) }
        fchmod(descriptor, mode)
        close(descriptor)
    }

    private func expect(_ file: String, contents: [UInt8], mode: mode_t?) {
        var status = stat()
        guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            fatalError("output: \(file) is not a regular file")
        }
        if let mode, status.st_mode & 0o7777 != mode {
            fatalError(
                "output: \(file) has mode \(String(status.st_mode & 0o7777, radix: 8)), not \(String(mode, radix: 8))")
        }
        let descriptor = open(file, O_RDONLY)
        defer { close(descriptor) }
        var read: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = Glibc.read(descriptor, &buffer, buffer.count)
            if got <= 0 { break }
            read += buffer[0..<got]
        }
        if read != contents {
            fatalError("output: \(file) holds \(read.count) bytes, not the \(contents.count) expected")
        }
    }

    private func expectLink() {
        var status = stat()
        if lstat(path, &status) != 0 || status.st_mode & S_IFMT != S_IFLNK {
            fatalError("output: the link was replaced")
        }
    }

    /// The names in the folder.
    private func listing() -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    }

    /// Empties the folder (a folder made as a target is empty).
    private func clean() {
        for entry in listing() {
            let file = folder + "/" + entry
            if unlink(file) != 0 { rmdir(file) }
        }
    }
}
