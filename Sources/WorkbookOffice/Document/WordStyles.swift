/// The styles, list numbering and settings of every document: Word's own style names
/// (Title, Heading1 … Heading3, ListBullet), so a council's template restyles them; one page
/// language, en-GB; a plain sans-serif at 10.5 pt.
enum WordStyles {
    static let styles =
        WordXML.declaration + """
            <w:styles xmlns:w="\(WordXML.mainNamespace)">
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
            <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F2328"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:qFormat/><w:rPr><w:color w:val="57606A"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="1F2328"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="1F2328"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>\
            <w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:color w:val="57606A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TableGap"><w:name w:val="Table Gap"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="60" w:line="120" w:lineRule="exact"/></w:pPr></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
            <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
            <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            <w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:tblPr>\
            <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/></w:tblBorders>\
            <w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/>\
            <w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            </w:styles>

            """

    static let numbering =
        WordXML.declaration + """
            <w:numbering xmlns:w="\(WordXML.mainNamespace)">\
            <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>

            """

    static let settings =
        WordXML.declaration + """
            <w:settings xmlns:w="\(WordXML.mainNamespace)"><w:defaultTabStop w:val="720"/>\
            <w:characterSpacingControl w:val="doNotCompress"/><w:compat>\
            <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>\
            </w:compat></w:settings>

            """
}
