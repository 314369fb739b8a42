/// A response together with the workbook it was checked against: what the loader gives,
/// and what comparing, merging and reporting start from.
public struct LoadedResponse: Sendable, Equatable {
    /// The response.
    public var response: Response
    /// The workbook it answers.
    public var workbook: Workbook

    /// Creates a pair.
    public init(response: Response, workbook: Workbook) {
        self.response = response
        self.workbook = workbook
    }
}
