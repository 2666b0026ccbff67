/// Max and average pooling of NHWC images over rectangular windows, `valid` or `same` padding.
///
/// Shapes: `x` `[N, height, width, C]` → `y` `[N, outputHeight, outputWidth, C]` (see `Geometry`),
/// as the course's `pool_forward` (`f`, `stride`) and Keras's
/// `MaxPooling2D(pool_size, strides, padding)`. With `W(i, j)` the real (unpadded) cells of the
/// window of output `(i, j)`, `(sh, sw)` the strides and `(pt, pl)` the top and left padding:
///
/// ```
/// max:     y[n, i, j, c] = max_{(u, v) ∈ W(i, j)} x[n, i·sh + u − pt, j·sw + v − pl, c]
/// average: y[n, i, j, c] = (1 / |W(i, j)|) Σ_{(u, v) ∈ W(i, j)} x[n, i·sh + u − pt, j·sw + v − pl, c]
/// ```
///
/// Backward: max pooling routes each `dy` to the first largest input of its window (row-major
/// order within the window; ties are measure-zero for real data); average pooling spreads
/// `dy / |W(i, j)|` over the window. Overlapping windows add their contributions.
///
/// The loops run over the `C` channels innermost, which are contiguous in NHWC, and the max
/// forward can record where each maximum came from (`maxForwardRecordingSources`) so that the
/// backward pass is one scatter instead of a second scan of every window.
public enum Pooling {
  /// The output shape `[N, outputHeight, outputWidth, C]` of square `size` windows moving by
  /// `stride` without padding, for callers that validate.
  ///
  /// - Throws: `ShapeError.mismatch` as `Geometry.init`.
  public static func outputShape(input: [Int], size: Int, stride: Int) throws(ShapeError) -> [Int] {
    let g = try Geometry(input: input, poolHeight: size, poolWidth: size, strideHeight: stride, strideWidth: stride)
    return [input[0], g.outputHeight, g.outputWidth, g.channels]
  }

  /// Max pooling over square `size` windows moving by `stride`, without padding.
  public static func maxForward(_ x: Tensor, size: Int, stride: Int) -> Tensor {
    maxForward(x, geometry(x, size: size, stride: stride))
  }

  /// The gradient of `maxForward(_:size:stride:)`: `dx` `[N, height, width, C]` from `dy`.
  public static func maxBackward(_ dy: Tensor, input x: Tensor, size: Int, stride: Int) -> Tensor {
    maxBackward(dy, input: x, geometry(x, size: size, stride: stride))
  }

  /// Average pooling over square `size` windows moving by `stride`, without padding.
  public static func averageForward(_ x: Tensor, size: Int, stride: Int) -> Tensor {
    averageForward(x, geometry(x, size: size, stride: stride))
  }

  /// The gradient of `averageForward(_:size:stride:)`.
  public static func averageBackward(_ dy: Tensor, input x: Tensor, size: Int, stride: Int) -> Tensor {
    averageBackward(dy, input: x, geometry(x, size: size, stride: stride))
  }

  /// Max pooling: `[N, height, width, C]` → `[N, outputHeight, outputWidth, C]`.
  ///
  /// - Precondition: `g` was made for `x`'s shape.
  public static func maxForward(_ x: Tensor, _ g: Geometry) -> Tensor {
    maxForwardRecordingSources(x, g).output
  }

  /// Max pooling, and for each output element the offset in `x.scalars` of the input it took.
  public static func maxForwardRecordingSources(_ x: Tensor, _ g: Geometry) -> (output: Tensor, sources: [Int]) {
    let shape = check(x, g)
    let count = Tensor.count(of: shape), c = g.channels
    var sources = [Int](repeating: 0, count: count)
    var y = [Double](repeating: 0, count: count)
    x.scalars.withUnsafeBufferPointer { source in
      y.withUnsafeMutableBufferPointer { out in
        sources.withUnsafeMutableBufferPointer { from in
          g.forEachWindow(batch: x.shape[0]) { output, cells in
            var first = true
            cells.forEach { cell in
              if first {
                for ch in 0..<c { (out[output + ch], from[output + ch]) = (source[cell + ch], cell + ch) }
                first = false
                return
              }
              for ch in 0..<c {
                let (value, best) = (source[cell + ch], out[output + ch])
                // The first NaN wins its window, as numpy's max.
                if value > best || (value.isNaN && !best.isNaN) { (out[output + ch], from[output + ch]) = (value, cell + ch) }
              }
            }
          }
        }
      }
    }
    return (Tensor(shape: shape, scalars: y), sources)
  }

