/// "Nice" axis ticks: round numbers at steps of 1, 2 or 5 times a power of ten.
///
/// The algorithm is d3-array's `ticks` (after Heckbert's "nice numbers"): for about `count`
/// ticks over `[low, high]`, the raw step `(high - low) / count` is rounded to 1, 2, 5 or 10
/// times `10^floor(log10(step))`, switching at √2, √10 and √50; the ticks are the multiples of
/// that step inside the interval. Log axes put ticks at powers of ten.
enum Ticks {
  /// The step between nice ticks for about `count` ticks over `[low, high]`.
  static func step(from low: Double, to high: Double, count: Int) -> Double {
    let raw = (high - low) / Double(max(1, count))
    guard raw > 0 && raw.isFinite else { return 1 }
    let power = ScaleMath.log10(raw).rounded(.down)
    let base = NumberFormat.power10(Int(power))
    let error = raw / base
    let factor: Double =
      error >= 50.0.squareRoot()
      ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
    return factor * base
  }

  /// About `count` nice ticks inside `[low, high]`, increasing; `[low]` when the interval is a point.
  static func linear(from low: Double, to high: Double, count: Int) -> [Double] {
    guard low.isFinite && high.isFinite else { return [] }
    guard high > low else { return [low] }
    let step = step(from: low, to: high, count: count)
    // Dividing by the reciprocal of a step below 1 keeps 0.1 * 3 from becoming 0.30000000000000004.
    let inverse = step < 1 ? (1 / step).rounded() : 0
    let first = (low / step - 1e-9).rounded(.up)
    let last = (high / step + 1e-9).rounded(.down)
    guard last >= first, last - first < 1000 else { return [] }
    return stride(from: first, through: last, by: 1).map { inverse > 0 ? $0 / inverse : $0 * step }
  }

  /// Ticks for a log-10 axis over `[low, high]` (both positive): the powers of ten inside, plus
  /// 2x and 5x when fewer than three decades are shown, plus nice linear ticks when even that
  /// leaves fewer than two.
  static func log10(from low: Double, to high: Double, count: Int) -> [Double] {
    guard low > 0, high >= low, high.isFinite else { return [] }
    let firstPower = Int(ScaleMath.log10(low).rounded(.down))
    let lastPower = Int(ScaleMath.log10(high).rounded(.up))
    let tolerance = 1e-9
    let inside: (Double) -> Bool = { $0 >= low * (1 - tolerance) && $0 <= high * (1 + tolerance) }
    var ticks: [Double] = []
    for power in firstPower...lastPower {
      let decade = NumberFormat.power10(power)
      ticks.append(decade)
      if lastPower - firstPower <= 3 {
        ticks.append(2 * decade)
        ticks.append(5 * decade)
      }
    }
    let decades = ticks.filter(inside).filter { isPowerOfTen($0) }
    if decades.count >= 2 && decades.count <= count + 1 || decades.count > 3 {
      let everyOther = max(1, (decades.count + count - 1) / max(1, count))
      return decades.enumerated().filter { $0.offset % everyOther == 0 }.map(\.element)
    }
    let withMultiples = ticks.filter(inside).sorted()
    if withMultiples.count >= 2 { return withMultiples }
    return linear(from: low, to: high, count: count)
  }

  private static func isPowerOfTen(_ value: Double) -> Bool {
    let exponent = ScaleMath.log10(value).rounded()
    return abs(value / NumberFormat.power10(Int(exponent)) - 1) < 1e-9
  }
}
