/// Average pooling over rectangular windows of NHWC images: each output is its window's mean.
///
/// ```
/// y[n, i, j, c] = (1 / size²) Σ_{u, v < size} x[n, i·s + u, j·s + v, c]
/// ```
///
/// - `x`: `[N, height, width, C]`, `y`: `[N, (height − size)/s + 1, (width − size)/s + 1, C]` with
///   `valid` padding, `[N, ceil(height/s), ceil(width/s), C]` with `same`, where a window over the
///   border averages only its real cells (Keras's rule).
/// - Windows may be rectangular (`poolHeight x poolWidth`) with a stride per axis; `size` and `s`
///   above stand for either axis.
/// - `backward` spreads `dy / size²` over the window; overlapping windows add up.
/// - No parameters. The stride defaults to the window size (windows that do not overlap).
public struct AvgPool2D: Layer, PoolingWindow {
  /// The window's height and width.
  public var poolHeight, poolWidth: Int
  /// The steps between windows, down and across.
  public var strideHeight, strideWidth: Int
  /// `.valid` (windows inside the input) or `.same` (output `ceil(input / stride)`).
  public var padding: Convolution.Padding

  /// What `backward` needs: the input `x`.
  public struct Cache {
    public var input: Tensor
  }

  /// Square windows of side `size`; the stride defaults to the window size.
  ///
  /// - Precondition: `size` and `stride` are positive.
  public init(size: Int = 2, stride: Int? = nil) {
    self.init(poolSize: (size, size), strides: stride.map { ($0, $0) })
  }

  /// `poolSize.0 x poolSize.1` windows moving by `strides` (default: the window size).
  ///
  /// - Precondition: sizes and strides are positive, and the padding is `.valid` or `.same`.
  public init(poolSize: (Int, Int), strides: (Int, Int)? = nil, padding: Convolution.Padding = .valid) {
    (poolHeight, poolWidth, strideHeight, strideWidth) = Self.checkedWindow(
      poolSize: poolSize, strides: strides, padding: padding)
    self.padding = padding
  }

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    try pooledShape(forInputShape: shape)
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    (Pooling.averageForward(x, geometry(x.shape)), Cache(input: x))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    LayerGradients(input: Pooling.averageBackward(dy, input: cache.input, geometry(cache.input.shape)))
  }
}

// MARK: - Conformance

extension AvgPool2D: CustomStringConvertible {
  public var description: String { describe("AvgPool2D") }
}
