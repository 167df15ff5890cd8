/// Colours, dashes and sizes shared by the charts.
///
/// Colours are from Okabe and Ito's palette for colour-blind readers, picked
/// so that their greyscale lightness also differs (light grey for ordinary
/// cohorts, orange for the second boom, dark blue for the first); scenario
/// lines differ by dash pattern as well as colour, so a greyscale print
/// still tells them apart.
public enum ChartStyle {
    /// Ordinary cohorts in a pyramid (relative luminance 0.72).
    public static let neutral = "#DCDCDC"
    /// The first highlighted cohort group (Okabe–Ito blue, luminance 0.16).
    public static let first = "#0072B2"
    /// The second highlighted cohort group (Okabe–Ito orange, luminance 0.46).
    public static let second = "#E69F00"
    /// Further highlights: bluish green, vermillion, reddish purple.
    public static let more = ["#009E73", "#D55E00", "#CC79A7"]
    /// Axis lines and text.
    public static let ink = "#222222"
    /// Grid lines.
    public static let grid = "#E4E4E4"
    /// Secondary text (source lines, notes).
    public static let muted = "#666666"
    /// Bands marking periods (waves): a light tint.
    public static let band = "#F2F2F2"

    /// Highlight colours in order.
    public static var highlights: [String] { [first, second] + more }

    /// Line colours for scenarios, in order (black first, then Okabe–Ito).
    public static let lines = ["#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    /// Dash patterns for scenarios, in the same order (solid first).
    public static let dashes: [String?] = [nil, "8 4", "2 3", "10 3 2 3", "4 4", "12 4 2 4 2 4", "1 5"]

    /// The colour and dash of scenario `i`.
    public static func line(_ i: Int) -> (colour: String, dash: String?) {
        (lines[i % lines.count], dashes[i % dashes.count])
    }
}
