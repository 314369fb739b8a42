import FoundationEssentials
import Glibc
import Synchronization
import WorkbookCore

/// Writing outputs: `-o FILE`, standard output and standard error.
///
/// A regular file is written atomically: to a temporary file in the same folder, then
/// renamed into place, so a reader never sees half a report and a failed write leaves
/// nothing behind. Renaming only ever replaces a regular file: a named pipe or a character
/// device (`/dev/null`, a terminal) is written through, as the shell's `>` would, and a
/// symbolic link is followed to the file it names, which is replaced and the link kept.
extension FileAccess {
    /// Writes `bytes` to `path` (`-` is standard output).
    ///
    /// - Parameters:
    ///   - bytes: what to write.
    ///   - path: the file to write, or `-` for standard output.
    ///   - inputs: paths read in this run; writing over any of them is refused.
    ///   - overwrite: whether an existing file may be replaced (never for a response skeleton).
    /// - Throws: `Failure`, saying why, when the write is refused or fails; nothing is left behind.
    static func write(_ bytes: [UInt8], to path: String, inputs: some Sequence<String>, overwrite: Bool) throws {
        try write(to: path, inputs: inputs, overwrite: overwrite) { $0.write(bytes) }
    }

    /// Writes what `produce` hands its sink, piece by piece as it is made, to `path` (`-` is
    /// standard output), as `write(_:to:inputs:overwrite:)` writes bytes: a large report is
    /// never held whole. The checks come first, so nothing is rendered for a path refused.
    static func write(
        to path: String, inputs: some Sequence<String>, overwrite: Bool, producing produce: (ByteSink) -> Void
    ) throws {
        if path == "-" {
            writeStandardOutput(producing: produce)
            return
        }
        var existing = stat()
        // stat, not lstat: a symbolic link is judged by what it points to.
        let exists = stat(path, &existing) == 0
        // A path that names no file is none of the inputs, which were all read; one that does
        // is an input when it is the same file, however either is written (`./`, `..`, a
        // symbolic link, a hard link). One stat per input, not a resolved path each (at
        // 100,000 inputs that took seconds of system calls, issue 22).
        if exists, inputs.contains(where: { isFile($0, existing) }) {
            throw Failure(description: "refusing to write to '\(path)': it is one of this command's inputs")
        }
        if !exists {
            var link = stat()
            if lstat(path, &link) == 0 {
                throw Failure(
                    description:
                        "cannot write '\(path)': it is a symbolic link to a file that does not exist; remove the link or choose another name"
                )
            }
        }
        if exists {
            let kind = existing.st_mode & S_IFMT
            if kind == S_IFIFO || kind == S_IFCHR {
                try writeThrough(produce, to: path)
                return
            }
            guard kind == S_IFREG else {
                throw Failure(description: "cannot write '\(path)': it is \(describe(kind)), not a regular file")
            }
            if !overwrite {
                throw Failure(
                    description:
                        "refusing to overwrite '\(path)': it already exists (it may hold a workshop's answers); choose another name or remove it first"
                )
            }
            // Root may write any file: the permission bits say what its owner meant.
            if existing.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
                throw Failure(
                    description:
                        "refusing to overwrite '\(path)': the file is read-only; make it writable or choose another name"
                )
            }
        }
        // The file replaced is the one a link points to; the link stays.
        let destination = exists ? resolved(path) : path
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory else {
            throw Failure(description: "cannot write '\(path)': the folder '\(folder)' does not exist")
        }
        let temporary = try createTemporary(in: folder, for: url.lastPathComponent, path: path)
        do {
            try writeAll(produce, to: temporary.descriptor, path: path)
            if exists {
                // Keep the permissions (and, for root, the owner) of the file replaced.
                _ = fchmod(temporary.descriptor, existing.st_mode & 0o7777)
                _ = fchown(temporary.descriptor, existing.st_uid, existing.st_gid)
            }
            guard close(temporary.descriptor) == 0 else {
                throw Failure(description: "cannot write '\(path)': \(reason(errno))")
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        if overwrite {
            guard rename(temporary.path, destination) == 0 else {
                let why = reason(errno)
                unlink(temporary.path)
                throw Failure(description: "cannot write '\(path)': \(why)")
            }
        } else {
            // link() fails if the target exists, so two runs cannot both create it.
            let linked = link(temporary.path, destination) == 0
            let code = errno
            unlink(temporary.path)
            guard linked else {
                throw Failure(
                    description: code == EEXIST
                        ? "refusing to overwrite '\(path)': it already exists"
                        : "cannot write '\(path)': \(reason(code))")
            }
        }
    }

    /// The longest file name most file systems allow, in bytes.
    static let maxNameBytes = 255

    /// A new temporary file beside the output, opened for writing. Its name is the output's
    /// with a dot before and the process id after, or a short fixed name when that would pass
    /// the file system's name limit; `O_EXCL` means nothing already there (a link someone
    /// planted) is ever opened.
    private static func createTemporary(in folder: String, for name: String, path: String) throws -> (
        path: String, descriptor: Int32
    ) {
        let process = ProcessInfo.processInfo.processIdentifier
        for attempt in 0..<100 {
            let suffix = attempt == 0 ? "\(process).tmp" : "\(process)-\(attempt).tmp"
            var base = ".\(name).\(suffix)"
            if base.utf8.count > maxNameBytes { base = ".workbook-output.\(suffix)" }
            let temporary = "\(folder)/\(base)"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
            if descriptor >= 0 { return (temporary, descriptor) }
            if errno == EEXIST { continue }
            let code = errno
            throw Failure(
                description: code == EACCES || code == EPERM || code == EROFS
                    ? "cannot write '\(path)': the folder is not writable" : "cannot write '\(path)': \(reason(code))")
        }
        throw Failure(description: "cannot write '\(path)': no temporary file could be made beside it")
    }

    /// Writes through a named pipe or character device that is already there.
    private static func writeThrough(_ produce: (ByteSink) -> Void, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw Failure(description: "cannot write '\(path)': \(reason(errno))") }
        defer { close(descriptor) }
        try writeAll(produce, to: descriptor, path: path)
    }

