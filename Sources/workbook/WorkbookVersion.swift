import ArgumentParser
import Glibc
import WorkbookCore

enum WorkbookVersion {
    static let current = "0.1.0"
}
