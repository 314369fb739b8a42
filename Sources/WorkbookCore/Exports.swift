// The façade: a program that imports WorkbookCore sees every layer below it, so the command
// line, the Office target and the tests need one import. The layers themselves import only
// what Package.swift declares for them (Scripts/check-layers.py).
@_exported public import WorkbookComparison
@_exported public import WorkbookDiagnostics
@_exported public import WorkbookForms
@_exported public import WorkbookFormat
@_exported public import WorkbookLoading
@_exported public import WorkbookMerge
@_exported public import WorkbookMigration
@_exported public import WorkbookModel
@_exported public import WorkbookReporting
@_exported public import WorkbookRules
@_exported public import WorkbookScoring
@_exported public import WorkbookSupport
@_exported public import WorkbookValidation
@_exported public import WorkbookYAML