  /// The gradient of max pooling from the sources `maxForwardRecordingSources` returned:
  /// `dx[sources[k]] += dy[k]`, zeros elsewhere; `dx` has `inputShape`.
  public static func maxBackward(_ dy: Tensor, sources: [Int], inputShape: [Int]) -> Tensor {
    precondition(dy.count == sources.count, "dy has \(dy.count) elements for \(sources.count) sources")
    var dx = [Double](repeating: 0, count: Tensor.count(of: inputShape))
    dx.withUnsafeMutableBufferPointer { out in
      dy.scalars.withUnsafeBufferPointer { d in
        sources.withUnsafeBufferPointer { from in
          for k in 0..<from.count { out[from[k]] += d[k] }
        }
      }
    }
    return Tensor(shape: inputShape, scalars: dx)
  }

  /// The gradient of `maxForward(_:_:)`: `dx` `[N, height, width, C]` from `dy`.
  public static func maxBackward(_ dy: Tensor, input x: Tensor, _ g: Geometry) -> Tensor {
    let (y, sources) = maxForwardRecordingSources(x, g)
    precondition(dy.shape == y.shape, "dy has shape \(dy.shape), expected \(y.shape)")
    return maxBackward(dy, sources: sources, inputShape: x.shape)
  }

  /// Average pooling over the real cells of each window.
  public static func averageForward(_ x: Tensor, _ g: Geometry) -> Tensor {
    let shape = check(x, g)
    let c = g.channels
    var y = [Double](repeating: 0, count: Tensor.count(of: shape))
    x.scalars.withUnsafeBufferPointer { source in
      y.withUnsafeMutableBufferPointer { out in
        g.forEachWindow(batch: x.shape[0]) { output, cells in
          cells.forEach { cell in for ch in 0..<c { out[output + ch] += source[cell + ch] } }
          let scale = 1 / Double(cells.count)
          for ch in 0..<c { out[output + ch] *= scale }
        }
      }
    }
    return Tensor(shape: shape, scalars: y)
  }

  /// The gradient of `averageForward(_:_:)`: each real cell receives `dy / |W|` from every window holding it.
  public static func averageBackward(_ dy: Tensor, input x: Tensor, _ g: Geometry) -> Tensor {
    let shape = check(x, g)
    precondition(dy.shape == shape, "dy has shape \(dy.shape), expected \(shape)")
    let c = g.channels
    var dx = [Double](repeating: 0, count: x.count)
    dy.scalars.withUnsafeBufferPointer { d in
      dx.withUnsafeMutableBufferPointer { out in
        g.forEachWindow(batch: x.shape[0]) { output, cells in
          let scale = 1 / Double(cells.count)
          cells.forEach { cell in for ch in 0..<c { out[cell + ch] += d[output + ch] * scale } }
        }
      }
    }
    return Tensor(shape: x.shape, scalars: dx)
  }

  private static func geometry(_ x: Tensor, size: Int, stride: Int) -> Geometry {
    do {
      return try Geometry(input: x.shape, poolHeight: size, poolWidth: size, strideHeight: stride, strideWidth: stride)
    } catch {
      preconditionFailure(error.description)
    }
  }

  /// The output shape, after checking that `g` describes `x`.
  private static func check(_ x: Tensor, _ g: Geometry) -> [Int] {
    precondition(
      x.rank == 4 && x.shape[1] == g.height && x.shape[2] == g.width && x.shape[3] == g.channels,
      "input of shape \(x.shape) for a pooling geometry over \(g.height)x\(g.width)x\(g.channels)")
    return [x.shape[0], g.outputHeight, g.outputWidth, g.channels]
  }
}
