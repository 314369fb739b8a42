// Codable is native-only: Embedded Swift (the wasm kernel, Scripts/build-wasm.sh) has no
// Codable, so the conformances live in this file, which the kernel's build leaves out.

extension ExpressionType: Codable {}

extension RuleRecord.Kind: Codable {}
