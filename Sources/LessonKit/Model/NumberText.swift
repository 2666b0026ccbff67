/// Short, stable text for numbers, without Foundation.
enum NumberText {
  /// `1.0` as `1`, `0.5` as `0.5`, `1e-07` as `1e-07`; `inf`, `-inf`, `nan` as Python writes them.
  static func short(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
    return "\(x)"
  }
}
