import Testing
@testable import WorkbookOffice

/// The XML reader: what Office parts use is read; DTDs and entities never are.
struct XMLScannerTests {
    static func events(_ xml: String) throws -> [XMLScanner.Event] {
        var scanner = XMLScanner(Array(xml.utf8))
        var events: [XMLScanner.Event] = []
        while let event = try scanner.next() { events.append(event) }
        return events
    }

    @Test func elementsAttributesAndTextAreRead() throws {
        let events = try Self.events(
            "<?xml version=\"1.0\"?><x:c r='D14' t=\"s\"><!-- note --><v>1 &lt; 2 &amp; &#51;&#x41;</v><e/></x:c>")
        #expect(
            events == [
                .start(name: "c", attributes: ["r": "D14", "t": "s"], selfClosing: false),
                .start(name: "v", attributes: [:], selfClosing: false), .text("1 < 2 & 3A"), .end(name: "v"),
                .start(name: "e", attributes: [:], selfClosing: true), .end(name: "c"),
            ])
    }

    @Test func cdataIsText() throws {
        #expect(try Self.events("<t><![CDATA[a <b> & c]]></t>").contains(.text("a <b> & c")))
    }

    @Test func aDoctypeIsRefused() {
        #expect(throws: XMLScanner.Failure.doctype) { try Self.events("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>") }
    }

    @Test func anUndeclaredEntityIsRefused() {
        #expect(throws: XMLScanner.Failure.self) { try Self.events("<x>&nbsp;</x>") }
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "<a>", count: XMLScanner.maxDepth + 1)
        #expect(throws: XMLScanner.Failure.tooDeep(XMLScanner.maxDepth)) { try Self.events(deep) }
    }

    @Test(arguments: ["<a b=c/>", "<a", "<a b=\"c/>", "<!-- x", "<>"])
    func malformedXMLIsRefusedNotCrashed(_ xml: String) {
        #expect(throws: XMLScanner.Failure.self) { try Self.events(xml) }
    }
}
