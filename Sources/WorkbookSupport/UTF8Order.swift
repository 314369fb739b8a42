/// The order of UTF-8 text as `String` orders it, made without a `String` when both sides are
/// ASCII (byte order is then the same order): for sorting packed names and keys.
public enum UTF8Order {
    /// `true` when `lhs` sorts before `rhs`, `false` when after, nil when they are equal.
    public static func compare(_ lhs: ArraySlice<UInt8>, _ rhs: ArraySlice<UInt8>) -> Bool? {
        if lhs.allSatisfy({ $0 < 0x80 }), rhs.allSatisfy({ $0 < 0x80 }) {
            return lhs.elementsEqual(rhs) ? nil : lhs.lexicographicallyPrecedes(rhs)
        }
        let (left, right) = (String(decoding: lhs, as: UTF8.self), String(decoding: rhs, as: UTF8.self))
        return left == right ? nil : left < right
    }
}
