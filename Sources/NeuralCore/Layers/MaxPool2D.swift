/// Max pooling over rectangular windows of NHWC images: each output is its window's largest input.
///
/// ```
/// y[n, i, j, c] = max_{u, v < size} x[n, i·s + u, j·s + v, c]
/// ```
///
/// - `x`: `[N, height, width, C]`, `y`: `[N, (height − size)/s + 1, (width − size)/s + 1, C]` with
///   `valid` padding, `[N, ceil(height/s), ceil(width/s), C]` with `same` (padded cells never win).
/// - Windows may be rectangular (`poolHeight x poolWidth`) with a stride per axis; `size` and `s`
///   above stand for either axis.
/// - `backward` routes each `dy` to the (first) largest input of its window; the others get 0.
///   A tie between two inputs is a kink: gradient checks need inputs without ties.
/// - No parameters. The stride defaults to the window size (windows that do not overlap).
public struct MaxPool2D: Layer, PoolingWindow {
  /// The window's height and width.
  public var poolHeight, poolWidth: Int
  /// The steps between windows, down and across.
  public var strideHeight, strideWidth: Int
  /// `.valid` (windows inside the input) or `.same` (output `ceil(input / stride)`).
  public var padding: Convolution.Padding

  /// What `backward` needs: the input's shape and where each output's maximum came from.
  public struct Cache {
    public var inputShape: [Int]
    /// The offset in the input's scalars of each output element's source.
    public var sources: [Int]
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
    let (y, sources) = Pooling.maxForwardRecordingSources(x, geometry(x.shape))
    return (y, Cache(inputShape: x.shape, sources: sources))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    LayerGradients(input: Pooling.maxBackward(dy, sources: cache.sources, inputShape: cache.inputShape))
  }
}

// MARK: - Conformance

extension MaxPool2D: CustomStringConvertible {
  public var description: String { describe("MaxPool2D") }
}
