/// The rectified linear unit, element-wise: `y = max(0, x)`.
///
/// - `x`, `y`: any shape, equal.
/// - `backward` returns `dx = dy ⊙ 1[x > 0]`; at the kink `x = 0` the gradient is taken as 0.
public struct ReLU: Layer {
  /// What `backward` needs: the input `x`.
  public struct Cache {
    public var input: Tensor
  }

  public init() {}

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] { shape }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    (x.relu(), Cache(input: x))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    LayerGradients(input: dy.zipWith(cache.input) { g, x in x > 0 ? g : 0 })
  }
}

// MARK: - Conformance

extension ReLU: CustomStringConvertible {
  public var description: String { "ReLU()" }
}
