// Fuzz target `yaml`: any bytes through the YAML layer, under both policies.
// Run with Scripts/fuzz.sh yaml.

/// libFuzzer's entry: parses the input under both policies and checks that strict refuses
/// everything general refuses, and that we never accept what libyaml refuses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = InputFile(name: "fuzz.yaml", bytes: FuzzSupport.bytes(data, size))
    let general = YAMLParser.parse(input, policy: .general)
    let strict = YAMLParser.parse(input, policy: .strict)
    // Strict is general with more refused: it never accepts what general rejects.
    if general.diagnostics.containsErrors, !strict.diagnostics.containsErrors {
        fatalError("the strict policy accepts a file the general policy rejects")
    }
    // libyaml's verdict and ours agree, except where our input checks are stricter.
    if !general.diagnostics.containsErrors, !YAMLParser.libYAMLAccepts(input.bytes) {
        fatalError("we accept a file libyaml rejects")
    }
    FuzzSupport.render(general.diagnostics + strict.diagnostics, source: input)
    return 0
}

extension FuzzSupport {
    /// Nothing to prepare for this target.
    static func warmUp() {}
}
