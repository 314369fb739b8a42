import FoundationEssentials
import Glibc
import WorkbookCore

/// Reading inputs and writing outputs, safely.
///
/// Outputs are written atomically: to a temporary file in the same folder, then renamed
/// into place, so a reader never sees half a report and a failed write leaves nothing
/// behind. An output is never written over one of the run's inputs.
enum FileAccess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The largest file read at all (the YAML layer has its own, smaller limit per document).
    static let maxReadBytes = 64 * 1024 * 1024

    static func read(_ path: String) throws -> InputFile {
        // POSIX calls rather than FileHandle: compare reads tens of thousands of small files,
        // and this reads each straight into the array the parser takes, with one open and
        // one fstat.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: readError(path, errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(description: readError(path, errno: errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure(description: "'\(path)' is a folder, not a file") }
        // A file may grow while it is read: read until the end, but never past the limit
        // (the YAML layer then refuses the file as too large).
        // One byte more than its size is asked for, so a file that grew fills the chunk.
        let expected = min(max(Int(status.st_size), 0), maxReadBytes) + 1
        var bytes = try readChunk(descriptor, path: path, upTo: expected)
        var filled = bytes.count == expected
        while filled, bytes.count <= maxReadBytes {
            let wanted = min(max(bytes.count, 4096), maxReadBytes + 1 - bytes.count)
            let more = try readChunk(descriptor, path: path, upTo: wanted)
            bytes += more
            filled = more.count == wanted
        }
        return InputFile(name: path, bytes: bytes)
    }

    /// Up to `capacity` bytes, fewer only at the end of the file; read into a new array
    /// without first filling it with zeros.
    private static func readChunk(_ descriptor: Int32, path: String, upTo capacity: Int) throws -> [UInt8] {
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < capacity {
                let got = Glibc.read(descriptor, base + count, capacity - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    if got < 0 { failure = errno }
                    return
                }
                count += got
            }
        }
        if failure != 0 { throw Failure(description: readError(path, errno: failure)) }
        return chunk
    }

    private static func readError(_ path: String, errno code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "cannot read '\(path)': there is no such file"
        case EACCES, EPERM: "cannot read '\(path)': permission denied"
        default: "cannot read '\(path)': \(String(cString: strerror(code)))"
        }
    }

    /// The path with symbolic links and `..` resolved, for comparing outputs with inputs.
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) {
            return url.resolvingSymlinksInPath().path
        }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
    }

    /// Writes `bytes` to `path` atomically.
    ///
    /// - Parameters:
    ///   - inputs: paths read in this run; writing over any of them is refused.
    ///   - overwrite: whether an existing file may be replaced (never for a response skeleton).
    static func write(_ bytes: [UInt8], to path: String, inputs: [String], overwrite: Bool) throws {
        let target = resolved(path)
        if inputs.map(resolved).contains(target) {
            throw Failure(description: "refusing to write to '\(path)': it is one of this command's inputs")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory else {
            throw Failure(description: "cannot write '\(path)': the folder '\(folder)' does not exist")
        }
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw Failure(description: "refusing to overwrite '\(path)': it already exists (it may hold a workshop's answers); choose another name or remove it first")
        }
        let temporary = "\(folder)/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw Failure(description: "cannot write '\(path)': the folder is not writable")
        }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw Failure(description: "cannot write '\(path)': \(reason)")
            }
        } else {
            // link() fails if the target exists, so two runs cannot both create it.
            let linked = link(temporary, path) == 0
            let code = errno
            let reason = String(cString: strerror(code))
            unlink(temporary)
            guard linked else {
                throw Failure(description: code == EEXIST
                    ? "refusing to overwrite '\(path)': it already exists" : "cannot write '\(path)': \(reason)")
            }
        }
    }

    static func writeStandardOutput(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes bytes (a spreadsheet piped to another program) to standard output.
    static func writeStandardOutput(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    static func writeStandardError(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text` to an open file descriptor, straight from the string's storage
    /// (the JSON of a large comparison is megabytes: no copy of it is made to write it).
    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                // The reader has gone (a closed pipe): there is nobody left to tell.
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
