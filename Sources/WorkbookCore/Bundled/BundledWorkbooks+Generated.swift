// Generated from workbooks/*.yaml by BundledWorkbooksTests (RECORD_GOLDENS=1 swift test). Do not edit.

extension BundledWorkbooks {
    static let generatedSources: [(id: String, text: String)] = []
}
