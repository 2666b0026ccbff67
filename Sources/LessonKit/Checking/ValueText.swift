/// How values, shapes and indices appear in feedback, the way Python prints them.
enum ValueText {
  /// `(2, 3)`, `(4,)`, `()`.
  static func shape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// `[1, 2]` for an element of a 2-D array; empty for a scalar.
  static func index(_ flat: Int, in shape: [Int]) -> String {
    guard !shape.isEmpty else { return "" }
    var rest = flat
    var indices: [Int] = []
    for extent in shape.reversed() {
      indices.append(extent == 0 ? 0 : rest % extent)
      rest = extent == 0 ? 0 : rest / extent
    }
    return "[" + indices.reversed().map(String.init).joined(separator: ", ") + "]"
  }

  /// A number as Python's `repr` writes it (`0.5`, `3`, `nan`, `-inf`).
  static func number(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    return "\(x)"
  }

  /// A short description of a value: its repr for scalars, its kind and shape for arrays.
  static func describe(_ value: CheckValue) -> String {
    switch value {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let x): return number(x)
    case .string(let s): return "'" + s + "'"
    case .array(let shape, _, let dtype):
      return "an array of shape \(ValueText.shape(shape)) (\(dtype))"
    case .list(let items): return "a list of \(items.count) items"
    case .tuple(let items):
      return "(" + items.map(describe).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    case .object(let type, let repr): return repr.isEmpty ? "a \(type)" : repr
    }
  }
}
