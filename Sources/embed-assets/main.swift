// embed-assets: turns a target's style sheets and scripts into Swift string constants.
//
//     embed-assets --output FILE [--root DIR] [--name ENUM] ASSET...
//
// Writes one Swift file declaring `enum ENUM` (default `EmbeddedAssets`) with one `static let`
// per asset, named from its file name (`form.js` → `formJS`, `form-plan.css` → `formPlanCSS`),
// holding the file's bytes exactly (UTF-8, nothing added or trimmed). The output is ordinary
// Swift: no Foundation, no Bundle, no resources, so it compiles under Embedded Swift too.
// The EmbedAssets build-tool plugin runs it for the SwiftPM build; scripts that call swiftc
// themselves (Scripts/fuzz.sh, a WebAssembly build) run it through Scripts/embed-assets.sh.
// The comments name each asset relative to `--root`, by default the folder that holds them all,
// so the output does not depend on where the checkout is.

// Foundation only here, in a tool run at build time; what it writes needs none.
import Foundation

/// A mistake in the arguments or an asset: said on standard error, exit status 1.
struct Failure: Error {
    let message: String
}

/// `form-plan.css` → `formPlanCSS`: the words of the name camel-cased, the extension in capitals.
func constantName(forFile path: String) throws -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    let parts = file.split(separator: ".")
    guard parts.count >= 2, let ext = parts.last else {
        throw Failure(message: "\(path): an asset needs a name and an extension, such as form.js")
    }
    let words = parts.dropLast().joined(separator: ".").split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    guard let first = words.first else { throw Failure(message: "\(path): no letters in the name") }
    var name = first.lowercased()
    for word in words.dropFirst() { name += word.prefix(1).uppercased() + word.dropFirst() }
    name += ext.uppercased()
    if let initial = name.first, initial.isNumber { name = "asset" + name }
    return name
}

/// The text as the body of a Swift string literal: quotes, backslashes and controls escaped.
func swiftLiteral(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out
}

/// The folder every path is in (`a/b/` for `a/b/c.css` and `a/b/d/e.js`), or "" for none.
func commonFolder(_ paths: [String]) -> String {
    let folders = paths.map { $0.split(separator: "/", omittingEmptySubsequences: false).dropLast() }
    guard var common = folders.first else { return "" }
    for folder in folders.dropFirst() {
        common = common.prefix(zip(common, folder).prefix { $0 == $1 }.count)
    }
    return common.isEmpty ? "" : common.joined(separator: "/") + "/"
}

func run(_ arguments: [String]) throws {
    var output: String?
    var root: String?
    var enumName = "EmbeddedAssets"
    var assets: [String] = []
    var index = 0
    func value(_ option: String) throws -> String {
        index += 1
        guard index < arguments.count else { throw Failure(message: "\(option) needs a value") }
        return arguments[index]
    }
    while index < arguments.count {
        switch arguments[index] {
        case "--output": output = try value("--output")
        case "--root": root = try value("--root")
        case "--name": enumName = try value("--name")
        case let option where option.hasPrefix("--"): throw Failure(message: "unknown option \(option)")
        case let path: assets.append(path)
        }
        index += 1
    }
    guard let output else {
        throw Failure(message: "usage: embed-assets --output FILE [--root DIR] [--name ENUM] ASSET...")
    }

    // Sorted by the name shown, so the output is the same whatever order the files come in.
    let prefix = root.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? commonFolder(assets)
    func shown(_ path: String) -> String {
        path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
    var seen: [String: String] = [:]
    var constants = ""
    for path in assets.sorted(by: { shown($0) < shown($1) }) {
        let name = try constantName(forFile: path)
        if let other = seen[name] { throw Failure(message: "\(shown(path)) and \(other) would both be \(name)") }
        seen[name] = shown(path)
        let data: Data
        do { data = try Data(contentsOf: URL(filePath: path)) } catch {
            throw Failure(message: "\(path): cannot read it (\(error))")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Failure(message: "\(shown(path)): not UTF-8 text")
        }
        constants += "\n    /// `\(shown(path))`, as it is in the file.\n"
        constants += "    static let \(name) = \"\(swiftLiteral(text))\"\n"
    }
    let source = """
        // Generated by embed-assets from the asset files named below: edit those, not this.

        /// The style sheets and scripts of this module's pages, embedded when it is built.
        enum \(enumName) {\(constants)}

        """
    // Left alone when it already says this, so that what depends on it is not rebuilt.
    if let existing = try? Data(contentsOf: URL(filePath: output)), existing == Data(source.utf8) { return }
    do { try Data(source.utf8).write(to: URL(filePath: output)) } catch {
        throw Failure(message: "\(output): cannot write it (\(error))")
    }
}

do {
    try run(Array(CommandLine.arguments.dropFirst()))
} catch let failure as Failure {
    FileHandle.standardError.write(Data(("embed-assets: " + failure.message + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("embed-assets: \(error)\n".utf8))
    exit(1)
}
