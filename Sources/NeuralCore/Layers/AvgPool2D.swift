/// Average pooling over square windows of NHWC images: each output is its window's mean.
///
/// ```
/// y[n, i, j, c] = (1 / size²) Σ_{u, v < size} x[n, i·s + u, j·s + v, c]
/// ```
///
/// - `x`: `[N, height, width, C]`, `y`: `[N, (height − size)/s + 1, (width − size)/s + 1, C]`.
/// - `backward` spreads `dy / size²` over the window; overlapping windows add up.
/// - No parameters. The stride defaults to the window size (windows that do not overlap).
public struct AvgPool2D: Layer {
  /// The window's side.
  public var size: Int
  /// `s`, the step between windows.
  public var stride: Int

  /// What `backward` needs: the input `x`.
  public struct Cache {
    public var input: Tensor
  }

  /// - Precondition: `size` and `stride` are positive.
  public init(size: Int = 2, stride: Int? = nil) {
    precondition(
      size > 0 && (stride ?? size) > 0,
      "pool size and stride must be positive, got \(size), \(stride ?? size)")
    self.size = size
    self.stride = stride ?? size
  }

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    do { return try Pooling.outputShape(input: shape, size: size, stride: stride) } catch {
      throw .mismatch("\(self): \(error)")
    }
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    (Pooling.averageForward(x, size: size, stride: stride), Cache(input: x))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    LayerGradients(
      input: Pooling.averageBackward(dy, input: cache.input, size: size, stride: stride))
  }
}

// MARK: - Conformance

extension AvgPool2D: CustomStringConvertible {
  public var description: String { "AvgPool2D(size: \(size), stride: \(stride))" }
}
