/// Number formatting for tick labels and summaries, without Foundation.
enum NumberFormat {
  /// `value` with a fixed number of decimals, rounded half away from zero: `fixed(0.125, 2)`
  /// is `"0.13"`, `fixed(-3, 1)` is `"-3.0"`. Non-finite values read `nan`, `inf`, `-inf`.
  static func fixed(_ value: Double, decimals: Int) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let scale = power10(decimals)
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e18 else { return scientific(value, digits: 3) }
    let integer = UInt64(scaled)
    let unit = UInt64(scale)
    var text = String(integer / unit)
    if decimals > 0 {
      let fraction = String(integer % unit)
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return (value < 0 && integer != 0 ? "-" : "") + text
  }

  /// `value` to `digits` significant digits without trailing zeros, like C's `%g` but with a
  /// short exponent: `0.6931` -> `"0.693"`, `1234.4` -> `"1234"` (fixed up to 5 integer digits),
  /// `0.000012` -> `"1.2e-5"`.
  static func significant(_ value: Double, digits: Int = 3) -> String {
    if !value.isFinite { return fixed(value, decimals: 0) }
    if value == 0 { return "0" }
    let exponent = Int((log10Approximate(abs(value))).rounded(.down))
    if exponent < -4 || exponent >= 5 { return scientific(value, digits: digits) }
    let text = fixed(value, decimals: max(0, digits - 1 - exponent))
    return trimmingZeros(text)
  }

  /// Scientific notation with a short exponent: `scientific(0.00012, digits: 2)` is `"1.2e-4"`.
  static func scientific(_ value: Double, digits: Int) -> String {
    if !value.isFinite || value == 0 { return fixed(value, decimals: 0) }
    var exponent = Int(log10Approximate(abs(value)).rounded(.down))
    var mantissa = value / power10(exponent)
    let rounded = Double(fixed(abs(mantissa), decimals: max(0, digits - 1))) ?? abs(mantissa)
    if rounded >= 10 {
      exponent += 1
      mantissa /= 10
    }
    return trimmingZeros(fixed(mantissa, decimals: max(0, digits - 1))) + "e\(exponent)"
  }

  /// Labels for evenly spaced ticks: as many decimals as the step needs, `1e-5` style for very
  /// small or large magnitudes.
  static func tickLabel(_ value: Double, step: Double) -> String {
    let magnitude = max(abs(value), abs(step))
    if magnitude >= 1e6 || magnitude < 1e-4 {
      return value == 0 ? "0" : scientific(value, digits: 2)
    }
    var decimals = 0
    while decimals < 10 {
      let scaled = step * power10(decimals)
      if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { break }
      decimals += 1
    }
    return fixed(value, decimals: decimals)
  }

  /// 10 to an integer power, exact for the range plots use.
  static func power10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }

  static func log10Approximate(_ value: Double) -> Double {
    ScaleMath.log10(value)
  }

  private static func trimmingZeros(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = Substring(text)
    while result.hasSuffix("0") { result = result.dropLast() }
    if result.hasSuffix(".") { result = result.dropLast() }
    return String(result)
  }
}
