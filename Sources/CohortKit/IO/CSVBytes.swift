/// A growing buffer of UTF-8 bytes for writing large CSV files quickly.
struct CSVBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `value` as ``CSVNumber/format(_:places:)`` writes it; whole numbers
    /// (the common case of persons) without building a string.
    mutating func append(number value: Double, places: Int) {
        if places == 0, value.isFinite, abs(value) < 9e15 {
            var whole = Int64(value.rounded())
            if whole == 0 {
                bytes.append(UInt8(ascii: "0"))
                return
            }
            if whole < 0 {
                bytes.append(UInt8(ascii: "-"))
                whole = -whole
            }
            var digits:
                (
                    UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                    UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
                ) =
                    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { d in
                while whole > 0 {
                    d[count] = UInt8(whole % 10) + 48
                    whole /= 10
                    count += 1
                }
                for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[k]) }
            }
            return
        }
        append(CSVNumber.format(value, places: places))
    }

    /// The bytes as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
