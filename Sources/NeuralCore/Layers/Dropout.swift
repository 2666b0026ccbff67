/// Inverted dropout: in training, zeroes each input with probability `rate` and scales the rest
/// by `1/keep` so the expected output equals the input; in inference, passes inputs through.
///
/// ```
/// training:   m = 1[u < keep], u ~ U[0, 1)   y = x ⊙ m / keep      keep = 1 − rate
/// inference:  y = x
/// ```
///
/// - `x`, `y`, `m`: any shape, equal. `backward` returns `dx = dy ⊙ m / keep` (`dy` in inference).
/// - The mask is drawn from the layer's own `RandomState` with `rand(shape:)`, so seed 1 gives
///   the course's `np.random.seed(1); D = np.random.rand(*A.shape) < keep_prob`. `forward` does
///   not advance the generator (it is a pure function of the layer); `commit(_:)` does, so the
///   next training step draws a new mask, and repeated forward passes (a gradient check) agree.
///
/// References: Srivastava et al., "Dropout: A Simple Way to Prevent Neural Networks from
/// Overfitting", 2014.
public struct Dropout: Layer {
  /// The probability of dropping each input, in `[0, 1)`.
  public var rate: Double
  /// Whether to drop (training) or pass through (inference).
  public var isTraining: Bool
  /// Where the next mask comes from.
  public var random: RandomState

  /// What `backward` needs: the 0/1 mask (`nil` when nothing was dropped) and the generator
  /// after drawing it.
  public struct Cache {
    public var mask: Tensor?
    public var randomAfterMask: RandomState
  }

  /// - Precondition: `0 <= rate < 1`.
  public init(rate: Double, seed: UInt32 = 0, isTraining: Bool = true) {
    precondition(rate >= 0 && rate < 1, "dropout rate must be in [0, 1), got \(rate)")
    self.rate = rate
    self.isTraining = isTraining
    self.random = RandomState(seed: seed)
  }

  /// `1 − rate`, the course's `keep_prob`.
  public var keepProbability: Double { 1 - rate }

  public var parameters: [String: Tensor] {
    get { [:] }
    set {}
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] { shape }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    guard isTraining, rate > 0 else { return (x, Cache(mask: nil, randomAfterMask: random)) }
    var generator = random
    let keep = keepProbability
    let mask = generator.rand(shape: x.shape).map { $0 < keep ? 1 : 0 }
    return (x.zipWith(mask) { v, m in v * m / keep }, Cache(mask: mask, randomAfterMask: generator))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    guard let mask = cache.mask else { return LayerGradients(input: dy) }
    let keep = keepProbability
    return LayerGradients(input: dy.zipWith(mask) { g, m in g * m / keep })
  }

  public mutating func commit(_ cache: Cache) {
    random = cache.randomAfterMask
  }

  public mutating func setTraining(_ isTraining: Bool) {
    self.isTraining = isTraining
  }
}

// MARK: - Conformance

extension Dropout: CustomStringConvertible {
  public var description: String { "Dropout(rate: \(rate))" }
}
