/// Max and average pooling of NHWC images over square windows, without padding.
///
/// Shapes: `x` `[N, height, width, C]` → `y` `[N, outputHeight, outputWidth, C]`, with
/// `outputHeight = (height - size) / stride + 1` (likewise width), as the course's `pool_forward`
/// (`f`, `stride`) and Keras's `MaxPooling2D(pool_size, strides, padding="valid")`.
///
/// ```
/// max:     y[n, i, j, c] = max_{u, v < size} x[n, i·s + u, j·s + v, c]
/// average: y[n, i, j, c] = (1 / size²) Σ_{u, v < size} x[n, i·s + u, j·s + v, c]
/// ```
///
/// Backward: max pooling routes each `dy` to the first largest input of its window (row-major
/// order within the window; ties are measure-zero for real data); average pooling spreads `dy / size²`
/// over the window. Overlapping windows (`stride < size`) add their contributions.
public enum Pooling {
  /// The output shape `[N, outputHeight, outputWidth, C]`, for callers that validate.
  ///
  /// - Throws: `ShapeError.mismatch` when `input` is not rank 4, `size` or `stride` is not positive,
  ///   or the window is larger than the input.
  public static func outputShape(input: [Int], size: Int, stride: Int) throws(ShapeError) -> [Int] {
    let g = try Convolution.Geometry(input: input, kernelHeight: size, kernelWidth: size, stride: stride, padding: .valid)
    return [input[0], g.outputHeight, g.outputWidth, g.channels]
  }

  /// Max pooling: `[N, height, width, C]` → `[N, outputHeight, outputWidth, C]`.
  public static func maxForward(_ x: Tensor, size: Int, stride: Int) -> Tensor {
    forward(x, size: size, stride: stride) { source, window in source[largest(source, window)] }
  }

  /// The gradient of `maxForward`: `dx` `[N, height, width, C]` from `dy` `[N, outputHeight, outputWidth, C]`.
  public static func maxBackward(_ dy: Tensor, input x: Tensor, size: Int, stride: Int) -> Tensor {
    backward(dy, input: x, size: size, stride: stride) { source, window, gradient, dx in
      dx[largest(source, window)] += gradient
    }
  }

  /// Average pooling: `[N, height, width, C]` → `[N, outputHeight, outputWidth, C]`.
  public static func averageForward(_ x: Tensor, size: Int, stride: Int) -> Tensor {
    let scale = 1 / Double(size * size)
    return forward(x, size: size, stride: stride) { source, window in
      var total = 0.0
      window.forEach { total += source[$0] }
      return total * scale
    }
  }

  /// The gradient of `averageForward`: each input receives `dy / size²` from every window holding it.
  public static func averageBackward(_ dy: Tensor, input x: Tensor, size: Int, stride: Int) -> Tensor {
    let scale = 1 / Double(size * size)
    return backward(dy, input: x, size: size, stride: stride) { _, window, gradient, dx in
      let share = gradient * scale
      window.forEach { dx[$0] += share }
    }
  }

  /// The offsets in `x.scalars` of one window of one channel.
  struct Window {
    var start, size, rowStride, columnStride: Int

    @inline(__always) func forEach(_ body: (Int) -> Void) {
      for u in 0..<size {
        let row = start + u * rowStride
        for v in 0..<size { body(row + v * columnStride) }
      }
    }
  }

  /// The offset of the first largest value in a window (the first NaN, if any).
  @inline(__always)
  private static func largest(_ source: UnsafeBufferPointer<Double>, _ window: Window) -> Int {
    var best = window.start
    window.forEach { offset in
      let (value, current) = (source[offset], source[best])
      if !current.isNaN && (value > current || value.isNaN) { best = offset }
    }
    return best
  }

  private static func geometry(_ x: Tensor, size: Int, stride: Int) -> Convolution.Geometry {
    do {
      return try Convolution.Geometry(input: x.shape, kernelHeight: size, kernelWidth: size, stride: stride, padding: .valid)
    } catch {
      preconditionFailure(error.description)
    }
  }

  /// Calls `body(index, window)` for each output element in row-major order.
  private static func forEachWindow(_ g: Convolution.Geometry, batch: Int, _ body: (Int, Window) -> Void) {
    let c = g.channels
    var index = 0
    for n in 0..<batch {
      for i in 0..<g.outputHeight {
        for j in 0..<g.outputWidth {
          let corner = ((n * g.height + i * g.stride) * g.width + j * g.stride) * c
          for ch in 0..<c {
            body(index, Window(start: corner + ch, size: g.kernelHeight, rowStride: g.width * c, columnStride: c))
            index += 1
          }
        }
      }
    }
  }

  private static func forward(
    _ x: Tensor, size: Int, stride: Int, _ reduce: (UnsafeBufferPointer<Double>, Window) -> Double
  ) -> Tensor {
    let g = geometry(x, size: size, stride: stride)
    let shape = [x.shape[0], g.outputHeight, g.outputWidth, g.channels]
    var y = [Double](repeating: 0, count: Tensor.count(of: shape))
    x.scalars.withUnsafeBufferPointer { source in
      y.withUnsafeMutableBufferPointer { out in
        forEachWindow(g, batch: x.shape[0]) { index, window in out[index] = reduce(source, window) }
      }
    }
    return Tensor(shape: shape, scalars: y)
  }

  private static func backward(
    _ dy: Tensor, input x: Tensor, size: Int, stride: Int,
    _ route: (UnsafeBufferPointer<Double>, Window, Double, UnsafeMutableBufferPointer<Double>) -> Void
  ) -> Tensor {
    let g = geometry(x, size: size, stride: stride)
    let shape = [x.shape[0], g.outputHeight, g.outputWidth, g.channels]
    precondition(dy.shape == shape, "dy has shape \(dy.shape), expected \(shape)")
    var dx = [Double](repeating: 0, count: x.count)
    x.scalars.withUnsafeBufferPointer { source in
      dy.scalars.withUnsafeBufferPointer { gradients in
        dx.withUnsafeMutableBufferPointer { out in
          forEachWindow(g, batch: x.shape[0]) { index, window in route(source, window, gradients[index], out) }
        }
      }
    }
    return Tensor(shape: x.shape, scalars: dx)
  }
}
