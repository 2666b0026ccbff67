/// Two-dimensional convolution (cross-correlation, as in every deep-learning library) of NHWC
/// images, through im2col and one matrix product.
///
/// Shapes (this file uses C for input channels and F for filters):
/// - `x`: `[N, height, width, C]`, `w`: `[kernelHeight, kernelWidth, C, F]`, `b`: `[F]`;
/// - `y`: `[N, outputHeight, outputWidth, F]`, with
///   `outputHeight = (height + padTop + padBottom - kernelHeight) / stride + 1` (likewise width).
///
/// ```
/// y[n, i, j, f] = b[f] + Σ_{u, v, c} xpad[n, i·s + u, j·s + v, c] · w[u, v, c, f]
/// ```
///
/// where `xpad` is `x` surrounded by zeros. im2col gathers, for each output position, the
/// `kernelHeight·kernelWidth·C` input values it sees into one row of `cols`
/// `[N·outputHeight·outputWidth, kernelHeight·kernelWidth·C]`, so that `y = cols · W + b` with `W`
/// the weights read as `[kernelHeight·kernelWidth·C, F]`. The backward pass is that product's:
/// `dW = colsᵀ·dy`, `db = Σ dy`, `dcols = dy·Wᵀ`, and col2im adds `dcols` back into `dx`.
///
/// This follows the course's layout (`A_prev` of shape `(m, n_H_prev, n_W_prev, n_C_prev)`, `W` of
/// shape `(f, f, n_C_prev, n_C)`), which is also Keras's.
public enum Convolution {
  /// How much zero padding surrounds the input.
  public enum Padding: Sendable, Equatable, CustomStringConvertible {
    /// No padding: the window stays inside the input.
    case valid
    /// Enough padding that `output = ceil(input / stride)`; odd totals put the extra row or column
    /// at the bottom and right (TensorFlow's and Keras's rule).
    case same
    /// The given number of zero rows and columns on each side.
    case explicit(top: Int, bottom: Int, left: Int, right: Int)

    /// `p` zeros on every side, as the course's `pad`.
    public static func explicit(_ p: Int) -> Padding { .explicit(top: p, bottom: p, left: p, right: p) }

    public var description: String {
      switch self {
      case .valid: return "valid"
      case .same: return "same"
      case .explicit(let t, let b, let l, let r):
        return t == b && b == l && l == r ? "\(t)" : "((\(t), \(b)), (\(l), \(r)))"
      }
    }
  }

  /// Where each output position reads the input: sizes, stride and padding resolved to numbers.
  public struct Geometry: Sendable, Equatable {
    public var height, width, channels: Int
    public var kernelHeight, kernelWidth: Int
    public var stride: Int
    public var padTop, padLeft: Int
    public var outputHeight, outputWidth: Int

