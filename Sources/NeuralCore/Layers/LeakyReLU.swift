/// The leaky ReLU, element-wise: `y = x` where `x > 0`, else `y = α·x`.
///
/// - `x`, `y`: any shape, equal. `α` (`slope`) is small and fixed, 0.01 by default.
/// - `backward` returns `dx = dy ⊙ (1 where x > 0, else α)`; at `x = 0` it takes `α`.
///
/// References: Maas et al., "Rectifier Nonlinearities Improve Neural Network Acoustic Models", 2013.
public struct LeakyReLU: Layer {
  /// `α`, the slope for negative inputs.
  public var slope: Double

  /// What `backward` needs: the input `x`.
  public struct Cache {
    public var input: Tensor
  }

  public init(slope: Double = 0.01) {
    self.slope = slope
  }

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] { shape }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    let alpha = slope
    return (x.map { $0 > 0 ? $0 : alpha * $0 }, Cache(input: x))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let alpha = slope
    return LayerGradients(input: dy.zipWith(cache.input) { g, x in x > 0 ? g : alpha * g })
  }
}

// MARK: - Conformance

extension LeakyReLU: CustomStringConvertible {
  public var description: String { "LeakyReLU(slope: \(slope))" }
}
