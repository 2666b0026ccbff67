/// A canvas of dots over cells: braille (2x4 dots a cell) or, ASCII-only, one dot a cell.
///
/// Dot coordinates run from the top-left, `x` in `0..<dotColumns`, `y` in `0..<dotRows`.
/// Each cell remembers its dots as a bit mask and the last series that drew in it (one colour
/// a cell, as every braille plot has).
struct DotCanvas {
  let columns: Int
  let rows: Int
  let dotsAcross: Int
  let dotsDown: Int
  private(set) var masks: [UInt8]
  private(set) var owners: [Int]

  init(columns: Int, rows: Int, isBraille: Bool) {
    self.columns = columns
    self.rows = rows
    self.dotsAcross = isBraille ? 2 : 1
    self.dotsDown = isBraille ? 4 : 1
    self.masks = Array(repeating: 0, count: columns * rows)
    self.owners = Array(repeating: -1, count: columns * rows)
  }

  var dotColumns: Int { columns * dotsAcross }
  var dotRows: Int { rows * dotsDown }

  /// Sets one dot; dots outside the canvas are ignored.
  @inline(__always)
  mutating func set(x: Int, y: Int, series: Int) {
    guard x >= 0 && y >= 0 && x < dotColumns && y < dotRows else { return }
    let cell = (y / dotsDown) * columns + x / dotsAcross
    masks[cell] |= dotsAcross == 2 ? Symbols.brailleBits[y & 3][x & 1] : 1
    owners[cell] = series
  }

  /// Sets the dots of a vertical run from `y0` to `y1` (either order) in column `x`.
  mutating func vertical(x: Int, from y0: Int, to y1: Int, series: Int) {
    let low = max(0, min(y0, y1))
    let high = min(dotRows - 1, max(y0, y1))
    guard low <= high else { return }
    for y in low...high { set(x: x, y: y, series: series) }
  }

  /// Draws a straight line between two dot positions (Bresenham), clipped to the canvas.
  mutating func line(
    from start: (x: Double, y: Double), to end: (x: Double, y: Double), series: Int
  ) {
    guard let (a, b) = clip(start, end) else { return }
    var x0 = Int(a.x.rounded())
    var y0 = Int(a.y.rounded())
    let x1 = Int(b.x.rounded())
    let y1 = Int(b.y.rounded())
    let dx = abs(x1 - x0)
    let dy = -abs(y1 - y0)
    let sx = x0 < x1 ? 1 : -1
    let sy = y0 < y1 ? 1 : -1
    var error = dx + dy
    while true {
      set(x: x0, y: y0, series: series)
      if x0 == x1 && y0 == y1 { break }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x0 += sx
      }
      if doubled <= dx {
        error += dx
        y0 += sy
      }
    }
  }

  /// The part of a segment inside the canvas (Liang-Barsky), or `nil` when it misses.
  private func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double))
    -> ((x: Double, y: Double), (x: Double, y: Double))?
  {
    var t0 = 0.0
    var t1 = 1.0
    let dx = b.x - a.x
    let dy = b.y - a.y
    let edges = [
      (-dx, a.x + 0.5), (dx, Double(dotColumns) - 0.5 - a.x),
      (-dy, a.y + 0.5), (dy, Double(dotRows) - 0.5 - a.y),
    ]
    for (p, q) in edges {
      if p == 0 {
        if q < 0 { return nil }
      } else {
        let r = q / p
        if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
      }
    }
    guard t0 <= t1 else { return nil }
    return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
  }
}
