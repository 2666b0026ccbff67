extension ToyDataset {
  /// The class names of `shapes`, by label.
  public static let shapeClassNames = ["horizontal stroke", "vertical stroke", "square", "circle"]

  /// Small grayscale images of four shapes: a horizontal stroke, a vertical stroke, a square outline
  /// and a circle outline, each of random size and position, with pixel noise.
  ///
  /// Image `i` shows shape `i mod 4` (so the classes stay balanced); strokes are at least half the
  /// image long and `size / 8` pixels thick. Pixels are in `[0, 1]`: ink plus `noise · z`, clamped.
  ///
  /// - Returns: `x`: `[N, size, size, 1]` (NHWC), `y`: `[N]` with labels `0..<4` (see `shapeClassNames`).
  /// - Precondition: `count >= 0`, `size >= 8`, `noise >= 0`.
  public static func shapes(count: Int = 200, size: Int = 8, noise: Double = 0.1,
                            using generator: inout RandomState) -> ToyDataset {
    precondition(count >= 0 && size >= 8 && noise >= 0,
                 "shapes needs count >= 0, size >= 8, noise >= 0; got \(count), \(size), \(noise)")
    var x: [Double] = []
    x.reserveCapacity(count * size * size)
    var y: [Double] = []
    for index in 0..<count {
      let label = index % shapeClassNames.count
      var canvas = ImageCanvas(size: size)
      draw(shape: label, on: &canvas, using: &generator)
      x += canvas.finish(noise: noise, using: &generator)
      y.append(Double(label))
    }
    return ToyDataset(x: Tensor(shape: [count, size, size, 1], scalars: x), y: Tensor(y))
  }

  /// Shape images from a fresh `RandomState(seed)`.
  ///
  /// - Returns: `x`: `[N, size, size, 1]`, `y`: `[N]`.
  public static func shapes(count: Int = 200, size: Int = 8, noise: Double = 0.1, seed: UInt32) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return shapes(count: count, size: size, noise: noise, using: &generator)
  }

  private static func draw(shape label: Int, on canvas: inout ImageCanvas, using generator: inout RandomState) {
    let size = canvas.size
    let thickness = max(1, size / 8)
    switch label {
    case 0, 1:
      let length = size / 2 + generator.index(below: size - size / 2)
      let across = generator.index(below: size - thickness + 1)
      let along = generator.index(below: size - length + 1)
      if label == 0 {
        canvas.fill(rows: across..<(across + thickness), columns: along..<(along + length))
      } else {
        canvas.fill(rows: along..<(along + length), columns: across..<(across + thickness))
      }
    case 2:
      let side = size / 2 + generator.index(below: size - size / 2)
      let top = generator.index(below: size - side + 1)
      let left = generator.index(below: size - side + 1)
      canvas.fill(rows: top..<(top + side), columns: left..<(left + thickness))
      canvas.fill(rows: top..<(top + side), columns: (left + side - thickness)..<(left + side))
      canvas.fill(rows: top..<(top + thickness), columns: left..<(left + side))
      canvas.fill(rows: (top + side - thickness)..<(top + side), columns: left..<(left + side))
    default:
      let smallest = Double(size) / 4
      let radius = generator.uniform(low: smallest, high: Double(size) / 2 - 0.5)
      let centreRow = generator.uniform(low: radius - 0.5, high: Double(size) - 0.5 - radius)
      let centreColumn = generator.uniform(low: radius - 0.5, high: Double(size) - 0.5 - radius)
      let halfWidth = 0.5 * Double(thickness) + 0.1
      canvas.fill { row, column in
        let dr = row - centreRow
        let dc = column - centreColumn
        return abs((dr * dr + dc * dc).squareRoot() - radius) <= halfWidth
      }
    }
  }
}
