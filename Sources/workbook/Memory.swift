import CMalloc

/// How the command line asks the allocator to manage its memory.
enum Memory {
    /// Blocks of this size or more are mapped on their own, and given back when freed.
    static let ownMappingFrom: Int32 = 256 << 10

    /// Has freed memory go back to the system as soon as it is freed, whichever allocator the
    /// build has, so that the lists `compare` makes and drops (the folder's names, the
    /// comparator's lists) do not stay resident under everything made after them (issue 22).
    ///
    /// glibc (debug builds, the sanitizers', other systems) raises the size from which it maps
    /// a block on its own each time such a block is freed, so that those lists came to live in
    /// its heap: at 100,000 files some 2 MB of a 32 MB peak. Every block this large is a list
    /// that lives for a phase, never one made per file, so mapping each costs nothing that can
    /// be measured. mimalloc (the Linux release build) waits before it decommits freed pages:
    /// at 100,000 files 3 to 4 MB of a 33 MB peak, 1.50× the 10,000-file peak, against 1.44×
    /// when it gives them back at once, for no measurable time (docs/performance.md).
    static func giveBackFreedMemory() {
        _ = mallopt(M_MMAP_THRESHOLD, ownMappingFrom)
        workbook_mimalloc_give_back_at_once()
    }
}
