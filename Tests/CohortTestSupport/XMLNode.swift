import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element parsed by Foundation's XMLParser: name, attributes,
/// children, text. For tests that check SVG output.
public final class XMLNode {
    /// The element's name.
    public let name: String
    /// Its attributes.
    public let attributes: [String: String]
    /// Its child elements, in order.
    public internal(set) var children: [XMLNode] = []
    /// Its text (all character data directly inside it).
    public internal(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one (depth first) named `name`.
    public func all(_ name: String) -> [XMLNode] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    /// A numeric attribute.
    public func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }

    /// Parses `text`; nil when it is not well-formed XML.
    public static func parse(_ text: String) -> XMLNode? {
        let delegate = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else { return nil }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = XMLNode(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
