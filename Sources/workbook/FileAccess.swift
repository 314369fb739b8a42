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

    /// The largest file read: the YAML layer's limit for one file. A file is never read past
    /// it (a regular file over it is refused from its size, before reading).
    static let maxReadBytes = YAMLLimits.standard.maxBytes

    static func read(_ path: String) throws -> InputFile {
        // POSIX calls rather than FileHandle: compare reads tens of thousands of small files,
        // and this reads each straight into the array the parser takes, with one open and
        // one fstat. O_NONBLOCK: opening a named pipe nobody writes to would wait forever.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw Failure(description: readError(path, errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(description: readError(path, errno: errno)) }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw Failure(description: "'\(path)' is a folder, not a file") }
        // A named pipe, a device (/dev/zero, a terminal) or a socket has no end that can be
        // known, and may block for ever or never end: only regular files are inputs.
        guard kind == S_IFREG else {
            throw Failure(description: "cannot read '\(path)': it is \(describe(kind)), not a regular file")
        }
        if Int(status.st_size) > maxReadBytes {
            throw Failure(
                description:
                    "cannot read '\(path)': the file is \(NumberFormatting.bytes(Int(status.st_size))); the limit for one file is \(NumberFormatting.bytes(maxReadBytes))"
            )
        }
        // A file may grow while it is read: read until the end, but never past the limit
        // plus one byte (the YAML layer then refuses the file as too large).
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

    /// What kind of file system object a mode's type bits name, for a message.
    static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a device"
        case S_IFBLK: "a disk device"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        default: "not a file"
        }
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

    /// Whether `path` names the file `file` is the status of (the same device and inode).
    static func isFile(_ path: String, _ file: stat) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_dev == file.st_dev && status.st_ino == file.st_ino
    }

    /// The path with symbolic links and `..` resolved: where a write through a link lands.
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) {
            return url.resolvingSymlinksInPath().path
        }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent)
            .path
    }
}
