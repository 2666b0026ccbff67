/// A square grayscale image being drawn, for the synthetic image data sets.
///
/// Pixels are `0` (background) or `1` (ink) until `finish` adds noise and clamps to `[0, 1]`.
struct ImageCanvas {
  /// The side of the square, in pixels.
  let size: Int
  /// The pixels, row-major.
  private(set) var pixels: [Double]

  init(size: Int) {
    self.size = size
    pixels = Array(repeating: 0, count: size * size)
  }

  /// Inks the pixels of a rectangle, clipped to the canvas.
  mutating func fill(rows: Range<Int>, columns: Range<Int>) {
    for row in rows.clamped(to: 0..<size) {
      for column in columns.clamped(to: 0..<size) { pixels[row * size + column] = 1 }
    }
  }

  /// Inks every pixel whose centre satisfies a predicate of `(row, column)`.
  mutating func fill(where isInked: (Double, Double) -> Bool) {
    for row in 0..<size {
      for column in 0..<size where isInked(Double(row), Double(column)) { pixels[row * size + column] = 1 }
    }
  }

  /// The pixels plus `noise · z` each (row-major draws), clamped to `[0, 1]`.
  func finish(noise: Double, using generator: inout RandomState) -> [Double] {
    guard noise > 0 else { return pixels }
    return pixels.map { min(1, max(0, $0 + noise * generator.standardNormal())) }
  }
}

extension RandomState {
  /// An integer in `0..<n`, drawn as `randint(0, n)`.
  ///
  /// - Precondition: `n >= 1`.
  mutating func index(below n: Int) -> Int {
    precondition(n >= 1, "index(below:) needs n >= 1, got \(n)")
    return Int(interval(UInt64(n - 1)))
  }
}
