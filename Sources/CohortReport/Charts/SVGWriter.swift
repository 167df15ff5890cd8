import CohortKit
import Foundation

/// Writes SVG markup: elements with attributes, text escaped, coordinates
/// rounded to 0.01 of a pixel. A small builder, not a DOM.
///
/// ```swift
/// var svg = SVGWriter(width: 400, height: 300, title: "A chart", description: "What it shows")
/// svg.rect(x: 10, y: 10, width: 50, height: 20, fill: "#0072B2")
/// let text = svg.finish()
/// ```
public struct SVGWriter: Sendable {
    /// Width and height of the picture, pixels.
    public let width: Double, height: Double
    private var parts: [String] = []

    /// A document `width` × `height` pixels with a `<title>` and `<desc>` (read by screen readers).
    public init(width: Double, height: Double, title: String, description: String) {
        self.width = width
        self.height = height
        parts.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
                + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" "
                + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">")
        parts.append("<title>\(Self.escape(title))</title>")
        parts.append("<desc>\(Self.escape(description))</desc>")
        parts.append(
            "<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"#FFFFFF\"/>"
        )
    }

    /// A coordinate or length: at most two decimals, no trailing zeros, no "-0".
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let rounded = (v * 100).rounded() / 100
        if rounded == rounded.rounded() { return CSVNumber.format(rounded, places: 0) }
        var s = String(format: "%.2f", rounded)
        while s.hasSuffix("0") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    /// Text with &, <, > and quotes escaped for XML.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func attributes(_ a: [(String, String)]) -> String {
        a.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// A rectangle; `extra` adds attributes (e.g. `data-value`).
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        stroke: String? = nil, extra: [(String, String)] = []
    ) {
        var a = [
            ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(Swift.max(width, 0))),
            ("height", Self.number(Swift.max(height, 0))), ("fill", fill),
        ]
        if let stroke { a += [("stroke", stroke), ("stroke-width", "0.5")] }
        parts.append("<rect\(Self.attributes(a + extra))/>")
    }

    /// A circle at (cx, cy) of radius `r`.
    public mutating func circle(
        cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, extra: [(String, String)] = []
    ) {
        var a = [("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)), ("fill", fill)]
        if let stroke { a += [("stroke", stroke), ("stroke-width", "1.5")] }
        parts.append("<circle\(Self.attributes(a + extra))/>")
    }

    /// A straight line.
    public mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil, extra: [(String, String)] = []
    ) {
        var a = [
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(width)),
        ]
        if let dash { a.append(("stroke-dasharray", dash)) }
        parts.append("<line\(Self.attributes(a + extra))/>")
    }

    /// A polyline through `points`.
    public mutating func polyline(
        _ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String? = nil,
        extra: [(String, String)] = []
    ) {
        var a = [
            ("points", points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")),
            ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(width)), ("stroke-linejoin", "round"),
        ]
        if let dash { a.append(("stroke-dasharray", dash)) }
        parts.append("<polyline\(Self.attributes(a + extra))/>")
    }

    /// A closed, filled polygon.
    public mutating func polygon(
        _ points: [(Double, Double)], fill: String, opacity: Double = 1, extra: [(String, String)] = []
    ) {
        let a = [
            ("points", points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")),
            ("fill", fill), ("fill-opacity", Self.number(opacity)),
        ]
        parts.append("<polygon\(Self.attributes(a + extra))/>")
    }

    /// Text at (x, y): `anchor` start, middle or end; `rotate` in degrees about (x, y).
    public mutating func text(
        _ s: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
        weight: String? = nil, fill: String = "#222222", rotate: Double? = nil,
        extra: [(String, String)] = []
    ) {
        var a = [
            ("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor), ("font-size", Self.number(size)),
            ("fill", fill),
        ]
        if let weight { a.append(("font-weight", weight)) }
        if let rotate { a.append(("transform", "rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))")) }
        parts.append("<text\(Self.attributes(a + extra))>\(Self.escape(s))</text>")
    }

    /// Opens a group with these attributes (close it with ``endGroup()``).
    public mutating func beginGroup(_ attributes: [(String, String)]) {
        parts.append("<g\(Self.attributes(attributes))>")
    }

    /// Closes the last group.
    public mutating func endGroup() { parts.append("</g>") }

    /// The finished document.
    public func finish() -> String { (parts + ["</svg>"]).joined(separator: "\n") + "\n" }
}
