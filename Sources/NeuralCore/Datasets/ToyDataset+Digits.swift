extension ToyDataset {
  /// Small grayscale images of the digits 0–9 from a built-in 5×7 bitmap font, shifted and noisy.
  ///
  /// Image `i` shows digit `i mod 10` (so the classes stay balanced), its glyph scaled by
  /// `size / 8` and placed at a random offset inside the image. Pixels are in `[0, 1]`: ink plus
  /// `noise · z`, clamped. A tiny stand-in for MNIST that needs no download.
  ///
  /// - Returns: `x`: `[N, size, size, 1]` (NHWC), `y`: `[N]` with labels `0..<10`.
  /// - Precondition: `count >= 0`, `size >= 8`, `noise >= 0`.
  public static func digits(count: Int = 200, size: Int = 8, noise: Double = 0.1,
                            using generator: inout RandomState) -> ToyDataset {
    precondition(count >= 0 && size >= 8 && noise >= 0,
                 "digits needs count >= 0, size >= 8, noise >= 0; got \(count), \(size), \(noise)")
    let scale = size / 8
    let glyphHeight = DigitFont.height * scale
    let glyphWidth = DigitFont.width * scale
    var x: [Double] = []
    x.reserveCapacity(count * size * size)
    var y: [Double] = []
    for index in 0..<count {
      let digit = index % 10
      let top = generator.index(below: size - glyphHeight + 1)
      let left = generator.index(below: size - glyphWidth + 1)
      var canvas = ImageCanvas(size: size)
      for row in 0..<DigitFont.height {
        for column in 0..<DigitFont.width where DigitFont.isInked(digit, row: row, column: column) {
          canvas.fill(rows: (top + row * scale)..<(top + (row + 1) * scale),
                      columns: (left + column * scale)..<(left + (column + 1) * scale))
        }
      }
      x += canvas.finish(noise: noise, using: &generator)
      y.append(Double(digit))
    }
    return ToyDataset(x: Tensor(shape: [count, size, size, 1], scalars: x), y: Tensor(y))
  }

  /// Digit images from a fresh `RandomState(seed)`.
  ///
  /// - Returns: `x`: `[N, size, size, 1]`, `y`: `[N]`.
  public static func digits(count: Int = 200, size: Int = 8, noise: Double = 0.1, seed: UInt32) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return digits(count: count, size: size, noise: noise, using: &generator)
  }
}