    /// The geometry of a `kernelHeight x kernelWidth` window moving by `stride` over an input
    /// `[N, height, width, C]` (only the last three extents are read).
    ///
    /// - Throws: `ShapeError.mismatch` when the input is not rank 4, the stride or kernel is not
    ///   positive, padding is negative, or the window does not fit in the padded input.
    public init(
      input: [Int], kernelHeight: Int, kernelWidth: Int, stride: Int, padding: Padding
    ) throws(ShapeError) {
      guard input.count == 4 else {
        throw .mismatch("expected input of shape (N, height, width, channels), got \(ShapeError.text(input))")
      }
      guard kernelHeight > 0, kernelWidth > 0, stride > 0 else {
        throw .mismatch("kernel size and stride must be positive, got kernel \(kernelHeight)x\(kernelWidth) and stride \(stride)")
      }
      (height, width, channels) = (input[1], input[2], input[3])
      (self.kernelHeight, self.kernelWidth, self.stride) = (kernelHeight, kernelWidth, stride)
      let (top, bottom, left, right): (Int, Int, Int, Int)
      switch padding {
      case .valid: (top, bottom, left, right) = (0, 0, 0, 0)
      case .explicit(let t, let b, let l, let r):
        guard t >= 0, b >= 0, l >= 0, r >= 0 else { throw .mismatch("padding must be non-negative, got \(padding)") }
        (top, bottom, left, right) = (t, b, l, r)
      case .same:
        let totalHeight = Swift.max(((height + stride - 1) / stride - 1) * stride + kernelHeight - height, 0)
        let totalWidth = Swift.max(((width + stride - 1) / stride - 1) * stride + kernelWidth - width, 0)
        (top, bottom, left, right) = (totalHeight / 2, totalHeight - totalHeight / 2, totalWidth / 2, totalWidth - totalWidth / 2)
      }
      (padTop, padLeft) = (top, left)
      let paddedHeight = height + top + bottom, paddedWidth = width + left + right
      guard paddedHeight >= kernelHeight, paddedWidth >= kernelWidth else {
        throw .mismatch(
          "a \(kernelHeight)x\(kernelWidth) window does not fit in a padded input of \(paddedHeight)x\(paddedWidth)")
      }
      outputHeight = (paddedHeight - kernelHeight) / stride + 1
      outputWidth = (paddedWidth - kernelWidth) / stride + 1
    }

    /// Values one output position reads: `kernelHeight·kernelWidth·C`.
    public var windowSize: Int { kernelHeight * kernelWidth * channels }
  }

  /// The output shape `[N, outputHeight, outputWidth, F]` of a convolution, for callers that validate.
  ///
  /// - Throws: `ShapeError.mismatch` when `w` is not `[kernelHeight, kernelWidth, C, F]` with the
  ///   input's `C`, or any condition of `Geometry.init`.
  public static func outputShape(
    input: [Int], weights: [Int], stride: Int = 1, padding: Padding = .valid
  ) throws(ShapeError) -> [Int] {
    guard weights.count == 4 else {
      throw .mismatch("expected weights of shape (kernel height, kernel width, channels, filters), got \(ShapeError.text(weights))")
    }
    let g = try Geometry(input: input, kernelHeight: weights[0], kernelWidth: weights[1], stride: stride, padding: padding)
    guard weights[2] == g.channels else {
      throw .mismatch("weights expect \(weights[2]) input channels, but the input has \(g.channels)")
    }
    return [input[0], g.outputHeight, g.outputWidth, weights[3]]
  }

  /// `y = conv(x, w) + b`: `x` `[N, height, width, C]`, `w` `[kh, kw, C, F]`, `b` `[F]` → `y`
  /// `[N, outputHeight, outputWidth, F]`.
  ///
  /// - Precondition: the shapes fit (`outputShape` does not throw) and `b` has `F` elements.
  public static func forward(
    _ x: Tensor, weights w: Tensor, bias b: Tensor, stride: Int = 1, padding: Padding = .valid
  ) -> Tensor {
    let (g, filters) = checked(x, w, stride: stride, padding: padding)
    precondition(b.count == filters, "bias has \(b.count) elements for \(filters) filters")
    let rows = x.shape[0] * g.outputHeight * g.outputWidth
    // Every row of y starts as the bias; the product adds cols·W.
    var y = [Double](unsafeUninitializedCapacity: rows * filters) { buffer, count in
      for r in 0..<rows { for f in 0..<filters { (buffer.baseAddress! + r * filters + f).initialize(to: b.scalars[f]) } }
      count = rows * filters
    }
    let k = g.windowSize
    // cols lives in reused scratch memory: allocated fresh per batch it cost a page fault per 4 KB.
    Workspace.withBuffer(bytes: rows * k * MemoryLayout<Double>.stride) { raw in
      let cols = raw.bindMemory(to: Double.self, capacity: rows * k)
      x.scalars.withUnsafeBufferPointer { Columns.fill(cols, from: $0.baseAddress!, batch: x.shape[0], g) }
      w.scalars.withUnsafeBufferPointer { weights in
        y.withUnsafeMutableBufferPointer { out in
          GEMM.multiply(
            m: rows, n: filters, k: k, a: cols, lda: k,
            b: weights.baseAddress!, ldb: filters, c: out.baseAddress!, ldc: filters, beta: 1)
        }
      }
    }
    return Tensor(shape: [x.shape[0], g.outputHeight, g.outputWidth, filters], scalars: y)
  }