    /// Writes every piece `produce` makes; after a write fails the rest are dropped, and the
    /// first failure is thrown.
    private static func writeAll(_ produce: (ByteSink) -> Void, to descriptor: Int32, path: String) throws {
        var code: Int32 = 0
        produce(
            ByteSink { piece in
                if code == 0 { code = writeAll(piece, to: descriptor) }
            })
        if code != 0 { throw Failure(description: "cannot write '\(path)': \(reason(code))") }
    }

    /// Writes a whole buffer, retrying short writes; 0, or the errno of the write that failed.
    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0, errno == EINTR { continue }
            if written < 0 { return errno }
            if written == 0 { return EIO }
            offset += written
        }
        return 0
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    // MARK: - Standard output and standard error

    /// The first error writing standard output or standard error, if any (0 for none).
    /// `WorkbookCommand.main` turns it into a non-zero exit: a report written to a full disk
    /// (`> /dev/full`) must not look like success.
    static let streamError = Atomic<Int32>(0)

    static func writeStandardOutput(_ text: String) {
        var text = text
        text.withUTF8 { record(writeAll($0, to: STDOUT_FILENO)) }
    }

    static func writeStandardOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { record(writeAll($0, to: STDOUT_FILENO)) }
    }

    /// Writes every piece `produce` makes to standard output, as it is made.
    static func writeStandardOutput(producing produce: (ByteSink) -> Void) {
        produce(ByteSink { piece in record(writeAll(piece, to: STDOUT_FILENO)) })
    }

    static func writeStandardError(_ text: String) {
        var text = text
        text.withUTF8 { record(writeAll($0, to: STDERR_FILENO)) }
    }

    /// At exit: when a write to standard output or error failed, says so (if standard error
    /// still works) and ends with status 1 instead of the command's own.
    static func failIfAnOutputStreamFailed() {
        // Help and errors from the argument parser go through C's stdio: flush it first.
        let flushed = fflush(nil) == 0
        let code = streamError.load(ordering: .relaxed)
        guard !flushed || code != 0 else { return }
        let why = code != 0 ? reason(code) : "a write failed"
        writeStandardError("error: cannot write the output: \(why)\n")
        _exit(1)
    }

    private static func record(_ code: Int32) {
        if code != 0 { _ = streamError.compareExchange(expected: 0, desired: code, ordering: .relaxed) }
    }
}
