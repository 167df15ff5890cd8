import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reading SVG output in tests with Foundation's own XML document model.
public enum SVG {
    /// The root element of `text`; nil when it is not well-formed XML.
    public static func parse(_ text: String) -> XMLElement? {
        (try? XMLDocument(xmlString: text, options: []))?.rootElement()
    }
}

extension XMLElement {
    /// Every element below this one (depth first) whose local name is `name`.
    public func all(_ name: String) -> [XMLElement] {
        childElements.flatMap { ($0.localName == name ? [$0] : []) + $0.all(name) }
    }

    /// The child elements, in order.
    public var childElements: [XMLElement] { (children ?? []).compactMap { $0 as? XMLElement } }

    /// The value of the attribute `key`, if present. (Read from ``attributes``:
    /// swift-corelibs-foundation's `attribute(forName:)` finds nothing in an
    /// element of a default namespace, as every SVG element is.)
    public subscript(_ key: String) -> String? { attributes?.first { $0.name == key }?.stringValue }

    /// A numeric attribute.
    public func number(_ key: String) -> Double? { self[key].flatMap(Double.init) }
}
