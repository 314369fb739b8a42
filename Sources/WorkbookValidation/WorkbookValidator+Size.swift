import WorkbookSupport
import WorkbookDiagnostics
import WorkbookModel

extension WorkbookValidator {
    /// The most text the form may repeat for its questions: each question shows every level's
    /// label and description, so the form grows with questions × the scale's text.
    static let maxRepeatedScaleBytes = 32 * 1024 * 1024

    /// An error when the scale's text, repeated for every question, would pass the limit.
    static func repeatedScale(_ workbook: Workbook) -> [Diagnostic] {
        let levels = workbook.scale.levels
        let perQuestion = levels.reduce(0) { $0 + $1.label.utf8.count + $1.description.utf8.count }
        let (total, overflow) = perQuestion.multipliedReportingOverflow(by: workbook.questions.count)
        guard overflow || total > maxRepeatedScaleBytes else { return [] }
        return [
            .error(
                .invalidScale,
                "the scale's levels hold \(NumberFormatting.bytes(perQuestion)) of labels and descriptions, which the form shows for each of the \(workbook.questions.count) questions (\(overflow ? "far over" : NumberFormatting.bytes(total))); the limit is \(NumberFormatting.bytes(maxRepeatedScaleBytes))",
                at: levels.first?.location ?? workbook.location,
                hint: "shorten the level descriptions: the questions' own wording for a level can say more")
        ]
    }
}
