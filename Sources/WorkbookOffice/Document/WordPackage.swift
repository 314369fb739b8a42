/// A .docx file: the document and the parts Word and LibreOffice need to open it without a
/// repair prompt (content types, relationships, styles, list numbering, settings, document
/// properties), zipped with the same `ZipWriter` as the spreadsheets. Same document, same
/// bytes: the writer gives every entry one fixed date, and no part holds a timestamp.
enum WordPackage {
    /// The .docx bytes of a document.
    ///
    /// - Parameters:
    ///   - document: the body.
    ///   - title: the document's title, in its properties.
    /// - Returns: the zipped package, ready to write as a .docx file.
    static func bytes(_ document: WordDocument, title: String) -> [UInt8] {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", core(title: title)),
            ("docProps/app.xml", app),
            ("word/document.xml", document.xml),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", WordStyles.styles),
            ("word/numbering.xml", WordStyles.numbering),
            ("word/settings.xml", WordStyles.settings),
        ]
        var zip = ZipWriter()
        for (path, text) in parts { zip.add(path, text: text) }
        return zip.finish()
    }

    private static let contentTypes =
        WordXML.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>

            """

    private static let packageRelationships =
        WordXML.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>

            """

    private static let documentRelationships =
        WordXML.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
            </Relationships>

            """

    private static func core(title: String) -> String {
        WordXML.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\
            <dc:title>\(WordXML.escaped(title))</dc:title><dc:creator>workbook</dc:creator>\
            <dc:language>en-GB</dc:language></cp:coreProperties>

            """
    }

    private static let app =
        WordXML.declaration + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
            <Application>workbook</Application></Properties>

            """
}
