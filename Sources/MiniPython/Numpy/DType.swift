/// The element type of an `NDArray`: numpy's `float64`, `int64` or `bool`.
///
/// Every element is stored as a `Double`; the dtype says how it is read, printed and promoted.
/// `int64` values are exact up to 2^53, which covers every integer the courses compute with.
/// Other numpy names are accepted and mapped (`DType(numpyName:)`): the float types to `float64`,
/// the signed and unsigned integer types to `int64`, `bool_` to `bool`.
///
/// Promotion follows numpy's lattice for these three types: `bool < int64 < float64`, so
/// `bool + int → int64`, `int + float → float64`; true division always gives `float64` and
/// comparisons give `bool`.
public enum DType: String, Sendable, CaseIterable {
  case bool
  case int64
  case float64

  /// The dtype numpy names `name`, mapped onto the three stored types; nil when numpy has no such name.
  public init?(numpyName name: String) {
    switch name {
    case "float64", "float32", "float16", "float", "double", "f8", "f4", "f2", "d", "f", "single",
      "half", "longdouble", "float_":
      self = .float64
    case "int64", "int32", "int16", "int8", "int", "intp", "uint8", "uint16", "uint32", "uint64",
      "uint", "i8", "i4", "i2", "i1", "u1", "u2", "u4", "u8", "long", "longlong", "short", "byte",
      "ubyte", "int_":
      self = .int64
    case "bool", "bool_", "?", "b1":
      self = .bool
    default:
      return nil
    }
  }

  /// The result type numpy gives to an arithmetic operation on the two types.
  public static func promoted(_ a: DType, _ b: DType) -> DType {
    a.rank >= b.rank ? a : b
  }

  /// The name numpy prints (`dtype('float64')` shows `float64`).
  public var name: String { rawValue }

  /// Whether values are integral (`int64` or `bool`).
  public var isIntegral: Bool { self != .float64 }

  /// Converts a value to this type as `astype` does: truncation toward zero for `int64`, non-zero
  /// test for `bool`.
  @inline(__always) public func cast(_ value: Double) -> Double {
    switch self {
    case .float64: return value
    case .int64: return value.isFinite ? value.rounded(.towardZero) : Double(Int64.min)
    case .bool: return value != 0 ? 1 : 0
    }
  }

  private var rank: Int {
    switch self {
    case .bool: return 0
    case .int64: return 1
    case .float64: return 2
    }
  }
}