  /// The gradients of `forward`, given `dy = ∂L/∂y` `[N, outputHeight, outputWidth, F]`:
  /// `dx` `[N, height, width, C]`, `dw` `[kh, kw, C, F]`, `db` `[F]`.
  ///
  /// ```
  /// dW = colsᵀ · dy        db[f] = Σ_{n,i,j} dy[n, i, j, f]        dx = col2im(dy · Wᵀ)
  /// ```
  ///
  /// - Precondition: the shapes fit, and `dy` has the output's shape.
  public static func backward(
    _ dy: Tensor, input x: Tensor, weights w: Tensor, stride: Int = 1, padding: Padding = .valid
  ) -> (dx: Tensor, dw: Tensor, db: Tensor) {
    let (g, filters) = checked(x, w, stride: stride, padding: padding)
    let rows = x.shape[0] * g.outputHeight * g.outputWidth
    precondition(
      dy.shape == [x.shape[0], g.outputHeight, g.outputWidth, filters],
      "dy has shape \(dy.shape), expected \([x.shape[0], g.outputHeight, g.outputWidth, filters])")
    let k = g.windowSize
    var dw = [Double](repeating: 0, count: k * filters)
    var dx = [Double](repeating: 0, count: x.count)
    let bytes = rows * k * MemoryLayout<Double>.stride
    Workspace.withBuffer(bytes: bytes) { colsRaw in
      Workspace.withBuffer(bytes: bytes) { dcolsRaw in
        let cols = colsRaw.bindMemory(to: Double.self, capacity: rows * k)
        let dcols = dcolsRaw.bindMemory(to: Double.self, capacity: rows * k)
        x.scalars.withUnsafeBufferPointer { Columns.fill(cols, from: $0.baseAddress!, batch: x.shape[0], g) }
        dy.scalars.withUnsafeBufferPointer { d in
          dw.withUnsafeMutableBufferPointer { out in
            GEMM.multiply(
              m: k, n: filters, k: rows, a: cols, lda: k, transposeA: true,
              b: d.baseAddress!, ldb: filters, c: out.baseAddress!, ldc: filters)
          }
          w.scalars.withUnsafeBufferPointer { weights in
            GEMM.multiply(
              m: rows, n: k, k: filters, a: d.baseAddress!, lda: filters,
              b: weights.baseAddress!, ldb: filters, transposeB: true, c: dcols, ldc: k)
          }
        }
        dx.withUnsafeMutableBufferPointer { Columns.accumulate(dcols, into: $0.baseAddress!, batch: x.shape[0], g) }
      }
    }
    // db[f] = Σ_r dy[r, f], one pass over dy.
    var db = [Double](repeating: 0, count: filters)
    dy.scalars.withUnsafeBufferPointer { d in
      db.withUnsafeMutableBufferPointer { out in
        for r in 0..<rows { for f in 0..<filters { out[f] += d[r * filters + f] } }
      }
    }
    return (Tensor(shape: x.shape, scalars: dx), Tensor(shape: w.shape, scalars: dw), Tensor(shape: [filters], scalars: db))
  }

  private static func checked(
    _ x: Tensor, _ w: Tensor, stride: Int, padding: Padding
  ) -> (Geometry, filters: Int) {
    do {
      _ = try outputShape(input: x.shape, weights: w.shape, stride: stride, padding: padding)
      let g = try Geometry(input: x.shape, kernelHeight: w.shape[0], kernelWidth: w.shape[1], stride: stride, padding: padding)
      return (g, w.shape[3])
    } catch {
      preconditionFailure(error.description)
    }
  }
}
