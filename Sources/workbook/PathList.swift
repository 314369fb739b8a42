import WorkbookSupport

/// The files a command reads, kept as a folder and a name each: at 100,000 files a `String`
/// per path (with its heap storage) cost some 8 MB for as long as the files were read, and
/// the process kept it after (issue 22); here a file costs its name's bytes and two offsets.
///
/// A folder's names are kept in the order they were read and put in order through `order`,
/// so sorting them never makes a second list of the names.
struct PathList: Sendable, RandomAccessCollection {
    /// Every name's UTF-8, one after another, as read, and where each ends.
    private var names: [UInt8] = []
    private var nameEnds: [UInt32] = []
    /// The names in list order: `order[position]` is the name at `position`.
    private var order: [UInt32] = []
    /// The folder of each run of files: from `start` on, until the next run, each ending in
    /// "/" (or "" for paths named whole).
    private var folders: [(start: Int, folder: String)] = []

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { order.count }

    /// The path of file `position`, as the user named it (the folder then the name).
    subscript(position: Int) -> String {
        let name = String(decoding: self.name(Int(order[position])), as: UTF8.self)
        // The last run that starts at or before `position` (runs are few: one per argument).
        let folder = folders.last { $0.start <= position }?.folder ?? ""
        return folder.isEmpty ? name : folder + name
    }

    /// Adds a path named whole.
    mutating func append(_ path: String) {
        startRun(in: "")
        order.append(UInt32(nameEnds.count))
        add(path.utf8)
    }

    /// Adds every name of `list` (each named whole) inside `folder`, in the order `String`
    /// sorts them: compared as bytes when both are ASCII (the same order, without a String).
    mutating func append(sorting list: PathList, into folder: String) {
        guard !list.isEmpty else { return }
        startRun(in: folder)
        let first = nameEnds.count
        if names.isEmpty {
            // The first folder's names are taken as they are: no copy of them is made.
            (names, nameEnds) = (list.names, list.nameEnds)
        } else {
            for entry in list.order { add(list.name(Int(entry))) }
        }
        order.append(contentsOf: (first..<nameEnds.count).lazy.map { UInt32($0) })
        let (allNames, ends) = (names, nameEnds)
        order[(order.count - list.count)...]
            .sort { left, right in
                let (lhs, rhs) = (Self.name(Int(left), allNames, ends), Self.name(Int(right), allNames, ends))
                if lhs.allSatisfy({ $0 < 0x80 }), rhs.allSatisfy({ $0 < 0x80 }) {
                    return lhs.lexicographicallyPrecedes(rhs)
                }
                return String(decoding: lhs, as: UTF8.self) < String(decoding: rhs, as: UTF8.self)
            }
    }

    private mutating func startRun(in folder: String) {
        if folders.last?.folder != folder { folders.append((order.count, folder)) }
    }

    private mutating func add(_ name: some Collection<UInt8>) {
        names.append(contentsOf: name)
        // 4 GB of names is far past the 100,000 files one command reads.
        precondition(names.count <= Int(UInt32.max), "more than 4 GB of file names")
        nameEnds.append(UInt32(names.count))
    }

    /// The bytes of name `entry` (in the order read).
    private func name(_ entry: Int) -> ArraySlice<UInt8> { Self.name(entry, names, nameEnds) }

    private static func name(_ entry: Int, _ names: [UInt8], _ ends: [UInt32]) -> ArraySlice<UInt8> {
        names[(entry == 0 ? 0 : Int(ends[entry - 1]))..<Int(ends[entry])]
    }
}
