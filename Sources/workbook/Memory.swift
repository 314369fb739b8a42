import CMalloc

/// How the command line asks glibc to manage its memory.
enum Memory {
    /// Blocks of this size or more are mapped on their own, and given back when freed.
    static let ownMappingFrom: Int32 = 256 << 10

    /// Fixes the size from which glibc maps a block on its own. Left to itself, glibc raises
    /// that size each time such a block is freed, so that the lists `compare` makes and drops
    /// (the folder's names, the ranking's halves) come to live in its heap and stay resident
    /// once freed, under everything made after them: at 100,000 files some 2 MB of a 32 MB
    /// peak (issue 22). Every block this large is a list that lives for a phase, never one
    /// made per file, so mapping each costs nothing that can be measured. (The release build
    /// on Linux links mimalloc, which gives freed pages back by itself and which this does not
    /// tune; debug builds, the sanitizers' among them, use glibc's.)
    static func giveBackLargeBlocks() {
        _ = mallopt(M_MMAP_THRESHOLD, ownMappingFrom)
    }
}
