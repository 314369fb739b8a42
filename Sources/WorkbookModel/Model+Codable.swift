// Codable is native-only: Embedded Swift (the wasm kernel, Scripts/build-wasm.sh) has no
// Codable, so the conformances live in this file, which the kernel's build leaves out.

extension Rule.Severity: Codable {}

extension Rule.Subject: Codable {}

extension Group.Position: Codable {}

extension Workbook.Layout: Codable {}

extension Workbook.Aggregate: Codable {}
