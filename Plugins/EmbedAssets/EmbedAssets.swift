import Foundation
import PackagePlugin

/// Embeds a target's style sheets and scripts at build time: every `.css` and `.js` file among
/// the target's files becomes a string constant of `EmbeddedAssets`, written by the
/// `embed-assets` tool into a Swift file that is compiled with the target. SwiftPM hands files it
/// does not compile itself to the target's plugins, so the assets need no `exclude:` and are not
/// resources.
///
/// The assets are kept as files so that they can be read, linted and tested as CSS and
/// JavaScript (`Scripts/check-assets.sh`); the generated Swift needs no Foundation, Bundle or
/// resources, so the same tool serves builds outside SwiftPM (`Scripts/embed-assets.sh`).
@main
struct EmbedAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let assets = module.sourceFiles.map(\.url).filter { ["css", "js"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        guard !assets.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(assets.count) style sheets and scripts in \(target.name)",
                executable: try context.tool(named: "embed-assets").url,
                arguments: ["--output", output.path] + assets.map(\.path),
                inputFiles: assets,
                outputFiles: [output])
        ]
    }
}
